package dev.alignkit.render;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The data templates see. Everything a page shows is computed here (clock times, dates, totals, labels), so
 * templates hold layout only. Absent values are {@code null}, which templates test with {@code ??}.
 */
public final class Views {
    private Views() {}

    public record KitView(
            String id,
            String url,
            String title,
            String strategy,
            Html summary,
            Html invitation,
            Html teaser,
            String description,
            String owner,
            String language,
            List<String> tags,
            String startDate,
            String timezone,
            List<AttachmentView> attachments,
            List<StakeholderGroup> stakeholderGroups,
            List<String> departments,
            List<RoleView> roles,
            List<Html> groundRules,
            List<Html> inputs,
            List<Html> preReading,
            List<Html> outcomes,
            List<PhaseView> phases,
            List<SessionView> sessions,
            List<String> formats,
            ScorecardView scorecard,
            String span,
            LocalDate start,
            ZoneId zone) {}

    /** {@code window}: a pulse's open window ({@code open_for}), its first and last day or its length in days. */
    public record SessionView(
            String id,
            String url,
            String fileName,
            int number,
            String title,
            String format,
            String formatLabel,
            boolean meeting,
            String week,
            String date,
            String isoDate,
            String when,
            String startTime,
            String endTime,
            String duration,
            Html objective,
            Html brief,
            String description,
            List<Html> prompts,
            List<Html> tips,
            List<AgendaRow> agenda,
            String agendaTotal,
            List<Html> materials,
            List<TaskView> followUp,
            Html then,
            PageLink previous,
            PageLink next,
            CalendarSlot calendarSlot,
            String location,
            String online,
            String window) {}

    /**
     * A dated session's place in a calendar ({@code null} on an undated session's view): all day, or from its start
     * to its end in the kit's time zone.
     */
    public sealed interface CalendarSlot permits AllDay, Timed {
        LocalDate day();
    }

    /** A session without a start time, or a pulse's open window: whole days from {@code day} to {@code lastDay}. */
    public record AllDay(LocalDate day, LocalDate lastDay) implements CalendarSlot {}

    /** A session with a start time; a calendar gives one without a length an hour. */
    public record Timed(LocalDate day, ZonedDateTime start, ZonedDateTime end) implements CalendarSlot {}

    public record AgendaRow(
            int number,
            String start,
            String end,
            String title,
            String duration,
            String lead,
            Html notes,
            boolean pause) {}

    /**
     * An action: {@code id} is the action's id within its kit (the key of its tick in the browser), {@code anchor} its
     * element id on the page; {@code status} is open, done or dropped, {@code kpis} the KPIs it serves; {@code detailsSource} is the details' Markdown as written, for the exports.
     */
    public record TaskView(
            String id,
            String anchor,
            String item,
            Html details,
            String detailsSource,
            String owner,
            String due,
            String dueDate,
            String dueIso,
            String status,
            String statusLabel,
            String doneOn,
            String doneOnIso,
            List<String> kpis) {}

    /**
     * One line of the actions ledger and its exports: an action with its kit and its session or phase ({@code where}),
     * dates as ISO {@code YYYY-MM-DD}; {@code overdue} when it is open and due before the build's date.
     */
    public record ActionRow(
            String id,
            String kitId,
            String kitTitle,
            String kitUrl,
            String where,
            String whereUrl,
            String item,
            String details,
            String owner,
            String dueIso,
            String dueText,
            String status,
            String statusLabel,
            String doneOnIso,
            List<String> kpis,
            boolean overdue) {}

    public record PhaseView(String id, String title, List<TaskView> checklist) {}

    public record StakeholderGroup(String impact, String label, List<StakeholderView> stakeholders) {}

    public record StakeholderView(String name, String impact, String contact, Html concerns) {}

    public record RoleView(String role, String who, Html duties) {}

    public record AttachmentView(String title, String url, String fileName, boolean forParticipants) {}

    public record ScorecardView(String reviewEvery, List<KpiView> kpis, List<CheckInView> checkIns) {}

    /** A KPI with the actions that serve it ({@code kpi:}), linked to where they are. */
    public record KpiView(
            String name, String owner, String unit, String baseline, String target, List<PageLink> actions) {}

    /** A check-in; {@code day} is its date, {@code null} when the kit has no start. */
    public record CheckInView(int number, String label, String date, LocalDate day) {}

    public record PageLink(String title, String url) {}

    /** A generated document (PDF, calendar) with its size for the link text. */
    public record DocumentLink(String kind, String title, String url, String size) {}
}
