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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.yaml.snakeyaml.nodes.Tag;

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
            "scorecard",
            "poster_size",
            "sheets",
            "participants");
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
            "sheets",
            "participants",
            "location",
            "online",
            "open_for");
    static final List<String> AGENDA_KEYS =
            List.of("title", "duration", "lead", "notes", "break", "type", "prompts", "method", "review_actions");
    /** A method's keys, in its own file under {@code content/methods/} or written inside an agenda item. */
    static final List<String> METHOD_KEYS = List.of("name", "summary", "group", "steps", "setup", "materials");

    static final List<String> METHOD_STEP_KEYS = List.of("minutes", "text", "group");
    /** Keys that give a block its work; a break has none of them. */
    private static final List<String> BLOCK_WORK_KEYS = List.of("type", "prompts", "method");
    /** Method steps that leave more than this share of a block's time without a step are likely a mistake. */
    static final int LARGEST_UNPLANNED_SHARE_DIVISOR = 3;

    static final List<String> TASK_KEYS = List.of("item", "details", "owner", "due", "id", "status", "done_on", "kpi");
    static final List<String> STAKEHOLDER_KEYS = List.of("name", "impact", "contact", "concerns");
    static final List<String> ROLE_KEYS = List.of("role", "who", "duties");
    static final List<String> PHASE_KEYS = List.of("title", "checklist");
    static final List<String> SCORECARD_KEYS = List.of("review_every", "kpis");
    static final List<String> KPI_KEYS = List.of("name", "owner", "unit", "baseline", "target", "direction", "actuals");
    static final List<String> ACTUAL_KEYS = List.of("check_in", "date", "value", "note");
    static final List<String> ATTACHMENT_KEYS = List.of("file", "title", "audience");
    /** Session ids that would collide with the kit's own files. */
    /** A session's page is {@code <id>.html}; ids longer than this are cut (derived) or refused (written). */
    static final int MAX_SESSION_ID_CHARS = 80;

    /** An attendance sheet prints a row per participant: this many rows are about 100 pages. */
    static final int MAX_PARTICIPANTS = 2000;
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

    Optional<Kit> parse(String kitId, Node root, MethodLibrary methods, Problems problems) {
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
        KitReader reader = new KitReader(kit.withContext(bare.withPlaceholders(values)), methods);
        Kit result = reader.read(kitId, title.orElse(""), strategy, owner);
        return problems.hasErrors() ? Optional.empty() : Optional.of(result);
    }

    /** Reads the rest of a kit once title, strategy and owner, the placeholders' values, are known. */
    private final class KitReader {
        private final ReadContext context;
        private final Fields kit;
        private final ActionIds actionIds;
        private final MethodLibrary methods;
        /** The scorecard's KPI names, which a task's {@code kpi:} must name; read before the tasks. */
        private List<String> kpiNames = List.of();

        private boolean hasScorecard;

        KitReader(Fields kit, MethodLibrary methods) {
            this.context = kit.context();
            this.kit = kit;
            this.methods = methods;
            this.actionIds = new ActionIds(context.problems());
        }

        Kit read(String kitId, String title, String strategy, Optional<String> owner) {
            Optional<LocalDate> start =
                    kit.parsed("start", TimeValues::date, "write the date as YYYY-MM-DD, e.g. 2027-01-11");
            Optional<Scorecard> scorecard = scorecard(start);
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
                    scorecard,
                    kit.parsed("poster_size", PosterSize::parse, "write one of " + PosterSize.labels()),
                    sheets(kit, "the kit"),
                    participants(kit));
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
                                                r.path(), label.orElse(r.fileName()), r.source(), audience, r.text()));
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
            List<Markdown> prompts = prompts(s);
            List<AgendaItem> agenda = s.list("agenda", node -> agendaItem(node, prompts));
            Duration total = agenda.stream().map(AgendaItem::duration).reduce(Duration.ZERO, Duration::plus);
            if (declared.isPresent() && total.compareTo(declared.get()) > 0) {
                s.error(
                        "duration",
                        "the agenda adds up to " + TimeValues.format(total) + ", longer than the session's duration of "
                                + TimeValues.format(declared.get()) + "; shorten agenda items or raise 'duration' to "
                                + TimeValues.format(total));
            }
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
                    s.position(),
                    sheets(s, "a session"),
                    participants(s)));
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

        private Optional<AgendaItem> agendaItem(Node node, List<Markdown> sessionPrompts) {
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
                    BLOCK_WORK_KEYS.stream()
                            .filter(a::has)
                            .forEach(key -> a.error(
                                    key,
                                    "a break has no '" + key + "'; remove it, or make this a block with 'title:'"
                                            + " and 'duration:' instead of 'break:'"));
                    Optional<Duration> length = a.parsed("break", TimeValues::duration, DURATION_HELP);
                    return length.map(d -> AgendaItem.pause(a.plain("title"), d, a.plain("lead"), a.markdown("notes")));
                }
                Optional<String> title = a.requiredPlain("title");
                Optional<Duration> duration = a.has("duration")
                        ? a.parsed("duration", TimeValues::duration, DURATION_HELP)
                        : Optional.empty();
                if (!a.has("duration") || a.isBlank("duration")) {
                    a.missing("duration");
                }
                Optional<BlockType> type =
                        a.parsed("type", BlockType::of, "write one of " + String.join(", ", BlockType.keys()));
                List<BlockPrompt> prompts = blockPrompts(a, sessionPrompts);
                Optional<Method> method = method(a);
                duration.ifPresent(d -> method.ifPresent(m -> checkFit(a, m, d)));
                boolean reviewActions = a.parsed("review_actions", KitParser::yesNo, "write true or false")
                        .orElse(false);
                return title.flatMap(t -> duration.map(d -> new AgendaItem(
                        Optional.of(t),
                        d,
                        a.plain("lead"),
                        a.markdown("notes"),
                        false,
                        type,
                        prompts,
                        method,
                        reviewActions)));
            });
        }

        /**
         * {@code prompts:} is one entry or a list of them: a whole number names the session's prompt of that number
         * ({@code prompts: 2}); anything else is a question of this block's own.
         */
        private List<BlockPrompt> blockPrompts(Fields a, List<Markdown> sessionPrompts) {
            Optional<Node> written = a.value("prompts");
            if (written.isEmpty() || Fields.isBlank(written.get())) {
                return List.of();
            }
            List<Node> entries = written.get() instanceof ScalarNode ? List.of(written.get()) : a.items("prompts");
            List<BlockPrompt> prompts = new ArrayList<>();
            for (Node entry : entries) {
                if (entry instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
                    promptReference(scalar, sessionPrompts).ifPresent(prompts::add);
                } else {
                    context.markdown(entry, "each entry of 'prompts' of an agenda item")
                            .map(text -> new BlockPrompt(Optional.empty(), text))
                            .ifPresent(prompts::add);
                }
            }
            return List.copyOf(prompts);
        }

        private Optional<BlockPrompt> promptReference(ScalarNode reference, List<Markdown> sessionPrompts) {
            String written = reference.getValue().trim();
            int count = sessionPrompts.size();
            Optional<Integer> number =
                    written.matches("\\d{1,3}") ? Optional.of(Integer.parseInt(written)) : Optional.empty();
            if (number.isPresent() && number.get() >= 1 && number.get() <= count) {
                return Optional.of(new BlockPrompt(number, sessionPrompts.get(number.get() - 1)));
            }
            context.error(
                    reference,
                    count == 0
                            ? "'prompts' of an agenda item names prompt " + Echo.value(written)
                                    + ", but the session has no prompts; add the question to the session's 'prompts:',"
                                    + " or write it here in quotes"
                            : "'prompts' of an agenda item names prompt " + Echo.value(written)
                                    + ", but the session has "
                                    + count + (count == 1 ? " prompt" : " prompts") + "; write a number from 1 to "
                                    + count
                                    + ", or the question itself in quotes");
            return Optional.empty();
        }

        /** {@code method:} is the id of a library method, or a method written out as a mapping. */
        private Optional<Method> method(Fields a) {
            Optional<Node> written = a.value("method");
            if (written.isEmpty() || Fields.isBlank(written.get())) {
                return Optional.empty();
            }
            if (!(written.get() instanceof ScalarNode)) {
                return MethodParser.read(Optional.empty(), written.get(), "the method of an agenda item", context);
            }
            Optional<String> id = a.plain("method");
            Optional<Method> found = id.flatMap(methods::find);
            if (id.isPresent() && found.isEmpty()) {
                a.error(
                        "method",
                        "unknown method '" + Echo.value(id.get()) + "'" + DidYouMean.hint(id.get(), methods.ids())
                                + "; name a method of content/methods/ or of the theme"
                                + (methods.ids().isEmpty() ? "" : " (" + String.join(", ", methods.ids()) + ")")
                                + ", or write the method here with 'name:' and 'steps:'");
            }
            return found;
        }

        /** A method's steps must fit the block's time box, and should fill at least two thirds of it. */
        private void checkFit(Fields a, Method method, Duration duration) {
            Duration steps = method.stepsTotal();
            if (steps.isZero()) {
                return;
            }
            String named = method.id().map(id -> "method '" + id + "'").orElse("the method");
            if (steps.compareTo(duration) > 0) {
                a.error(
                        "method",
                        "the steps of " + named + " take " + TimeValues.format(steps) + ", longer than this item's "
                                + TimeValues.format(duration) + "; raise 'duration' to " + TimeValues.format(steps)
                                + " or shorten the steps");
            } else if (duration.minus(steps)
                            .multipliedBy(LARGEST_UNPLANNED_SHARE_DIVISOR)
                            .compareTo(duration)
                    > 0) {
                context.problems()
                        .warning(
                                a.positionOf("method"),
                                "the steps of " + named + " take " + TimeValues.format(steps) + " of this item's "
                                        + TimeValues.format(duration) + ", leaving more than a third of it unplanned;"
                                        + " shorten 'duration' to " + TimeValues.format(steps)
                                        + " or add a step for the rest");
            }
        }

        /** The sheets named in {@code sheets:}; an unknown or repeated name is reported where it is written. */
        private List<Sheet> sheets(Fields owner, String what) {
            List<Sheet> sheets = new ArrayList<>();
            for (Node item : owner.items("sheets")) {
                Optional<String> name = context.plain(item, "each entry of 'sheets' of " + what);
                if (name.isEmpty()) {
                    continue;
                }
                Optional<Sheet> sheet = Sheet.of(name.get());
                if (sheet.isEmpty()) {
                    context.error(
                            item,
                            "'sheets' of " + what + " names '" + Echo.value(name.get()) + "', which is not a sheet"
                                    + DidYouMean.hint(name.get(), Sheet.keys()) + "; write one of "
                                    + String.join(", ", Sheet.keys()));
                } else if (sheets.contains(sheet.get())) {
                    context.error(
                            item,
                            "'sheets' of " + what + " names '" + sheet.get().key() + "' twice; keep one of them");
                } else {
                    sheets.add(sheet.get());
                }
            }
            return List.copyOf(sheets);
        }

        /** The expected number of participants, which sizes the attendance sheet. */
        private Optional<Integer> participants(Fields owner) {
            Optional<String> text = owner.raw("participants");
            if (text.isEmpty()) {
                return Optional.empty();
            }
            String written = text.get().trim();
            if (!written.matches("\\d{1,9}") || Integer.parseInt(written) < 1) {
                owner.error(
                        "participants",
                        owner.label("participants") + " '" + Echo.value(written)
                                + "' is not valid; write the expected number of people as a whole number, like 40");
                return Optional.empty();
            }
            int count = Integer.parseInt(written);
            if (count > MAX_PARTICIPANTS) {
                owner.error(
                        "participants",
                        owner.label("participants") + " is " + count + ", more than the limit of " + MAX_PARTICIPANTS
                                + " that an attendance sheet prints rows for; split the day into groups with"
                                + " sessions of their own, each with its own 'participants:'");
                return Optional.empty();
            }
            return Optional.of(count);
        }

        private Optional<Scorecard> scorecard(Optional<LocalDate> start) {
            return kit.value("scorecard")
                    .flatMap(node -> Fields.of(node, "the scorecard", SCORECARD_KEYS, context))
                    .map(sc -> {
                        Optional<Integer> days = sc.parsed(
                                "review_every", TimeValues::intervalDays, "write days or weeks, like 90d or 13w");
                        String written = days.flatMap(d -> sc.value("review_every"))
                                .map(v -> ((ScalarNode) v).getValue().trim())
                                .orElse("90d");
                        // the schedule without KPIs: what each KPI's actuals are placed on
                        Scorecard schedule = new Scorecard(days.orElse(90), written, List.of());
                        return new Scorecard(
                                schedule.reviewEveryDays(),
                                written,
                                sc.list("kpis", node -> kpi(node, schedule, start)));
                    });
        }

        private Optional<Kpi> kpi(Node node, Scorecard schedule, Optional<LocalDate> start) {
            return Fields.of(node, "a KPI", KPI_KEYS, context).flatMap(k -> {
                Optional<String> name = k.requiredPlain("name");
                Optional<BigDecimal> baseline =
                        k.parsed("baseline", KitParser::number, "write a number, like 120 or 4.5," + NUMBER_HELP);
                Optional<BigDecimal> target =
                        k.parsed("target", KitParser::number, "write a number, like 150 or 5.5," + NUMBER_HELP);
                KpiDirection direction = direction(k, baseline, target);
                boolean numeric = baseline.isPresent() || target.isPresent();
                List<KpiActual> actuals = actuals(k, schedule, start, numeric);
                return name.map(n -> new Kpi(
                        n, k.plain("owner"), k.plain("unit"), baseline, target, direction, actuals, k.position()));
            });
        }

        /** Written, it must agree with the baseline and target; else it is inferred from them. */
        private KpiDirection direction(Fields k, Optional<BigDecimal> baseline, Optional<BigDecimal> target) {
            Optional<KpiDirection> written =
                    k.parsed("direction", KpiDirection::parse, "write increase, decrease, at_least or at_most");
            if (written.isEmpty()) {
                return KpiTrack.inferred(baseline, target);
            }
            KpiDirection direction = written.get();
            if (direction.isBound() && target.isEmpty()) {
                k.error(
                        "direction",
                        "'direction: " + direction.key() + "' holds the KPI to its target, but the KPI has no"
                                + " 'target'; add 'target:' with the bound");
            } else if (!direction.isBound() && baseline.isPresent() && target.isPresent()) {
                int order = target.get().compareTo(baseline.get());
                boolean against = direction == KpiDirection.INCREASE ? order < 0 : order > 0;
                if (against) {
                    k.error(
                            "direction",
                            "'direction: " + direction.key() + "' runs against the KPI's target ("
                                    + number(target.get()) + ") and baseline (" + number(baseline.get())
                                    + "); write 'direction: "
                                    + (direction == KpiDirection.INCREASE ? "decrease" : "increase")
                                    + "' or correct the target");
                }
            }
            return direction;
        }

        private List<KpiActual> actuals(Fields k, Scorecard schedule, Optional<LocalDate> start, boolean numeric) {
            List<KpiActual> actuals = k.list("actuals", node -> actual(node, schedule, start, numeric));
            Map<Integer, KpiActual> byCheckIn = new HashMap<>();
            for (KpiActual actual : actuals) {
                actual.checkIn().ifPresent(n -> {
                    KpiActual first = byCheckIn.putIfAbsent(n, actual);
                    if (first != null) {
                        context.problems()
                                .error(
                                        actual.position(),
                                        "check-in " + n + " already has a value at line "
                                                + first.position().line()
                                                + "; write one value per check-in, or use 'date:' for a measure"
                                                + " between check-ins");
                    }
                });
            }
            return actuals.stream()
                    .sorted(Comparator.comparingInt(KpiActual::day))
                    .toList();
        }

        private Optional<KpiActual> actual(Node node, Scorecard schedule, Optional<LocalDate> start, boolean numeric) {
            return Fields.of(node, "an actual value", ACTUAL_KEYS, context).flatMap(a -> {
                Optional<Placed> placed = placed(a, schedule, start);
                Optional<String> value = a.requiredPlain("value");
                Optional<BigDecimal> number = value.flatMap(KitParser::number);
                if (value.isPresent() && number.isEmpty() && numeric) {
                    a.error(
                            "value",
                            "'value' of an actual value '" + Echo.value(value.get())
                                    + "' is not a number, but the KPI's baseline or target is; write a number,"
                                    + " like 120 or 4.5," + NUMBER_HELP);
                    return Optional.empty();
                }
                Optional<String> note = a.plain("note");
                return placed.flatMap(p ->
                        value.map(v -> new KpiActual(p.checkIn(), p.date(), p.day(), v, number, note, a.position())));
            });
        }

        /** Where an actual value stands: its check-in or date, and its day from the kit's start. */
        private record Placed(Optional<Integer> checkIn, Optional<LocalDate> date, int day) {}

        private Optional<Placed> placed(Fields a, Scorecard schedule, Optional<LocalDate> start) {
            if (a.has("check_in") && a.has("date")) {
                a.error("date", "an actual value has both 'check_in' and 'date'; keep one");
                return Optional.empty();
            }
            if (!a.has("check_in") && !a.has("date")) {
                context.problems()
                        .error(
                                a.position(),
                                "an actual value needs 'check_in: N' (the check-in it was measured for) or"
                                        + " 'date: YYYY-MM-DD'");
                return Optional.empty();
            }
            if (a.has("check_in")) {
                int count = schedule.checkInCount();
                String range = count == 0
                        ? "the scorecard has no check-in within a year; shorten 'review_every' or write 'date:'"
                        : "write a number from 1 to " + count + " (one check-in every " + schedule.reviewEveryWritten()
                                + " for a year)";
                Optional<Integer> number = a.parsed("check_in", KitParser::positiveInt, range);
                if (number.isPresent() && number.get() > count) {
                    a.error("check_in", "'check_in' " + number.get() + " is not a check-in of the scorecard; " + range);
                    return Optional.empty();
                }
                return number.map(n -> new Placed(Optional.of(n), Optional.empty(), schedule.dayOf(n)));
            }
            Optional<LocalDate> date =
                    a.parsed("date", TimeValues::date, "write the date as YYYY-MM-DD, e.g. 2027-04-11");
            if (date.isEmpty()) {
                return Optional.empty();
            }
            if (start.isEmpty()) {
                a.error(
                        "date",
                        "'date' of an actual value counts from the kit's 'start', which is not set; add 'start:'"
                                + " to the kit or write 'check_in: N'");
                return Optional.empty();
            }
            long day = ChronoUnit.DAYS.between(start.get(), date.get());
            if (day < 0) {
                a.error(
                        "date",
                        "'date' " + date.get() + " of an actual value is before the kit's start (" + start.get()
                                + "); a measure from before the start is the KPI's 'baseline'");
                return Optional.empty();
            }
            return Optional.of(new Placed(Optional.empty(), date, (int) Math.min(day, Integer.MAX_VALUE)));
        }
    }

    private static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
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

    private static Optional<Boolean> yesNo(String text) {
        return switch (text.trim()) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> Optional.empty();
        };
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
