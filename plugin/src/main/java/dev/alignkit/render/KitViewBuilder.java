package dev.alignkit.render;

import dev.alignkit.content.ActionStatus;
import dev.alignkit.content.AgendaItem;
import dev.alignkit.content.Attachment;
import dev.alignkit.content.BlockType;
import dev.alignkit.content.Impact;
import dev.alignkit.content.Kit;
import dev.alignkit.content.Kpi;
import dev.alignkit.content.KpiActual;
import dev.alignkit.content.KpiStatus;
import dev.alignkit.content.KpiTrack;
import dev.alignkit.content.Markdown;
import dev.alignkit.content.Method;
import dev.alignkit.content.MethodStep;
import dev.alignkit.content.Phase;
import dev.alignkit.content.RelativeDue;
import dev.alignkit.content.Scorecard;
import dev.alignkit.content.Session;
import dev.alignkit.content.Task;
import dev.alignkit.render.Views.AgendaRow;
import dev.alignkit.render.Views.AgendaView;
import dev.alignkit.render.Views.AllDay;
import dev.alignkit.render.Views.AttachmentView;
import dev.alignkit.render.Views.BlockPromptView;
import dev.alignkit.render.Views.CalendarSlot;
import dev.alignkit.render.Views.CheckInView;
import dev.alignkit.render.Views.FormatView;
import dev.alignkit.render.Views.KitAbout;
import dev.alignkit.render.Views.KitFrame;
import dev.alignkit.render.Views.KitPeople;
import dev.alignkit.render.Views.KitSchedule;
import dev.alignkit.render.Views.KitTexts;
import dev.alignkit.render.Views.KitTracking;
import dev.alignkit.render.Views.KitView;
import dev.alignkit.render.Views.KpiPointView;
import dev.alignkit.render.Views.KpiView;
import dev.alignkit.render.Views.MethodStepView;
import dev.alignkit.render.Views.MethodView;
import dev.alignkit.render.Views.PageLink;
import dev.alignkit.render.Views.PhaseView;
import dev.alignkit.render.Views.ReviewedAction;
import dev.alignkit.render.Views.RoleView;
import dev.alignkit.render.Views.ScorecardView;
import dev.alignkit.render.Views.SessionLinks;
import dev.alignkit.render.Views.SessionSchedule;
import dev.alignkit.render.Views.SessionTexts;
import dev.alignkit.render.Views.SessionView;
import dev.alignkit.render.Views.StakeholderGroup;
import dev.alignkit.render.Views.StakeholderView;
import dev.alignkit.render.Views.TaskView;
import dev.alignkit.render.Views.Timed;
import dev.alignkit.site.SiteLayout;
import dev.alignkit.site.UrlPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Turns a validated kit into the view templates render: dates, clock times, totals and labels computed here. */
public final class KitViewBuilder {
    /** The timekeeper warns this long before a block ends (the roles' "two-minute warning"). */
    static final Duration TIMEKEEPER_WARNING = Duration.ofMinutes(2);

    private final MarkdownRenderer markdown;

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    private static final int DESCRIPTION_LENGTH = 180;

    private final Optional<LocalDate> asOf;

    public KitViewBuilder(MarkdownRenderer markdown) {
        this(markdown, Optional.empty());
    }

    /** {@code asOf}: the build's date, the scorecard's "now"; actual values after it are not yet the latest. */
    public KitViewBuilder(MarkdownRenderer markdown, Optional<LocalDate> asOf) {
        this.markdown = markdown;
        this.asOf = asOf;
    }

    public KitView build(Kit kit, Messages msg) {
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(msg.locale());
        Context c = new Context(kit, msg, dates);
        List<SessionView> sessions = sessions(c);
        return new KitView(
                kit.id(),
                SiteLayout.kitPage(kit.id()),
                kit.title(),
                about(kit),
                texts(kit),
                schedule(c),
                people(kit, msg),
                new KitFrame(
                        inline(kit.groundRules()),
                        inline(kit.inputs()),
                        inline(kit.preReading()),
                        inline(kit.outcomes())),
                sessions,
                new KitTracking(phases(c), scorecard(c)),
                attachments(kit));
    }

    private record Context(Kit kit, Messages msg, DateTimeFormatter dates) {}

    private static KitAbout about(Kit kit) {
        List<String> formats = kit.sessions().stream()
                .map(s -> s.format().key())
                .distinct()
                .sorted()
                .toList();
        return new KitAbout(kit.owner().orElse(null), kit.language(), kit.tags(), formats);
    }

    private KitTexts texts(Kit kit) {
        Html teaser = teaser(kit.summary());
        return new KitTexts(
                kit.strategy(),
                html(kit.summary()),
                html(kit.invitation()),
                teaser,
                description(teaser, kit.strategy()));
    }

    private static KitSchedule schedule(Context c) {
        Kit kit = c.kit();
        return new KitSchedule(
                kit.start().map(c.dates()::format).orElse(null),
                kit.timezone().getId(),
                span(kit, c.msg()),
                kit.start().orElse(null),
                kit.timezone());
    }

    private KitPeople people(Kit kit, Messages msg) {
        List<String> departments =
                kit.stakeholders().stream().map(s -> s.name()).toList();
        List<RoleView> roles = kit.roles().stream()
                .map(r -> new RoleView(r.role(), r.who().orElse(null), html(r.duties())))
                .toList();
        return new KitPeople(stakeholderGroups(kit, msg), departments, roles);
    }

    private List<AttachmentView> attachments(Kit kit) {
        return kit.attachments().stream().map(a -> attachment(kit, a)).toList();
    }

    /** A Markdown attachment is rendered once, as its page shows it, and its headings moved down for print. */
    private AttachmentView attachment(Kit kit, Attachment a) {
        Html page = a.text().map(t -> markdown.renderDocument(t, 2)).orElse(null);
        return new AttachmentView(
                a.title(),
                UrlPath.encode(SiteLayout.attachment(kit.id(), a.path(), a.forParticipants())),
                a.fileName(),
                a.forParticipants(),
                page == null ? null : MarkdownRenderer.headingsOneLevelDown(page),
                page,
                page == null ? null : SiteLayout.attachmentPage(kit.id(), a.path(), a.forParticipants()),
                page == null
                        ? null
                        : UrlPath.encode(SiteLayout.attachmentPage(kit.id(), a.path(), a.forParticipants())));
    }

    private List<SessionView> sessions(Context c) {
        List<Session> all = c.kit().sessions();
        List<SessionView> views = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Session s = all.get(i);
            PageLink previous = i == 0 ? null : link(c.kit(), all.get(i - 1));
            PageLink next = i == all.size() - 1 ? null : link(c.kit(), all.get(i + 1));
            SessionLinks links = new SessionLinks(SiteLayout.sessionPage(c.kit().id(), s.id()), previous, next);
            views.add(session(c, s, i + 1, links));
        }
        return List.copyOf(views);
    }

    private static PageLink link(Kit kit, Session s) {
        return new PageLink(s.title(), SiteLayout.sessionPage(kit.id(), s.id()));
    }

    private SessionView session(Context c, Session s, int number, SessionLinks links) {
        return new SessionView(
                s.id(),
                number,
                s.title(),
                links,
                new FormatView(
                        s.format().key(),
                        c.msg().get("format." + s.format().key()),
                        s.format().isMeeting()),
                schedule(c, s),
                texts(c, s),
                inline(s.prompts()),
                new AgendaView(agenda(c, s), s.agenda().isEmpty() ? null : duration(s.agendaTotal(), c.msg())),
                tasks(c, s.followUp(), c.kit().dateOf(s), "dueAfterSession"));
    }

    private static SessionSchedule schedule(Context c, Session s) {
        Optional<LocalDate> date = c.kit().dateOf(s);
        String week = s.week().map(w -> c.msg().format("week", w)).orElse(null);
        String dateText = date.map(c.dates()::format).orElse(null);
        String when = String.join(
                " · ", Stream.of(week, dateText).filter(x -> x != null).toList());
        String start = s.startTime().map(KitViewBuilder::clock).orElse(null);
        String end = s.startTime()
                .filter(t -> !s.duration().isZero())
                .map(t -> clock(t.plus(s.duration())))
                .orElse(null);
        return new SessionSchedule(
                dateText,
                date.map(LocalDate::toString).orElse(null),
                when.isEmpty() ? null : when,
                start,
                end,
                s.duration().isZero() ? null : duration(s.duration(), c.msg()),
                window(c, s),
                s.location().orElse(null),
                s.online().orElse(null),
                date.map(day -> calendarSlot(c.kit(), s, day)).orElse(null));
    }

    private SessionTexts texts(Context c, Session s) {
        Html objective = html(s.objective());
        return new SessionTexts(
                objective,
                html(s.brief()),
                description(objective, c.kit().strategy()),
                inline(s.tips()),
                inline(s.materials()),
                html(s.then()));
    }

    /** A pulse's window is whole days even with a start time: calendars show it as a bar across those days. */
    private static CalendarSlot calendarSlot(Kit kit, Session s, LocalDate day) {
        if (s.openDays().isPresent()) {
            return new AllDay(day, kit.lastDayOf(s).orElseThrow());
        }
        return kit.startOf(s)
                .<CalendarSlot>map(start -> new Timed(day, start, kit.endOf(s).orElseThrow()))
                .orElseGet(() -> new AllDay(day, day));
    }

    /** A pulse's open window: its first and last day, or how many days it is open when it has no date. */
    private static String window(Context c, Session s) {
        return s.openDays()
                .map(days -> c.kit()
                        .dateOf(s)
                        .map(first -> c.dates().format(first) + " – "
                                + c.dates().format(c.kit().lastDayOf(s).orElseThrow()))
                        .orElseGet(() -> c.msg().format("openForDays", days)))
                .orElse(null);
    }

    private List<AgendaRow> agenda(Context c, Session s) {
        Messages msg = c.msg();
        List<AgendaRow> rows = new ArrayList<>();
        Optional<LocalTime> clock = s.startTime();
        int number = 1;
        for (AgendaItem item : s.agenda()) {
            Optional<LocalTime> start = clock;
            Optional<LocalTime> end = clock.map(t -> t.plus(item.duration()));
            rows.add(new AgendaRow(
                    number++,
                    start.map(KitViewBuilder::clock).orElse(null),
                    end.map(KitViewBuilder::clock).orElse(null),
                    item.title().orElseGet(() -> msg.get("break")),
                    duration(item.duration(), msg),
                    item.lead().orElse(null),
                    html(item.notes()),
                    item.isBreak(),
                    (int) item.duration().toMinutes(),
                    end.filter(t -> item.duration().compareTo(TIMEKEEPER_WARNING) > 0)
                            .map(t -> clock(t.minus(TIMEKEEPER_WARNING)))
                            .orElse(null),
                    item.type().map(BlockType::key).orElse(null),
                    item.type().map(t -> msg.get("type." + t.key())).orElse(null),
                    item.prompts().stream()
                            .map(p -> new BlockPromptView(
                                    p.number().orElse(null),
                                    p.number().map(n -> "prompt-" + n).orElse(null),
                                    markdown.renderInline(p.text())))
                            .toList(),
                    item.method().map(m -> method(m, start, msg)).orElse(null),
                    item.reviewActions(),
                    item.reviewActions() ? openActionsBefore(c, s) : List.of()));
            clock = end;
        }
        return List.copyOf(rows);
    }

    private MethodView method(Method method, Optional<LocalTime> blockStart, Messages msg) {
        List<MethodStepView> steps = new ArrayList<>();
        Optional<LocalTime> clock = blockStart;
        int number = 1;
        for (MethodStep step : method.steps()) {
            Optional<LocalTime> end = clock.map(t -> t.plus(step.duration()));
            steps.add(new MethodStepView(
                    number++,
                    clock.map(KitViewBuilder::clock).orElse(null),
                    end.map(KitViewBuilder::clock).orElse(null),
                    duration(step.duration(), msg),
                    (int) step.duration().toMinutes(),
                    step.group()
                            .or(method::group)
                            .map(g -> msg.get("group." + g.key()))
                            .orElse(null),
                    markdown.renderInline(step.text())));
            clock = end;
        }
        return new MethodView(
                method.id().orElse(null),
                method.name(),
                html(method.summary()),
                method.group().map(g -> msg.get("group." + g.key())).orElse(null),
                List.copyOf(steps),
                duration(method.stepsTotal(), msg),
                html(method.setup()),
                inline(method.materials()));
    }

    /**
     * The actions still open when a session starts: the follow-ups of the sessions before it, then the phases' checklist
     * items due before its date (a phase item without a date, or a session without one, is not among them: the
     * phases run alongside the sessions, and only a date says which of their items should be done by now).
     */
    private List<ReviewedAction> openActionsBefore(Context c, Session session) {
        Kit kit = c.kit();
        List<ReviewedAction> open = new ArrayList<>();
        for (Session earlier : kit.sessions()) {
            if (earlier == session) {
                break;
            }
            Optional<LocalDate> anchor = kit.dateOf(earlier);
            String url = SiteLayout.sessionPage(kit.id(), earlier.id());
            earlier.followUp().stream()
                    .filter(t -> t.status() == ActionStatus.OPEN)
                    .forEach(t -> open.add(reviewed(c, t, anchor, "dueAfterSession", earlier.title(), url)));
        }
        Optional<LocalDate> sessionDate = kit.dateOf(session);
        for (Phase phase : kit.phases()) {
            phase.checklist().stream()
                    .filter(t -> t.status() == ActionStatus.OPEN)
                    .filter(t -> t.due()
                            .flatMap(d -> kit.start().map(st -> st.plusDays(d.days())))
                            .flatMap(due -> sessionDate.map(due::isBefore))
                            .orElse(false))
                    .forEach(t -> open.add(
                            reviewed(c, t, kit.start(), "dueAfterStart", phase.title(), SiteLayout.kitPage(kit.id()))));
        }
        return List.copyOf(open);
    }

    private ReviewedAction reviewed(
            Context c, Task t, Optional<LocalDate> anchor, String relativeKey, String where, String url) {
        String due = t.due()
                .map(d -> anchor.map(a -> c.dates().format(a.plusDays(d.days())))
                        .orElseGet(() -> relative(d, c.msg(), relativeKey)))
                .orElse(null);
        return new ReviewedAction(t.id(), t.item(), t.owner().orElse(null), due, where, url + "#task-" + t.id());
    }

    private List<PhaseView> phases(Context c) {
        List<PhaseView> phases = new ArrayList<>();
        for (int i = 0; i < c.kit().phases().size(); i++) {
            var phase = c.kit().phases().get(i);
            phases.add(new PhaseView(
                    "p" + (i + 1),
                    phase.title(),
                    tasks(c, phase.checklist(), c.kit().start(), "dueAfterStart")));
        }
        return List.copyOf(phases);
    }

    private List<TaskView> tasks(Context c, List<Task> tasks, Optional<LocalDate> anchor, String relativeKey) {
        List<TaskView> views = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            Task t = tasks.get(i);
            String due = t.due().map(d -> relative(d, c.msg(), relativeKey)).orElse(null);
            Optional<LocalDate> dueDay = t.due().flatMap(d -> anchor.map(d::from));
            String dueDate = dueDay.map(c.dates()::format).orElse(null);
            String dueIso = dueDay.map(LocalDate::toString).orElse(null);
            views.add(new TaskView(
                    t.id(),
                    "task-" + t.id(),
                    t.item(),
                    html(t.details()),
                    t.details().map(Markdown::source).orElse(null),
                    t.owner().orElse(null),
                    due,
                    dueDate,
                    dueIso,
                    t.status().key(),
                    c.msg().get("status." + t.status().key()),
                    t.doneOn().map(c.dates()::format).orElse(null),
                    t.doneOn().map(LocalDate::toString).orElse(null),
                    t.kpis()));
        }
        return List.copyOf(views);
    }

    private static String relative(RelativeDue due, Messages msg, String key) {
        int days = due.days();
        if (days == 0) {
            return msg.get(key + ".same");
        }
        boolean weeks = days % 7 == 0;
        int amount = Math.abs(weeks ? days / 7 : days);
        return msg.format(key + (days > 0 ? ".after" : ".before") + (weeks ? ".weeks" : ".days"), amount);
    }

    private ScorecardView scorecard(Context c) {
        return c.kit()
                .scorecard()
                .map(sc -> {
                    List<CheckInView> checkIns = c.kit().checkIns().stream()
                            .map(checkIn -> new CheckInView(
                                    checkIn.number(),
                                    c.msg().format("checkInDay", checkIn.daysAfterStart()),
                                    checkIn.date().map(c.dates()::format).orElse(null),
                                    checkIn.date().map(LocalDate::toString).orElse(null),
                                    checkIn.date().orElse(null)))
                            .toList();
                    List<KpiView> kpis =
                            sc.kpis().stream().map(k -> kpi(c, sc, k)).toList();
                    // the next check-in follows both the latest value and the build's date
                    int latestDay = Math.max(
                            today(c).orElse(0),
                            sc.kpis().stream()
                                    .flatMap(k -> measuredByNow(c, k).stream())
                                    .mapToInt(KpiActual::day)
                                    .max()
                                    .orElse(0));
                    CheckInView next = checkIns.stream()
                            .filter(ci -> sc.dayOf(ci.number()) > latestDay)
                            .findFirst()
                            .orElse(null);
                    return new ScorecardView(
                            c.msg().format("reviewEvery", sc.reviewEveryDays()), kpis, List.copyOf(checkIns), next);
                })
                .orElse(null);
    }

    private KpiView kpi(Context c, Scorecard sc, Kpi k) {
        List<KpiPointView> points =
                k.actuals().stream().map(a -> point(c, sc, k, a)).toList();
        List<KpiActual> measured = measuredByNow(c, k);
        KpiPointView latest =
                measured.isEmpty() ? null : points.get(k.actuals().indexOf(measured.get(measured.size() - 1)));
        // the chart shows what was measured by the build's date, as the latest value does
        Optional<KpiChart> chart = KpiChart.of(k, measured, sc);
        return new KpiView(
                k.name(),
                k.owner().orElse(null),
                k.unit().orElse(null),
                k.baseline().map(KitViewBuilder::number).orElse(null),
                k.target().map(KitViewBuilder::number).orElse(null),
                actionsServing(c.kit(), k.name()),
                k.direction().key(),
                c.msg().get("direction." + k.direction().key()),
                points,
                latest,
                chart.map(KpiChart::svg).orElse(null),
                chart.map(drawn -> new LazyText(drawn::printDataUri)).orElse(null));
    }

    /** The actual values measured on or before the build's date ({@code align.asOf}); all of them without one. */
    private List<KpiActual> measuredByNow(Context c, Kpi k) {
        Optional<Integer> today = today(c);
        return k.actuals().stream()
                .filter(a -> today.isEmpty() || a.day() <= today.get())
                .toList();
    }

    /** The build's date as a day of the kit's scorecard, when both are known. */
    private Optional<Integer> today(Context c) {
        return asOf.flatMap(day -> c.kit().start().map(s -> (int) ChronoUnit.DAYS.between(s, day)));
    }

    private KpiPointView point(Context c, Scorecard sc, Kpi k, KpiActual a) {
        Optional<LocalDate> date = c.kit().start().map(s -> s.plusDays(a.day()));
        String when = a.checkIn()
                .map(n -> c.msg().format("checkInNumber", n))
                .orElseGet(() -> date.map(c.dates()::format).orElse(""));
        Optional<KpiStatus> status = a.number().flatMap(n -> KpiTrack.status(k, sc.horizonDays(), a.day(), n));
        return new KpiPointView(
                when,
                date.map(LocalDate::toString).orElse(null),
                a.number().map(KitViewBuilder::number).orElse(a.written()),
                a.number()
                        .flatMap(n -> KpiTrack.planned(k, sc.horizonDays(), a.day()))
                        .map(p -> number(p.setScale(2, RoundingMode.HALF_UP)))
                        .orElse(null),
                status.map(KpiStatus::key).orElse(null),
                status.map(s -> c.msg().get("kpiStatus." + s.key())).orElse(null),
                a.note().orElse(null));
    }

    /** The actions whose {@code kpi:} names this KPI, in the kit's order: sessions' follow-ups, then the phases' checklists. */
    private static List<PageLink> actionsServing(Kit kit, String kpi) {
        List<PageLink> links = new ArrayList<>();
        for (Session s : kit.sessions()) {
            s.followUp().stream()
                    .filter(t -> t.kpis().contains(kpi))
                    .forEach(t -> links.add(
                            new PageLink(t.item(), SiteLayout.sessionPage(kit.id(), s.id()) + "#task-" + t.id())));
        }
        kit.phases()
                .forEach(p -> p.checklist().stream()
                        .filter(t -> t.kpis().contains(kpi))
                        .forEach(t ->
                                links.add(new PageLink(t.item(), SiteLayout.kitPage(kit.id()) + "#task-" + t.id()))));
        return List.copyOf(links);
    }

    private List<StakeholderGroup> stakeholderGroups(Kit kit, Messages msg) {
        List<StakeholderGroup> groups = new ArrayList<>();
        for (Impact impact : Impact.values()) {
            addGroup(groups, kit, Optional.of(impact), msg);
        }
        addGroup(groups, kit, Optional.empty(), msg);
        return List.copyOf(groups);
    }

    private void addGroup(List<StakeholderGroup> groups, Kit kit, Optional<Impact> impact, Messages msg) {
        String key = impact.map(i -> i.name().toLowerCase(Locale.ROOT)).orElse("unrated");
        List<StakeholderView> members = kit.stakeholders().stream()
                .filter(s -> s.impact().equals(impact))
                .map(s -> new StakeholderView(s.name(), key, s.contact().orElse(null), html(s.concerns())))
                .toList();
        if (!members.isEmpty()) {
            groups.add(new StakeholderGroup(key, msg.get("impact." + key), members));
        }
    }

    private static String span(Kit kit, Messages msg) {
        int weeks = kit.sessions().stream()
                .flatMap(s -> s.week().stream())
                .mapToInt(Integer::intValue)
                .max()
                .orElse(0);
        String count = msg.format("sessionCount", kit.sessions().size());
        return weeks > 1 ? count + " · " + msg.format("weekCount", weeks) : count;
    }

    static String clock(LocalTime time) {
        return time.format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    static String duration(Duration d, Messages msg) {
        long hours = d.toHours();
        int minutes = d.toMinutesPart();
        if (hours == 0) {
            return msg.format("minutes", minutes);
        }
        return minutes == 0 ? msg.format("hours", hours) : msg.format("hoursMinutes", hours, minutes);
    }

    private static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private Html html(Optional<Markdown> text) {
        return text.map(markdown::render).orElse(null);
    }

    private List<Html> inline(List<Markdown> texts) {
        return texts.stream().map(markdown::renderInline).toList();
    }

    /** The summary's first paragraph, for the index, where its links would point into the wrong folder. */
    private Html teaser(Optional<Markdown> summary) {
        return summary.map(s -> markdown.renderInline(
                        new Markdown(PARAGRAPH_BREAK.split(s.source().strip(), 2)[0])))
                .map(html -> new Html(MarkdownSanitizer.withoutLinks(html.markup())))
                .orElse(null);
    }

    /** A page's {@code <meta name="description">}: the text without markup, cut at a word boundary. */
    private static String description(Html html, String fallback) {
        String text = html == null ? "" : html.text();
        return text.isEmpty() ? fallback : shortened(text);
    }

    private static String shortened(String text) {
        if (text.length() <= DESCRIPTION_LENGTH) {
            return text;
        }
        String cut = text.substring(0, DESCRIPTION_LENGTH);
        int space = cut.lastIndexOf(' ');
        cut = space > 0 ? cut.substring(0, space) : cut;
        while (cut.endsWith(",") || cut.endsWith(";")) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "\u2026";
    }
}
