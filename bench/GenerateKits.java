import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes N synthetic but realistic facilitation kits for the benchmark, deterministic from a seed:
 *
 * <pre>java bench/GenerateKits.java --count N --seed 42 --out DIR/content [--hugo DIR/hugo]</pre>
 *
 * Each kit has stakeholders, roles, ground rules, inputs, outcomes, two phases of ten checklist items, five to seven
 * sessions (agendas of six to ten items with leads, notes and breaks, one to three prompts, two to four tips,
 * materials, follow-up tasks with owners and relative due dates) and a scorecard of four to six KPIs. With
 * {@code --hugo} the same kits are also written as the content of a Hugo site (one section per kit, one page per
 * session, the data as JSON front matter with placeholders filled in and Markdown left for Hugo to render); with
 * bench/hugo-layout/ copied in, Hugo writes the same pages as ours (session, kit, index, 404, search index, calendar).
 *
 * Plain Java 17, no libraries: run it as a single-file source program.
 */
public final class GenerateKits {
    private static final String[] TOPICS = {"Customer-First", "Profitable Growth", "Digital Workplace", "Operational Excellence",
            "Sustainable Supply Chain", "One Company", "Data-Driven Sales", "Service Quality", "Lean Finance", "Talent First",
            "Zero Defects", "Cloud Migration", "Partner Ecosystem", "Net Zero", "Product-Led Growth", "Safety Culture",
            "Shared Services", "Omnichannel Retail", "Hybrid Work", "Market Expansion"};
    private static final String[] KIT_KINDS = {"Alignment Programme", "Rollout Kit", "Leadership Offsite", "Department Kick-off",
            "Quarterly Alignment", "Strategy Roadshow", "Cross-Functional Sprint", "Change Programme", "Planning Cycle",
            "Transformation Workshop Series"};
    private static final String[] OWNERS = {"Executive Leadership Team", "Office of Strategy Management", "Chief Operating Officer",
            "Transformation Office", "Head of Strategy", "Chief Executive Officer", "Marketing Leadership", "HR Leadership Team",
            "Finance Leadership", "Programme Management Office"};
    private static final String[] DEPARTMENTS = {"Sales", "Marketing", "Customer Service", "Finance", "Human Resources",
            "Operations", "Logistics", "Product Management", "Engineering", "IT", "Legal", "Procurement", "Quality",
            "Internal Communications", "Works council", "Regional managers", "Team leads", "All employees"};
    private static final String[] CONTACTS = {"Head of {d}", "{d} Director", "VP {d}", "{d} Business Partner"};
    private static final int DEPARTMENTS_WITH_HEADS = 14;
    private static final String[] CONCERNS = {
            "Fears that **targets and bonuses** change before the new way of working is clear.",
            "Expects more work on already stretched teams and asks whether headcount comes with the change.",
            "Needs a credible business case and one consistent way to measure progress.",
            "Worries about being blamed in public for problems that are shared across departments.",
            "Wants to be involved early, not informed late, and needs lead time for any change to roles.",
            "Concerned that customer feedback turns into a stream of unprioritised requests.",
            "Has to adapt processes and tools and asks who pays for the transition period.",
            "Wants honest answers about jobs and workload, not a motivational show."};
    private static final String[] ROLE_NAMES = {"Facilitator", "Co-facilitator", "Timekeeper", "Note-taker", "Decision owner",
            "Executive sponsor", "Department champion", "Analyst", "Finance partner", "Scribe"};
    /** What each of {@link #ROLE_NAMES} does, in the same order. */
    private static final String[] DUTIES = {
            "Designs and runs the sessions, keeps decisions tied to {strategy} and tracks open points.",
            "Runs the break-out groups and takes over when the facilitator presents.",
            "Signals time to speakers and calls people back from breaks.",
            "Records decisions, owners and deadlines in the decision log after every session.",
            "Makes the final call when the group cannot agree, and says so in the room.",
            "Opens each session with a short personal message and answers the top questions in writing.",
            "Encourages colleagues to take part, explains the process and brings local context.",
            "Clusters answers into themes, counts votes and flags questions that need a leader's answer.",
            "Checks cost estimates and owns the budget record for the initiatives.",
            "Writes the decisions on the flip chart as they are made, so that everyone sees the same words."};
    private static final String[] GROUND_RULES = {
            "There are no stupid questions. If it is unclear to you, it is unclear to others.",
            "Every discussion starts from {strategy}. If it does not serve an objective, it waits.",
            "Numbers before opinions. Bring the estimate, then argue.",
            "Disagree openly in the session, commit fully afterwards.",
            "Phones away during the sessions, back on in the breaks.",
            "Speak from your own experience, listen to understand.",
            "**Be specific.** \"Who signs off on discounts?\" helps more than \"Everything is vague.\"",
            "Decisions are made in the room. Those not in the room are briefed, not re-asked.",
            "Leave with a commitment, not only with an opinion."};
    private static final String[] INPUTS = {"The strategy on a page for {strategy}, approved by the leadership team",
            "The stakeholder analysis, reviewed with each department head", "Last quarter's KPI report",
            "Rough cost estimates per initiative", "Pre-event survey results", "The current workforce plan",
            "Customer feedback from the last two quarters", "The decision log of the previous cycle"};
    private static final String[] OUTCOMES = {"A written Q&A that answers the most pressing questions about {strategy}",
            "**A ranked list of enablers** that people believe matter most", "A risk register built from real fears",
            "A one-page plan per department with three changes, owners and first steps",
            "An approved budget for each initiative", "A first scorecard with a review rhythm",
            "Named owners for every follow-up action"};
    private static final String[] VERBS = {"Agree", "Review", "Prioritise", "Decide", "Map", "Clarify", "Confirm", "Draft",
            "Check", "Share", "Collect", "Align on", "Rank", "Plan", "Present"};
    private static final String[] OBJECTS = {"the top three initiatives", "the meeting objectives", "last quarter's KPIs",
            "the budget for the next quarter", "cross-team dependencies", "the risk register", "owners for each action",
            "the communication plan", "customer feedback themes", "the draft scorecard", "open questions from the pulse",
            "the department canvas", "the hand-over to execution", "quick wins for the first 90 days",
            "the resourcing plan", "lessons from the pilot", "the decision log", "success metrics per team"};
    private static final String[] SESSION_NAMES = {"Kick-off", "Providing Clarity", "Enabling Our Strategy", "Surfacing Obstacles",
            "Share the How", "Budget Alignment", "Team Formation", "Scorecard Design", "Department Deep Dive",
            "Risk Review", "Customer Voice", "Priorities Workshop", "Roadmap Review", "Commitment Day", "Retrospective",
            "Quarterly Check-in", "Leadership Briefing", "Capability Review"};
    private static final String[] FORMATS = {"meeting", "meeting", "meeting", "workshop", "workshop", "alignment-day"};
    private static final String[] PROMPTS = {
            "Now that you have heard about {strategy}, what questions do you have, and what is still unclear?",
            "What is the single most important thing we must do to make {strategy} a success? Why?",
            "What is your biggest fear about this change?",
            "Which part of the plan would you struggle to explain to a colleague?",
            "What would have to be true for {title} to be a success in your team?",
            "What should we *stop* doing to make room for the new priorities?",
            "Where do you depend on another department, and what do you need from them?",
            "Which decision, if taken today, would unblock your team the most?"};
    private static final String[] TIPS = {
            "Send the pre-read two days ahead; people cannot ask good questions about something they have not seen.",
            "Resist answering every question yourself. Ask the room first.",
            "Fears are data, not resistance. Thank people for their honesty.",
            "Keep the time boxes visible on a flip chart and point to them when a discussion runs long.",
            "Name the uncomfortable topics (bonuses, jobs) openly instead of avoiding them.",
            "Close each agenda item by reading the decision back, with owner and date.",
            "Seat people from different departments at each table.",
            "Ask for the *why* explicitly; it turns a wish list into arguments leaders can act on."};
    private static final String[] MATERIALS = {"Strategy on a page as PDF", "Flip charts and markers", "Printed agenda for every table",
            "Dot stickers for voting", "Department planning canvas in A1", "Laptop and projector", "Sticky notes in three colours",
            "Last quarter's KPI report"};
    private static final String[] NOTES = {"Start with the numbers, not the story.", "Allow two questions per department, then move on.",
            "Use the parking lot for anything that is not on the agenda.", "Ask each lead to prepare one slide at most.",
            "Vote with dots, then discuss only the top three.", "Capture decisions on the decision log as they happen."};
    private static final String[] KPI_NAMES = {"Pulse participation", "Employees who can explain the strategy", "Actions on track",
            "Customer satisfaction", "Lead generation", "First-contact resolution", "Net promoter score", "Cost per order",
            "Time to market", "Employee engagement", "On-time delivery", "Budget adherence", "Revenue from new products",
            "Churn rate"};
    private static final String[] UNITS = {"%", "points", "leads / month", "days", "EUR", "actions", "%"};
    private static final String[] TAGS = {"alignment", "strategy rollout", "change management", "meeting", "workshop", "kpis",
            "budgeting", "cross-functional", "leadership", "communication", "balanced scorecard", "buy-in", "accountability"};
    private static final String[] LEADS = {"Facilitator", "Executive sponsor", "Head of Sales", "CFO", "HR Director",
            "Department heads", "Analyst", "Marketing lead", "Operations lead"};
    private static final String[] THEN = {
            "No sessions launched. Leaders answer the top questions by email or in team meetings.",
            "No sessions launched. The analyst clusters the results and the sponsor shares them with everyone.",
            "Teams work on their actions; the facilitator checks progress in the weekly stand-up."};

    private final Random random;
    private final StringBuilder yaml = new StringBuilder();

    private GenerateKits(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        int count = 10;
        long seed = 42;
        Path out = null;
        Path hugo = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--count" -> count = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--hugo" -> hugo = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: java GenerateKits.java --count N --seed S --out CONTENT_DIR [--hugo HUGO_SITE_DIR]");
                    System.exit(2);
                }
            }
        }
        if (out == null) {
            System.err.println("--out is required");
            System.exit(2);
        }
        Files.createDirectories(out);
        if (hugo != null) {
            writeHugoHome(hugo);
        }
        for (int n = 1; n <= count; n++) {
            // One generator per kit, seeded from (seed, n): kit n is the same whatever the count.
            GenerateKits kit = new GenerateKits(seed * 1_000_003L + n);
            Model model = kit.model(n);
            String id = String.format(Locale.ROOT, "kit-%04d-%s", n, slug(model.title));
            Files.writeString(out.resolve(id + ".yaml"), kit.yaml(model, n, seed), StandardCharsets.UTF_8);
            if (hugo != null) {
                writeHugo(hugo.resolve("content").resolve(id), id, model);
            }
        }
    }

    // ---------------------------------------------------------------- model

    record Stakeholder(String name, String impact, String contact, String concerns) {}

    record Role(String role, String who, String duties) {}

    record Task(String item, String details, String owner, String due) {}

    record Agenda(String title, int minutes, String lead, String notes, boolean isBreak) {}

    record Session(String title, String id, int week, String format, String startTime, String objective, List<String> prompts,
            List<String> tips, List<Agenda> agenda, List<String> materials, List<Task> followUp, String then) {}

    record Kpi(String name, String owner, String unit, int baseline, int target) {}

    record Model(String title, String strategy, String owner, List<String> tags, LocalDate start, String summary,
            List<Stakeholder> stakeholders, List<Role> roles, List<String> groundRules, List<String> inputs,
            List<String> outcomes, List<String> phaseTitles, List<List<Task>> phases, List<Session> sessions, String reviewEvery,
            List<Kpi> kpis) {}

    private Model model(int n) {
        String topic = pick(TOPICS);
        String title = topic + " " + pick(KIT_KINDS);
        String strategy = topic + " " + (2026 + random.nextInt(4));
        String owner = pick(OWNERS);
        List<String> tags = distinct(TAGS, 3 + random.nextInt(3));
        LocalDate start = LocalDate.of(2027, 1, 4).plusWeeks(random.nextInt(40));

        List<Stakeholder> stakeholders = new ArrayList<>();
        for (String d : distinct(DEPARTMENTS, 4 + random.nextInt(3))) {
            stakeholders.add(new Stakeholder(d, pick(new String[] {"high", "high", "medium", "low"}),
                    contact(d), pick(CONCERNS)));
        }

        // Every highly impacted stakeholder gets an agenda item in some session (as a careful author would do).
        int sessionCount = 5 + random.nextInt(3);
        List<List<String>> mentions = new ArrayList<>();
        for (int s = 0; s < sessionCount; s++) {
            mentions.add(new ArrayList<>());
        }
        for (Stakeholder st : stakeholders) {
            if (st.impact.equals("high")) {
                mentions.get(random.nextInt(sessionCount)).add(st.name);
            }
        }
        List<Session> sessions = new ArrayList<>();
        List<String> names = distinct(SESSION_NAMES, sessionCount);
        int week = 1;
        for (int s = 0; s < sessionCount; s++) {
            sessions.add(session(names.get(s), week, mentions.get(s)));
            week += 1 + random.nextInt(2);
        }

        StringBuilder summary = new StringBuilder();
        summary.append("A strategy only works when the people who carry it out understand it and know what to do differently")
                .append(" on Monday morning. This kit gets ").append(pick(DEPARTMENTS))
                .append(" and the departments around it behind **{strategy}** in ").append(week).append(" weeks, sponsored by the {owner}.\n\n");
        summary.append("| Week | Session | Format |\n|---|---|---|\n");
        for (Session s : sessions) {
            summary.append("| ").append(s.week).append(" | ").append(s.title).append(" | ").append(s.format).append(" |\n");
        }
        summary.append("\nBetween the sessions, leaders close the loop: they answer the top questions, thank people for")
                .append(" taking part and turn the best ideas into a plan that is tracked on the scorecard.\n");

        List<Role> roles = new ArrayList<>();
        for (String r : distinct(ROLE_NAMES, 3 + random.nextInt(2))) {
            roles.add(new Role(r, random.nextBoolean() ? pick(OWNERS) : null, DUTIES[List.of(ROLE_NAMES).indexOf(r)]));
        }
        List<List<Task>> phases = List.of(tasks(10, -6, -1, false), tasks(10, 1, 13, false));
        List<Kpi> kpis = new ArrayList<>();
        for (String k : distinct(KPI_NAMES, 4 + random.nextInt(3))) {
            int baseline = random.nextInt(60);
            kpis.add(new Kpi(k, pick(LEADS), pick(UNITS), baseline, baseline + 5 + random.nextInt(40)));
        }
        return new Model(title, strategy, owner, tags, start, summary.toString(), stakeholders, roles,
                distinct(GROUND_RULES, 4 + random.nextInt(3)), distinct(INPUTS, 3 + random.nextInt(3)),
                distinct(OUTCOMES, 3 + random.nextInt(2)), List.of("Preparation", "Follow-through"), phases, sessions,
                pick(new String[] {"90d", "4w", "13w", "30d"}), kpis);
    }

    private Session session(String title, int week, List<String> departments) {
        String format = pick(FORMATS);
        int items = 6 + random.nextInt(5);
        List<Agenda> agenda = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        for (String department : departments) {
            agenda.add(new Agenda("Update from " + department, 10, "Head of " + department, pick(NOTES), false));
        }
        for (int i = departments.size(); i < items; i++) {
            if (i > 1 && i < items - 1 && random.nextInt(6) == 0) {
                agenda.add(new Agenda(null, 10 + 5 * random.nextInt(3), null, null, true));
                continue;
            }
            String item;
            do {
                item = pick(VERBS) + " " + pick(OBJECTS);
            } while (!used.add(item));
            agenda.add(new Agenda(item, 5 + 5 * random.nextInt(format.equals("alignment-day") ? 12 : 6),
                    random.nextInt(3) == 0 ? null : pick(LEADS), random.nextInt(3) == 0 ? pick(NOTES) : null, false));
        }
        String objective = pick(VERBS) + " " + pick(OBJECTS) + " and " + pick(VERBS).toLowerCase(Locale.ROOT) + " "
                + pick(OBJECTS) + ", so that every department knows what **{strategy}** means for its work.";
        String start = String.format(Locale.ROOT, "%02d:%02d", 8 + random.nextInt(6), random.nextBoolean() ? 0 : 30);
        return new Session(title, slug(title), week, format, start, objective, distinct(PROMPTS, 1 + random.nextInt(3)),
                distinct(TIPS, 2 + random.nextInt(3)), agenda, distinct(MATERIALS, 2 + random.nextInt(2)),
                tasks(2 + random.nextInt(3), 1, 3, true), random.nextInt(3) == 0 ? pick(THEN) : null);
    }

    private List<Task> tasks(int count, int fromWeek, int toWeek, boolean owned) {
        List<Task> tasks = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            String item;
            do {
                item = pick(VERBS) + " " + pick(OBJECTS);
            } while (!used.add(item));
            if (!owned && random.nextInt(4) == 0) {
                tasks.add(new Task(item, null, null, null));
                continue;
            }
            int w = fromWeek + random.nextInt(toWeek - fromWeek + 1);
            String due = random.nextBoolean() ? (w < 0 ? "-" : "+") + Math.abs(w) + "w" : (w < 0 ? "-" : "+") + Math.abs(w * 7 - random.nextInt(3)) + "d";
            tasks.add(new Task(item, random.nextInt(3) == 0 ? pick(NOTES) : null, pick(LEADS), due));
        }
        return tasks;
    }

    // ---------------------------------------------------------------- YAML

    private String yaml(Model m, int n, long seed) {
        line(0, "# Synthetic kit " + n + " for the benchmark (seed " + seed + "), written by bench/GenerateKits.java.");
        line(0, "title: " + q(m.title));
        line(0, "strategy: " + q(m.strategy));
        line(0, "owner: " + q(m.owner));
        line(0, "language: en");
        line(0, "tags:");
        m.tags.forEach(t -> line(1, "- " + q(t)));
        line(0, "start: " + m.start);
        line(0, "timezone: Europe/Berlin");
        block(0, "summary", m.summary);
        line(0, "stakeholders:");
        for (Stakeholder s : m.stakeholders) {
            line(1, "- name: " + q(s.name));
            line(2, "impact: " + s.impact);
            line(2, "contact: " + q(s.contact));
            line(2, "concerns: " + q(s.concerns));
        }
        line(0, "roles:");
        for (Role r : m.roles) {
            line(1, "- role: " + q(r.role));
            if (r.who != null) {
                line(2, "who: " + q(r.who));
            }
            line(2, "duties: " + q(r.duties));
        }
        list(0, "ground_rules", m.groundRules);
        list(0, "inputs", m.inputs);
        list(0, "outcomes", m.outcomes);
        line(0, "phases:");
        for (int p = 0; p < m.phases.size(); p++) {
            line(1, "- title: " + q(m.phaseTitles.get(p)));
            line(2, "checklist:");
            tasksYaml(3, m.phases.get(p));
        }
        line(0, "sessions:");
        for (Session s : m.sessions) {
            line(1, "- title: " + q(s.title));
            line(2, "id: " + s.id);
            line(2, "week: " + s.week);
            line(2, "format: " + s.format);
            line(2, "start_time: \"" + s.startTime + "\"");
            line(2, "objective: " + q(s.objective));
            list(2, "prompts", s.prompts);
            list(2, "tips", s.tips);
            line(2, "agenda:");
            for (Agenda a : s.agenda) {
                if (a.isBreak) {
                    line(3, "- break: " + a.minutes + "m");
                    continue;
                }
                line(3, "- title: " + q(a.title));
                line(4, "duration: " + duration(a.minutes));
                if (a.lead != null) {
                    line(4, "lead: " + q(a.lead));
                }
                if (a.notes != null) {
                    line(4, "notes: " + q(a.notes));
                }
            }
            list(2, "materials", s.materials);
            line(2, "follow_up:");
            tasksYaml(3, s.followUp);
            if (s.then != null) {
                line(2, "then: " + q(s.then));
            }
        }
        line(0, "scorecard:");
        line(1, "review_every: " + m.reviewEvery);
        line(1, "kpis:");
        for (Kpi k : m.kpis) {
            line(2, "- name: " + q(k.name));
            line(3, "owner: " + q(k.owner));
            line(3, "unit: " + q(k.unit));
            line(3, "baseline: " + k.baseline);
            line(3, "target: " + k.target);
        }
        return yaml.toString();
    }

    private void tasksYaml(int depth, List<Task> tasks) {
        for (Task t : tasks) {
            if (t.owner == null) {
                line(depth, "- " + q(t.item));
                continue;
            }
            line(depth, "- item: " + q(t.item));
            if (t.details != null) {
                line(depth + 1, "details: " + q(t.details));
            }
            line(depth + 1, "owner: " + q(t.owner));
            line(depth + 1, "due: \"" + t.due + "\"");
        }
    }

    private void list(int depth, String key, List<String> items) {
        line(depth, key + ":");
        items.forEach(i -> line(depth + 1, "- " + q(i)));
    }

    private void block(int depth, String key, String text) {
        line(depth, key + ": |");
        for (String l : text.split("\n", -1)) {
            if (l.isEmpty()) {
                yaml.append('\n');
            } else {
                line(depth + 1, l);
            }
        }
    }

    private void line(int depth, String text) {
        yaml.append("  ".repeat(depth)).append(text).append('\n');
    }

    private static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String duration(int minutes) {
        return minutes < 60 ? minutes + "m" : minutes % 60 == 0 ? minutes / 60 + "h" : minutes / 60 + "h" + minutes % 60 + "m";
    }

    // ---------------------------------------------------------------- Hugo

    /**
     * The Hugo site's content: one section per kit (its {@code _index.md}) and one page per session, each with the
     * kit's or session's data as JSON front matter, placeholders filled in, Markdown left for Hugo to render. The
     * layout that turns them into the same pages as ours is bench/hugo-layout/ (bench/run copies it in).
     */
    private static void writeHugoHome(Path site) throws IOException {
        Files.createDirectories(site.resolve("content"));
        Files.writeString(site.resolve("content/_index.md"), "---\ntitle: Facilitation kits\n---\n");
    }

    private static void writeHugo(Path dir, String id, Model m) throws IOException {
        Files.createDirectories(dir);
        Json kit = new Json().field("title", m.title).field("kit_id", id)
                .field("strategy", m.strategy).field("owner", fill(m.owner, m)).field("timezone", "Europe/Berlin")
                .field("start", m.start.toString()).strings("tags", m.tags, m).field("summary", fill(m.summary, m));
        kit.open("stakeholders", '[');
        for (Stakeholder s : m.stakeholders) {
            kit.item().field("name", s.name).field("impact", s.impact).field("contact", s.contact)
                    .field("concerns", fill(s.concerns, m)).close('}');
        }
        kit.close(']').open("roles", '[');
        for (Role r : m.roles) {
            kit.item().field("role", r.role).field("who", r.who).field("duties", fill(r.duties, m)).close('}');
        }
        kit.close(']').strings("ground_rules", m.groundRules, m).strings("inputs", m.inputs, m).strings("outcomes", m.outcomes, m);
        kit.open("phases", '[');
        for (int p = 0; p < m.phases.size(); p++) {
            kit.item().field("title", m.phaseTitles.get(p));
            tasksJson(kit, "tasks", m.phases.get(p), m);
            kit.close('}');
        }
        kit.close(']').number("review_days", reviewDays(m.reviewEvery)).open("kpis", '[');
        for (Kpi k : m.kpis) {
            kit.item().field("name", k.name).field("owner", k.owner).field("unit", k.unit).number("baseline", k.baseline)
                    .number("target", k.target).close('}');
        }
        kit.close(']');
        Files.writeString(dir.resolve("_index.md"), kit.end(), StandardCharsets.UTF_8);
        int weight = 1;
        for (Session s : m.sessions) {
            // Hugo writes a section as KIT/index.html (and its calendar as KIT/index.ics) and, with this url, a session
            // as KIT/SESSION.html: the same files as ours.
            Json page = new Json().field("title", s.title).field("url", "/" + id + "/" + s.id + ".html").number("weight", weight++)
                    .number("week", s.week)
                    .field("format", s.format).field("start_time", s.startTime).field("objective", fill(s.objective, m))
                    .strings("prompts", s.prompts, m).strings("tips", s.tips, m);
            page.open("agenda", '[');
            for (Agenda a : s.agenda) {
                page.item().field("title", a.title).number("minutes", a.minutes).field("lead", a.lead).field("notes", a.notes)
                        .bool("break", a.isBreak).close('}');
            }
            page.close(']').strings("materials", s.materials, m);
            tasksJson(page, "follow_up", s.followUp, m);
            page.field("then", s.then);
            Files.writeString(dir.resolve(s.id + ".md"), page.end(), StandardCharsets.UTF_8);
        }
    }

    private static void tasksJson(Json json, String key, List<Task> tasks, Model m) {
        json.open(key, '[');
        for (Task t : tasks) {
            json.item().field("item", fill(t.item, m)).field("details", t.details).field("owner", t.owner).field("due", t.due).close('}');
        }
        json.close(']');
    }

    private static int reviewDays(String every) {
        int n = Integer.parseInt(every.substring(0, every.length() - 1));
        return every.endsWith("w") ? n * 7 : n;
    }

    /** Just enough of a JSON writer for Hugo's front matter: objects, arrays, strings, numbers; nulls left out. */
    private static final class Json {
        private final StringBuilder out = new StringBuilder("{");
        private boolean first = true;

        Json field(String key, String value) {
            return value == null ? this : key(key).string(value);
        }

        Json number(String key, int value) {
            key(key).out.append(value);
            return this;
        }

        Json bool(String key, boolean value) {
            if (value) {
                key(key).out.append("true");
            }
            return this;
        }

        Json strings(String key, List<String> values, Model m) {
            open(key, '[');
            for (String v : values) {
                comma();
                string(fill(v, m));
            }
            return close(']');
        }

        Json open(String key, char bracket) {
            key(key).out.append(bracket);
            first = true;
            return this;
        }

        /** Starts an object inside an array. */
        Json item() {
            comma();
            out.append('{');
            first = true;
            return this;
        }

        Json close(char bracket) {
            out.append(bracket);
            first = false;
            return this;
        }

        String end() {
            // Inside YAML front matter (YAML reads JSON) rather than as JSON front matter, so that numbers stay integers.
            return "---\n" + out.append("}\n") + "---\n";
        }

        private Json key(String key) {
            comma();
            return string(key).append(':');
        }

        private Json append(char c) {
            out.append(c);
            return this;
        }

        private void comma() {
            if (!first) {
                out.append(',');
            }
            first = false;
        }

        private Json string(String s) {
            out.append('"');
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    default -> out.append(c);
                }
            }
            out.append('"');
            return this;
        }
    }

    private static String fill(String text, Model m) {
        return text.replace("{strategy}", m.strategy).replace("{title}", m.title).replace("{owner}", m.owner);
    }

    // ---------------------------------------------------------------- helpers

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private String contact(String department) {
        return List.of(DEPARTMENTS).indexOf(department) < DEPARTMENTS_WITH_HEADS ? pick(CONTACTS).replace("{d}", department)
                : "Internal Communications";
    }

    private List<String> distinct(String[] options, int count) {
        Set<String> chosen = new LinkedHashSet<>();
        while (chosen.size() < Math.min(count, options.length)) {
            chosen.add(pick(options));
        }
        return new ArrayList<>(chosen);
    }

    private static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
