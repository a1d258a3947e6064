package dev.alignkit.content;

import dev.alignkit.diagnostics.Echo;
import dev.alignkit.diagnostics.Problems;
import dev.alignkit.safety.Refusal;
import dev.alignkit.safety.UrlPolicy;
import dev.alignkit.site.SiteLayout;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads one kit's node tree into the model, enforcing every rule of the content format. */
final class KitParser {
    static final List<String> KIT_KEYS = List.of(
            "title",
            "strategy",
            "summary",
            "invitation",
            "owner",
            "language",
            "tags",
            "start",
            "timezone",
            "attachments",
            "stakeholders",
            "roles",
            "ground_rules",
            "inputs",
            "pre_reading",
            "outcomes",
            "phases",
            "sessions",
            "scorecard");
    static final List<String> SESSION_KEYS = List.of(
            "title",
            "id",
            "week",
            "date",
            "format",
            "start_time",
            "duration",
            "objective",
            "brief",
            "prompts",
            "prompt",
            "tips",
            "agenda",
            "materials",
            "follow_up",
            "then",
            "location",
            "online",
            "open_for");
    static final List<String> AGENDA_KEYS = List.of("title", "duration", "lead", "notes", "break");
    static final List<String> TASK_KEYS = List.of("item", "details", "owner", "due", "id", "status", "done_on", "kpi");
    static final List<String> STAKEHOLDER_KEYS = List.of("name", "impact", "contact", "concerns");
    static final List<String> ROLE_KEYS = List.of("role", "who", "duties");
    static final List<String> PHASE_KEYS = List.of("title", "checklist");
    static final List<String> SCORECARD_KEYS = List.of("review_every", "kpis");
    static final List<String> KPI_KEYS = List.of("name", "owner", "unit", "baseline", "target");
    static final List<String> ATTACHMENT_KEYS = List.of("file", "title", "audience");
    /** Session ids that would collide with the kit's own files. */
    /** A session's page is {@code <id>.html}; ids longer than this are cut (derived) or refused (written). */
    static final int MAX_SESSION_ID_CHARS = 80;

    /** A pulse open for longer than a year is a typo, and would fill a calendar with one endless event. */
    static final int MAX_OPEN_DAYS = 366;

    static final int MAX_NUMBER_DIGITS = 15;
    static final int MAX_NUMBER_DECIMALS = 6;
    private static final String NUMBER_HELP =
            " with at most " + MAX_NUMBER_DIGITS + " digits before the point and " + MAX_NUMBER_DECIMALS + " after it";
    private static final String DURATION_HELP = "write minutes (45) or hours and minutes (10m, 1h, 1h30m)";
    private static final String DUE_HELP = "write days or weeks relative to the session, like +2d, +1w or -3d";

    private final KitDefaults defaults;
    private final AttachmentResolver attachments;

    KitParser(KitDefaults defaults, AttachmentResolver attachments) {
        this.defaults = defaults;
        this.attachments = attachments;
    }

    Optional<Kit> parse(String kitId, Node root, Problems problems) {
        ReadContext bare = new ReadContext(problems, new Placeholders(Map.of()), new KitBudget());
        if (!(root instanceof MappingNode)) {
            bare.error(
                    root,
                    "a kit file must hold a mapping with keys such as 'title:' and 'sessions:', not "
                            + ReadContext.kindOf(root)
                            + "; start each top-level key at the beginning of a line, like 'title: My kit'");
            return Optional.empty();
        }
        Fields kit = Fields.of(root, "the kit", KIT_KEYS, bare).orElseThrow();
        Optional<String> title = kit.requiredPlain("title");
        String strategy = kit.plain("strategy").or(() -> title).orElse("");
        Optional<String> owner = kit.plain("owner");
        Map<String, String> values = new HashMap<>();
        values.put("title", title.orElse(""));
        values.put("strategy", strategy);
        owner.ifPresent(o -> values.put("owner", o));
        KitReader reader = new KitReader(kit.withContext(bare.withPlaceholders(values)));
        Kit result = reader.read(kitId, title.orElse(""), strategy, owner);
        return problems.hasErrors() ? Optional.empty() : Optional.of(result);
    }

    /** Reads the rest of a kit once title, strategy and owner, the placeholders' values, are known. */
    private final class KitReader {
        private final ReadContext context;
        private final Fields kit;
        private final ActionIds actionIds;
        /** The scorecard's KPI names, which a task's {@code kpi:} must name; read before the tasks. */
        private List<String> kpiNames = List.of();

        private boolean hasScorecard;

        KitReader(Fields kit) {
            this.context = kit.context();
            this.kit = kit;
            this.actionIds = new ActionIds(context.problems());
        }

        Kit read(String kitId, String title, String strategy, Optional<String> owner) {
            Optional<LocalDate> start =
                    kit.parsed("start", TimeValues::date, "write the date as YYYY-MM-DD, e.g. 2027-01-11");
            Optional<Scorecard> scorecard = scorecard();
            hasScorecard = scorecard.isPresent();
            kpiNames = scorecard
                    .map(sc -> sc.kpis().stream().map(Kpi::name).toList())
                    .orElse(List.of());
            List<Session> sessions = sessions();
            return new Kit(
                    kitId,
                    context.file(),
                    title,
                    strategy,
                    kit.markdown("summary"),
                    kit.markdown("invitation"),
                    owner,
                    language(),
                    kit.plainList("tags"),
                    start,
                    timezone(),
                    attachmentList(),
                    kit.list("stakeholders", this::stakeholder),
                    kit.list("roles", this::role),
                    kit.markdownList("ground_rules"),
                    kit.markdownList("inputs"),
                    kit.markdownList("pre_reading"),
                    kit.markdownList("outcomes"),
                    kit.list("phases", this::phase),
                    sessions,
                    scorecard);
        }

        private String language() {
            Optional<String> tag = kit.plain("language");
            if (tag.isEmpty()) {
                return defaults.language();
            }
            try {
                Locale locale = new Locale.Builder().setLanguageTag(tag.get()).build();
                if (locale.getLanguage().length() > 3) {
                    // well-formed, but no language has a code this long: "English" or "german"
                    throw new IllformedLocaleException("language subtag longer than three letters");
                }
                return locale.toLanguageTag();
            } catch (IllformedLocaleException e) {
                kit.error(
                        "language",
                        "'language' '" + Echo.value(tag.get())
                                + "' is not a BCP 47 language tag; write e.g. en, de, fr-CH");
                return defaults.language();
            }
        }

        private ZoneId timezone() {
            Optional<String> zone = kit.plain("timezone");
            if (zone.isEmpty()) {
                return defaults.timezone();
            }
            TimeZones.Read read = TimeZones.read(zone.get());
            if (read instanceof TimeZones.Usable usable) {
                return usable.zone();
            }
            if (read instanceof TimeZones.UnnamedOffset unnamed) {
                kit.error(
                        "timezone",
                        "'timezone' '" + Echo.value(zone.get()) + "' is the offset " + unnamed.offset()
                                + ", which calendars cannot name; write the region, e.g. Asia/Kolkata, or a whole-hour offset from -12:00 to +14:00");
            } else {
                kit.error(
                        "timezone",
                        "'timezone' '" + Echo.value(zone.get()) + "' is not an IANA time zone"
                                + DidYouMean.hint(zone.get(), TimeZones.NAMES)
                                + "; write e.g. Europe/Berlin or America/New_York");
            }
            return defaults.timezone();
        }

        private List<Attachment> attachmentList() {
            return kit.list(
                    "attachments",
                    node -> Fields.of(node, "an attachment", ATTACHMENT_KEYS, context)
                            .flatMap(a -> {
                                Optional<String> file = a.requiredPlain("file");
                                Optional<String> label = a.plain("title");
                                Audience audience = a.parsed(
                                                "audience", Audience::of, "write facilitators or participants")
                                        .orElse(Audience.FACILITATORS);
                                return file.flatMap(
                                                f -> attachments.resolve(f, a.positionOf("file"), context.problems()))
                                        .map(r -> new Attachment(
                                                r.path(), label.orElse(r.fileName()), r.source(), audience));
                            }));
        }

        private Optional<Stakeholder> stakeholder(Node node) {
            return Fields.of(node, "a stakeholder", STAKEHOLDER_KEYS, context).flatMap(s -> {
                Optional<String> name = s.requiredPlain("name");
                Optional<Impact> impact = s.parsed("impact", KitParser::impact, "write high, medium or low");
                return name.map(
                        n -> new Stakeholder(n, impact, s.plain("contact"), s.markdown("concerns"), s.position()));
            });
        }

        private Optional<Role> role(Node node) {
            return Fields.of(node, "a role", ROLE_KEYS, context)
                    .flatMap(r ->
                            r.requiredPlain("role").map(name -> new Role(name, r.plain("who"), r.markdown("duties"))));
        }

        private Optional<Phase> phase(Node node) {
            return Fields.of(node, "a phase", PHASE_KEYS, context).flatMap(p -> {
                Optional<String> title = p.requiredPlain("title");
                if (!p.has("checklist")) {
                    p.missing("checklist");
                } else if (p.items("checklist").isEmpty()) {
                    p.error("checklist", "'checklist' of a phase is empty; list at least one step");
                }
                List<Task> checklist = p.list("checklist", this::task);
                return title.map(t -> new Phase(t, checklist));
            });
        }

        private Optional<Task> task(Node node) {
            if (node instanceof ScalarNode) {
                return context.plain(node, "a checklist item")
                        .filter(s -> !s.isEmpty())
                        .map(item -> new Task(
                                actionIds.derived(item, context.at(node)),
                                false,
                                item,
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                ActionStatus.OPEN,
                                Optional.empty(),
                                List.of(),
                                context.at(node)));
            }
            return Fields.of(node, "a task", TASK_KEYS, context).flatMap(t -> {
                Optional<String> item = t.requiredPlain("item");
                Optional<RelativeDue> due = t.parsed("due", TimeValues::relativeDue, DUE_HELP);
                Optional<ActionStatus> written = t.parsed("status", ActionStatus::parse, "write open, done or dropped");
                Optional<LocalDate> doneOn =
                        t.parsed("done_on", TimeValues::date, "write the date as YYYY-MM-DD, e.g. 2027-03-01");
                if (doneOn.isPresent()
                        && written.filter(st -> st != ActionStatus.DONE).isPresent()) {
                    t.error(
                            "done_on",
                            "'done_on' is the day a task was done, but its status is "
                                    + written.get().key() + "; write 'status: done' or remove 'done_on'");
                }
                ActionStatus status = written.orElse(doneOn.isPresent() ? ActionStatus.DONE : ActionStatus.OPEN);
                List<String> kpis = kpiLinks(t);
                Optional<String> writtenId = t.plain("id");
                return item.map(i -> new Task(
                        writtenId
                                .map(id -> actionIds.written(id, t.positionOf("id")))
                                .orElseGet(() -> actionIds.derived(i, t.position())),
                        writtenId.isPresent(),
                        i,
                        t.markdown("details"),
                        t.plain("owner"),
                        due,
                        status,
                        doneOn,
                        kpis,
                        t.position()));
            });
        }

        /** {@code kpi:} names one KPI of the scorecard, or a list of them. */
        private List<String> kpiLinks(Fields t) {
            if (!t.has("kpi")) {
                return List.of();
            }
            List<String> names =
                    t.value("kpi").filter(v -> v instanceof ScalarNode).isPresent()
                            ? t.plain("kpi").map(List::of).orElse(List.of())
                            : t.plainList("kpi");
            for (String name : names) {
                if (!hasScorecard) {
                    t.error(
                            "kpi",
                            "'kpi' of a task names '" + Echo.value(name)
                                    + "', but the kit has no scorecard; add the KPI under"
                                    + " 'scorecard: kpis:' or remove 'kpi:'");
                } else if (!kpiNames.contains(name)) {
                    t.error(
                            "kpi",
                            "'kpi' of a task names '" + Echo.value(name) + "', which is not a KPI of the scorecard"
                                    + DidYouMean.hint(name, kpiNames) + "; write the 'name' of one of its KPIs: "
                                    + String.join(", ", kpiNames));
                }
            }
            return names.stream().distinct().toList();
        }

        private List<Session> sessions() {
            if (!kit.has("sessions")) {
                kit.missing("sessions");
                return List.of();
            }
            List<Node> items = kit.items("sessions");
            Node written = kit.value("sessions").orElseThrow();
            if (items.isEmpty() && (written instanceof SequenceNode || Fields.isBlank(written))) {
                kit.error("sessions", "'sessions' is empty; a kit needs at least one session");
            }
            List<Session> sessions =
                    items.stream().map(this::session).flatMap(Optional::stream).toList();
            Map<String, Session> byId = new LinkedHashMap<>();
            for (Session session : sessions) {
                Session first = byId.putIfAbsent(session.id(), session);
                if (first != null) {
                    context.problems()
                            .error(
                                    session.position(),
                                    "session id '" + session.id() + "' is already used by the session at line "
                                            + first.position().line() + "; give this session its own 'id:'");
                }
            }
            return sessions;
        }

        private Optional<Session> session(Node node) {
            return Fields.of(node, "a session", SESSION_KEYS, context).flatMap(this::session);
        }

        private Optional<Session> session(Fields s) {
            Optional<String> title = s.requiredPlain("title");
            String id = sessionId(s, title.orElse(""));
            Optional<Integer> week = s.parsed(
                    "week", KitParser::positiveInt, "write the week of the programme as a whole number from 1");
            Optional<LocalDate> date =
                    s.parsed("date", TimeValues::date, "write the date as YYYY-MM-DD, e.g. 2027-01-11");
            SessionFormat format = s.parsed(
                            "format", KitParser::format, "write one of pulse, meeting, workshop, alignment-day")
                    .orElse(SessionFormat.MEETING);
            Optional<LocalTime> startTime =
                    s.parsed("start_time", TimeValues::clock, "write a 24-hour clock time as HH:MM, e.g. 09:30");
            Optional<Duration> declared = s.parsed("duration", TimeValues::duration, DURATION_HELP);
            List<AgendaItem> agenda = s.list("agenda", this::agendaItem);
            Duration total = agenda.stream().map(AgendaItem::duration).reduce(Duration.ZERO, Duration::plus);
            if (declared.isPresent() && total.compareTo(declared.get()) > 0) {
                s.error(
                        "duration",
                        "the agenda adds up to " + TimeValues.format(total) + ", longer than the session's duration of "
                                + TimeValues.format(declared.get()) + "; shorten agenda items or raise 'duration' to "
                                + TimeValues.format(total));
            }
            List<Markdown> prompts = prompts(s);
            return title.map(t -> new Session(
                    id,
                    t,
                    week,
                    date,
                    format,
                    startTime,
                    declared.orElse(total),
                    s.markdown("objective"),
                    s.markdown("brief"),
                    prompts,
                    s.markdownList("tips"),
                    agenda,
                    s.markdownList("materials"),
                    s.list("follow_up", this::task),
                    s.markdown("then"),
                    s.plain("location"),
                    online(s),
                    openDays(s, format),
                    s.position()));
        }

        /** The days a pulse takes answers; only a pulse is open over days, a meeting has a start and a duration. */
        private Optional<Integer> openDays(Fields s, SessionFormat format) {
            Optional<Integer> days = s.parsed(
                    "open_for",
                    text -> TimeValues.intervalDays(text).filter(d -> d <= MAX_OPEN_DAYS),
                    "write the days or weeks the pulse takes answers, from 1d to " + MAX_OPEN_DAYS
                            + "d, like 5d or 2w");
            if (days.isPresent() && format != SessionFormat.PULSE) {
                s.error(
                        "open_for",
                        "'open_for' is for a pulse, which people answer over several days; this session is a "
                                + format.key() + ": remove 'open_for', or write 'format: pulse'");
                return Optional.empty();
            }
            return days;
        }

        /** The online meeting's address: one anybody can open, which is also written into calendars and on paper. */
        private Optional<String> online(Fields s) {
            Optional<String> address = s.plain("online").map(String::strip);
            Optional<Refusal> refusal = address.flatMap(UrlPolicy::webAddress);
            if (refusal.isPresent()) {
                s.error(
                        "online",
                        s.label("online") + ": " + refusal.get().reason()
                                + "; write the meeting's full address, e.g. https://meet.example.com/team-sync");
                return Optional.empty();
            }
            return address;
        }

        /** Written or taken from the title, an id names the session's page: the same rules hold for both. */
        private String sessionId(Fields s, String title) {
            Optional<String> written = s.plain("id");
            if (written.isEmpty()) {
                String derived = Slugs.shortened(Slugs.slugify(title), MAX_SESSION_ID_CHARS);
                if (SiteLayout.reservedSessionIds().contains(derived)) {
                    s.error(
                            "title",
                            "the session title gives the page name '" + derived
                                    + "', which is reserved for the kit's own " + "page; add an 'id:' such as 'id: "
                                    + derived + "-session'");
                }
                return derived;
            }
            String id = written.get();
            if (!Slugs.isSlug(id)) {
                s.error(
                        "id",
                        "session id '" + Echo.value(id)
                                + "' may hold only lower-case letters, digits and single hyphens; write e.g. '"
                                + Echo.value(Slugs.shortened(Slugs.slugify(id), MAX_SESSION_ID_CHARS)) + "'");
            } else if (SiteLayout.reservedSessionIds().contains(id)) {
                s.error("id", "session id '" + id + "' is reserved for the kit's own page; choose another id");
            } else if (id.length() > MAX_SESSION_ID_CHARS) {
                s.error(
                        "id",
                        "session id '" + Echo.value(id) + "' is " + id.length()
                                + " characters long, more than the limit of " + MAX_SESSION_ID_CHARS + "; write e.g. '"
                                + Slugs.shortened(id, MAX_SESSION_ID_CHARS) + "'");
            }
            return id;
        }

        private List<Markdown> prompts(Fields s) {
            if (s.has("prompt") && s.has("prompts")) {
                s.error(
                        "prompt",
                        "a session has either 'prompt' or 'prompts', not both; move this prompt into the 'prompts' list");
            }
            if (s.has("prompt")) {
                return s.markdown("prompt").map(List::of).orElse(List.of());
            }
            return s.markdownList("prompts");
        }

        private Optional<AgendaItem> agendaItem(Node node) {
            return Fields.of(node, "an agenda item", AGENDA_KEYS, context).flatMap(a -> {
                if (a.has("break")) {
                    if (a.has("duration")) {
                        a.error("duration", "a break takes its length from 'break'; remove 'duration' here");
                    }
                    if (a.isBlank("break")) {
                        a.error(
                                "break",
                                "'break' of an agenda item has no length; " + DURATION_HELP + ", e.g. 'break: 15m'");
                    }
                    Optional<Duration> length = a.parsed("break", TimeValues::duration, DURATION_HELP);
                    return length.map(d -> new AgendaItem(
                            a.plain("title").orElse("Break"), d, a.plain("lead"), a.markdown("notes"), true));
                }
                Optional<String> title = a.requiredPlain("title");
                Optional<Duration> duration = a.has("duration")
                        ? a.parsed("duration", TimeValues::duration, DURATION_HELP)
                        : Optional.empty();
                if (!a.has("duration") || a.isBlank("duration")) {
                    a.missing("duration");
                }
                return title.flatMap(
                        t -> duration.map(d -> new AgendaItem(t, d, a.plain("lead"), a.markdown("notes"), false)));
            });
        }

        private Optional<Scorecard> scorecard() {
            return kit.value("scorecard")
                    .flatMap(node -> Fields.of(node, "the scorecard", SCORECARD_KEYS, context))
                    .map(sc -> {
                        Optional<Integer> days = sc.parsed(
                                "review_every", TimeValues::intervalDays, "write days or weeks, like 90d or 13w");
                        String written = days.flatMap(d -> sc.value("review_every"))
                                .map(v -> ((ScalarNode) v).getValue().trim())
                                .orElse("90d");
                        return new Scorecard(days.orElse(90), written, sc.list("kpis", this::kpi));
                    });
        }

        private Optional<Kpi> kpi(Node node) {
            return Fields.of(node, "a KPI", KPI_KEYS, context).flatMap(k -> {
                Optional<String> name = k.requiredPlain("name");
                Optional<BigDecimal> baseline =
                        k.parsed("baseline", KitParser::number, "write a number, like 120 or 4.5," + NUMBER_HELP);
                Optional<BigDecimal> target =
                        k.parsed("target", KitParser::number, "write a number, like 150 or 5.5," + NUMBER_HELP);
                return name.map(n -> new Kpi(n, k.plain("owner"), k.plain("unit"), baseline, target, k.position()));
            });
        }
    }

    private static Optional<Impact> impact(String text) {
        return switch (text.trim()) {
            case "high" -> Optional.of(Impact.HIGH);
            case "medium" -> Optional.of(Impact.MEDIUM);
            case "low" -> Optional.of(Impact.LOW);
            default -> Optional.empty();
        };
    }

    private static Optional<SessionFormat> format(String text) {
        for (SessionFormat format : SessionFormat.values()) {
            if (format.key().equals(text.trim())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> positiveInt(String text) {
        if (!text.trim().matches("\\d{1,3}")) {
            return Optional.empty();
        }
        int value = Integer.parseInt(text.trim());
        return value >= 1 ? Optional.of(value) : Optional.empty();
    }

    /**
     * A KPI value within {@link #MAX_NUMBER_DIGITS} digits before and {@link #MAX_NUMBER_DECIMALS} after the point: an
     * exponent such as {@code 1e200000000} is a short literal for a 200-million-digit page.
     */
    static Optional<BigDecimal> number(String text) {
        String written = text.trim().replace("_", "");
        if (written.length() > MAX_NUMBER_DIGITS + MAX_NUMBER_DECIMALS + 8) {
            return Optional.empty();
        }
        try {
            BigDecimal value = new BigDecimal(written);
            BigDecimal shortest = value.stripTrailingZeros();
            // in long: JDK 25 reads 1e2147483648 with the scale Integer.MIN_VALUE, and the int difference wraps around
            long integerDigits = (long) shortest.precision() - shortest.scale();
            boolean fits = integerDigits <= MAX_NUMBER_DIGITS && shortest.scale() <= MAX_NUMBER_DECIMALS;
            return fits ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }
}
