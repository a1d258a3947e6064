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

    /**
     * A kit as pages and printouts see it, in named parts. Templates written for the flat view of earlier versions get
     * an error that says where a name moved ({@link MovedNames}).
     */
    public record KitView(
            String id,
            String url,
            String title,
            KitAbout about,
            KitTexts texts,
            KitSchedule schedule,
            KitPeople people,
            KitFrame frame,
            List<SessionView> sessions,
            KitTracking tracking,
            List<AttachmentView> attachments) {}

    /** What lists of kits show and filter by: {@code formats} are the distinct formats of its sessions, sorted. */
    public record KitAbout(String owner, String language, List<String> tags, List<String> formats) {}

    /**
     * The kit's texts: {@code teaser} is the summary's first paragraph without links (for the index),
     * {@code description} the page's {@code <meta name="description">}.
     */
    public record KitTexts(String strategy, Html summary, Html invitation, Html teaser, String description) {}

    /**
     * When the kit runs: {@code startDate} is {@code start} as the reader's date ({@code null} without a start),
     * {@code timezone} the id of {@code zone}, {@code span} its sessions and weeks ("4 sessions · 6 weeks").
     */
    public record KitSchedule(String startDate, String timezone, String span, LocalDate start, ZoneId zone) {}

    /** Who the kit concerns: its stakeholders grouped by impact, their names as departments, and the roles. */
    public record KitPeople(List<StakeholderGroup> stakeholderGroups, List<String> departments, List<RoleView> roles) {}

    /** What frames the whole series: its ground rules, inputs, reading beforehand and the outcomes it seeks. */
    public record KitFrame(List<Html> groundRules, List<Html> inputs, List<Html> preReading, List<Html> outcomes) {}

    /** How progress is followed after the sessions: the phases' checklists and the scorecard (absent without one). */
    public record KitTracking(List<PhaseView> phases, ScorecardView scorecard) {}

    /** A session as pages and printouts see it, in named parts (moved names: {@link MovedNames}). */
    public record SessionView(
            String id,
            int number,
            String title,
            SessionLinks links,
            FormatView format,
            SessionSchedule schedule,
            SessionTexts texts,
            List<Html> prompts,
            AgendaView agenda,
            List<TaskView> followUp) {}

    /** The session's page and the pages of the sessions before and after it ({@code null} at either end). */
    public record SessionLinks(String url, PageLink previous, PageLink next) {}

    /** The session's format: its key ({@code workshop}), its label, and whether it is a meeting people attend together. */
    public record FormatView(String key, String label, boolean meeting) {}

    /**
     * When and where the session takes place; absent parts are {@code null}. {@code when} is its week and date as one
     * text, {@code isoDate} YYYY-MM-DD; {@code window} a pulse's open window ({@code open_for}), its first and last day
     * or its length in days; {@code calendarSlot} its place in a calendar.
     */
    public record SessionSchedule(
            String date,
            String isoDate,
            String when,
            String startTime,
            String endTime,
            String duration,
            String window,
            String location,
            String online,
            CalendarSlot calendarSlot) {}

    /**
     * The session's texts besides its prompts: {@code description} is the page's {@code <meta name="description">},
     * {@code then} what happens before the next session.
     */
    public record SessionTexts(
            Html objective, Html brief, String description, List<Html> tips, List<Html> materials, Html then) {}

    /** The agenda's blocks and their total length ({@code null} without an agenda). */
    public record AgendaView(List<AgendaRow> rows, String total) {}

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

    /**
     * One block of a session's agenda. {@code start}, {@code end} and {@code warning} (two minutes before the end, for
     * the timekeeper; absent for blocks of two minutes or less) are clock times when the session has a
     * {@code start_time}. {@code type} is information, discussion or decision; {@code prompts} are what participants
     * work on; {@code method} (facilitator material) is how they work on it. Absent parts are {@code null} or empty.
     * {@code reviewActions} is empty unless the item asks for the review of earlier actions ({@code review_actions:
     * true}): then it lists the open actions of the sessions before this one and of the phases due before it.
     */
    public record AgendaRow(
            int number,
            String start,
            String end,
            String title,
            String duration,
            String lead,
            Html notes,
            boolean pause,
            int minutes,
            String warning,
            String type,
            String typeLabel,
            List<BlockPromptView> prompts,
            MethodView method,
            boolean reviewsActions,
            List<ReviewedAction> reviewActions) {}

    /**
     * A question a block works on: {@code number} is its number among the session's prompts and {@code anchor} its
     * element id on the session page ({@code prompt-2}); both are {@code null} for a question written in the block.
     */
    public record BlockPromptView(Integer number, String anchor, Html text) {}

    /**
     * How people work on a block: {@code id} names a library method ({@code null} when written in the block),
     * {@code group} is the group form's label, {@code total} the steps' time.
     */
    public record MethodView(
            String id,
            String name,
            Html summary,
            String group,
            List<MethodStepView> steps,
            String total,
            Html setup,
            List<Html> materials) {}

    /** A method step with its clock times within the block (when the session has a start time), its length and group form. */
    public record MethodStepView(
            int number, String start, String end, String duration, int minutes, String group, Html text) {}

    /** An open action reviewed at an agenda item: {@code where} is its session or phase, {@code due} its date or rule. */
    public record ReviewedAction(String id, String item, String owner, String due, String where, String url) {}

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

    /**
     * An owner's "my actions": the ledger filtered to them ({@code ledgerUrl}, which prints as their page) and their
     * calendar of dated actions.
     */
    public record OwnerLink(String owner, String ledgerUrl, String calendarUrl) {}

    public record PhaseView(String id, String title, List<TaskView> checklist) {}

    public record StakeholderGroup(String impact, String label, List<StakeholderView> stakeholders) {}

    public record StakeholderView(String name, String impact, String contact, Html concerns) {}

    public record RoleView(String role, String who, Html duties) {}

    /**
     * An attached file; a Markdown attachment also has its text: {@code content} under a section heading, as the
     * guide (and the participant handout, when it is for participants) prints it, and {@code page} as a page of its
     * own, written at {@code pagePath} and linked as {@code pageUrl} (percent-encoded).
     */
    public record AttachmentView(
            String title,
            String url,
            String fileName,
            boolean forParticipants,
            Html content,
            Html page,
            String pagePath,
            String pageUrl) {}

    /**
     * The scorecard: {@code nextCheckIn} is the first check-in after the latest actual value (the one the scorecard
     * sheet leaves empty cells for), absent when every check-in of the year has passed.
     */
    public record ScorecardView(
            String reviewEvery, List<KpiView> kpis, List<CheckInView> checkIns, CheckInView nextCheckIn) {}

    /**
     * A KPI with the actions that serve it ({@code kpi:}), linked to where they are; its direction, its actual values
     * with their status ({@code points}), the latest of them, and its trend chart as inline SVG and as a vector drawing's
     * data URI for print, drawn only when a printout shows it (both absent when there is nothing numeric to draw).
     */
    public record KpiView(
            String name,
            String owner,
            String unit,
            String baseline,
            String target,
            List<PageLink> actions,
            String direction,
            String directionLabel,
            List<KpiPointView> points,
            KpiPointView latest,
            Html chart,
            LazyText chartImage) {}

    /**
     * One actual value: when it was measured ({@code when}: the check-in or the date), the value as written, the planned
     * value for that day, and its status ({@code on_track}, {@code at_risk}, {@code off_track}) with its label, or none.
     */
    public record KpiPointView(
            String when,
            String isoDate,
            String value,
            String planned,
            String status,
            String statusLabel,
            String note) {}

    /**
     * A scorecard check-in: {@code label} says when it falls ("day 90"), {@code isoDate} is YYYY-MM-DD and {@code day}
     * its date; both {@code null} when the kit has no start.
     */
    public record CheckInView(int number, String label, String date, String isoDate, LocalDate day) {}

    /**
     * The follow-up checklist as one chronological ledger: {@code groups} by period (before the first session, during
     * the sessions, after them, through the year of check-ins, without a date), each in due-date order; the KPI values
     * to fill in at the check-ins are printed in tables of {@code checkInColumns}, a few check-ins per table.
     */
    public record LedgerView(
            List<LedgerGroup> groups, ScorecardView scorecard, List<List<CheckInView>> checkInColumns) {}

    public record LedgerGroup(String period, String title, List<LedgerRow> rows) {}

    /**
     * One line of the ledger: an action ({@code task}) or a scorecard check-in ({@code checkIn}, what to do at it), with
     * where it comes from and when it is due.
     */
    public record LedgerRow(TaskView task, String checkIn, String where, String due) {}

    public record PageLink(String title, String url) {}

    /** A generated document (PDF, calendar) with its size for the link text. */
    public record DocumentLink(String kind, String title, String url, String size) {}
}
