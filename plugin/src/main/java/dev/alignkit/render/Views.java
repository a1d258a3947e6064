package dev.alignkit.render;

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
            String span) {}

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
            PageLink next) {}

    /**
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
            boolean reviewsActions,
            List<ReviewedAction> reviewActions) {}

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

    public record AttachmentView(String title, String url, String fileName, boolean forParticipants) {}

    /**
     * The scorecard: {@code nextCheckIn} is the first check-in after the latest actual value (the one the scorecard
     * sheet leaves empty cells for), absent when every check-in of the year has passed.
     */
    public record ScorecardView(
            String reviewEvery, List<KpiView> kpis, List<CheckInView> checkIns, CheckInView nextCheckIn) {}

    /**
     * A KPI with the actions that serve it ({@code kpi:}), linked to where they are; its direction, its actual values
     * with their status ({@code points}), the latest of them, and its trend chart as inline SVG and as a PNG data URI
     * for print (both absent when there is nothing numeric to draw).
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
            String chartImage) {}

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

    public record CheckInView(int number, String label, String date) {}

    public record PageLink(String title, String url) {}

    /** A generated document (PDF, calendar) with its size for the link text. */
    public record DocumentLink(String kind, String title, String url, String size) {}
}
