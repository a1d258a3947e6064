package dev.alignkit.content;

import static dev.alignkit.content.Kits.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.diagnostics.SourcePosition;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Kits that follow the content format load into the model, with every key where it belongs. */
class ValidKitTest {

    private static List<String> sources(List<Markdown> texts) {
        return texts.stream().map(Markdown::source).toList();
    }

    @Test
    void minimalKitFromTheFormatDocumentLoads() {
        Kit kit = valid("kits/valid/minimal.yaml");

        assertEquals("minimal", kit.id());
        assertEquals("kits/valid/minimal.yaml", kit.sourceFile());
        assertEquals("Providing Clarity Pulse", kit.title());
        assertEquals("Customer-First 2027", kit.strategy());
        Session session = kit.sessions().get(0);
        assertEquals("providing-clarity", session.id());
        assertEquals(SessionFormat.PULSE, session.format());
        assertEquals(Optional.of(1), session.week());
        assertEquals(
                List.of(
                        "Now that you've heard about our Customer-First 2027: what questions do you have, and what is unclear?"),
                sources(session.prompts()));
    }

    @Test
    void strategyDefaultsToTitle() {
        assertEquals("Strategy Week", valid("kits/valid/defaults.yaml").strategy());
    }

    @Test
    void languageAndTimezoneDefaultFromConfiguration() {
        Kit kit = valid("kits/valid/defaults.yaml");

        assertEquals("en", kit.language());
        assertEquals(ZoneId.of("UTC"), kit.timezone());
    }

    @Test
    void languageDefaultComesFromKitDefaults() {
        Path file = Kits.RESOURCES.resolve("kits/valid/defaults.yaml");
        LoadResult result = new KitLoader(
                        file.getParent(), Kits.RESOURCES, new KitDefaults("fr", ZoneId.of("Europe/Paris")))
                .load(file);

        assertEquals(List.of(), result.problems());
        assertEquals("fr", result.kits().get(0).language());
        assertEquals(ZoneId.of("Europe/Paris"), result.kits().get(0).timezone());
    }

    @Test
    void sessionIdDefaultsToSluggedTitle() {
        assertEquals(
                "ueberblick-ziele",
                valid("kits/valid/defaults.yaml").sessions().get(0).id());
    }

    @Test
    void sessionFormatDefaultsToMeeting() {
        assertEquals(
                SessionFormat.MEETING,
                valid("kits/valid/defaults.yaml").sessions().get(0).format());
    }

    @Test
    void sessionDurationDefaultsToTheAgendaTotal() {
        Session session = valid("kits/valid/defaults.yaml").sessions().get(0);

        assertEquals(Duration.ofMinutes(45 + 90), session.duration());
    }

    @Test
    void optionalPartsAreEmptyWhenAbsent() {
        Kit kit = valid("kits/valid/defaults.yaml");

        assertEquals(Optional.empty(), kit.summary());
        assertEquals(Optional.empty(), kit.owner());
        assertEquals(Optional.empty(), kit.start());
        assertEquals(Optional.empty(), kit.scorecard());
        assertTrue(kit.tags().isEmpty());
        assertTrue(kit.attachments().isEmpty());
        assertTrue(kit.phases().isEmpty());
    }

    @Test
    void singlePromptIsTheSessionsOnlyPrompt() {
        Session session = valid("kits/valid/minimal.yaml").sessions().get(0);

        assertEquals(1, session.prompts().size());
    }

    @Test
    void anUnnamedBreakHasNoTitle() {
        AgendaItem item =
                valid("kits/valid/agenda.yaml").sessions().get(0).agenda().get(1);

        assertEquals(
                AgendaItem.pause(Optional.empty(), Duration.ofMinutes(15), Optional.empty(), Optional.empty()), item);
    }

    @Test
    void breaksCountTowardsTheAgendaTotal() {
        Session session = valid("kits/valid/agenda.yaml").sessions().get(0);

        assertEquals(
                List.of(false, true, false),
                session.agenda().stream().map(AgendaItem::isBreak).toList());
        assertEquals(Duration.ofMinutes(45), session.duration());
    }

    @Test
    void taskIsAPlainStringOrAMapping() {
        List<Task> tasks = valid("kits/valid/tasks.yaml").sessions().get(0).followUp();

        assertEquals("Share the slides", tasks.get(0).item());
        assertEquals(Optional.empty(), tasks.get(0).due());
        assertEquals("Collect feedback", tasks.get(1).item());
        assertEquals(
                new SourcePosition("kits/valid/tasks.yaml", 5, 9), tasks.get(0).position());
        assertEquals(
                new SourcePosition("kits/valid/tasks.yaml", 6, 9), tasks.get(1).position());
    }

    @Test
    void relativeDueDatesCountDaysAndWeeks() {
        List<Task> tasks = valid("kits/valid/tasks.yaml").sessions().get(0).followUp();

        assertEquals(Optional.of(new RelativeDue(2, "+2d")), tasks.get(1).due());
        assertEquals(Optional.of(new RelativeDue(-7, "-1w")), tasks.get(2).due());
    }

    @Nested
    class FullKit {
        private final Kit kit = valid("kits/valid/full.yaml");

        @Test
        void topLevelFields() {
            assertEquals("full", kit.id());
            assertEquals("Organizational Alignment", kit.title());
            assertEquals("Customer-First 2027", kit.strategy());
            assertEquals(
                    "Roll out Customer-First 2027 across all departments.\n\nEveryone knows what changes for them.",
                    kit.summary().orElseThrow().source());
            assertEquals(Optional.of("Strategy Office"), kit.owner());
            assertEquals("de-CH", kit.language());
            assertEquals(List.of("alignment", "rollout"), kit.tags());
            assertEquals(Optional.of(LocalDate.of(2027, 1, 11)), kit.start());
            assertEquals(ZoneId.of("Europe/Berlin"), kit.timezone());
        }

        @Test
        void attachmentsAreResolvedInsideTheContentFolder() {
            Path content = Kits.RESOURCES.resolve("kits/valid").toAbsolutePath().normalize();

            assertEquals(
                    List.of(
                            new Attachment(
                                    "full/handout.txt",
                                    "Participant handout",
                                    content.resolve("full/handout.txt"),
                                    Audience.FACILITATORS),
                            new Attachment(
                                    "full/checklist.txt",
                                    "checklist.txt",
                                    content.resolve("full/checklist.txt"),
                                    Audience.FACILITATORS)),
                    kit.attachments());
        }

        @Test
        void stakeholdersAndRoles() {
            assertEquals(
                    List.of(new Stakeholder(
                            "Sales",
                            Optional.of(Impact.HIGH),
                            Optional.of("Dana Reyes"),
                            Optional.of(new Markdown("Quotas under Customer-First 2027.")),
                            new SourcePosition("kits/valid/full.yaml", 17, 5))),
                    kit.stakeholders());
            assertEquals(
                    List.of(new Role(
                            "Facilitator",
                            Optional.of("Alex Kim"),
                            Optional.of(new Markdown("Keeps the group on time.")))),
                    kit.roles());
        }

        @Test
        void groundRulesInputsAndOutcomes() {
            assertEquals(List.of("Phones away."), sources(kit.groundRules()));
            assertEquals(List.of("Last year's numbers."), sources(kit.inputs()));
            assertEquals(List.of("A shared plan."), sources(kit.outcomes()));
        }

        @Test
        void phasesWithChecklists() {
            Phase phase = kit.phases().get(0);

            assertEquals("Pre-meeting preparation", phase.title());
            assertEquals(
                    List.of("Book the room", "Send the invitation"),
                    phase.checklist().stream().map(Task::item).toList());
            Task invitation = phase.checklist().get(1);
            assertEquals(Optional.of(new Markdown("Include the agenda.")), invitation.details());
            assertEquals(Optional.of("Facilitator"), invitation.owner());
            assertEquals(Optional.of(new RelativeDue(-7, "-1w")), invitation.due());
        }

        @Test
        void sessionFields() {
            Session session = kit.sessions().get(0);

            assertEquals("kickoff", session.id());
            assertEquals("Kick-off", session.title());
            assertEquals(Optional.of(2), session.week());
            assertEquals(Optional.of(LocalDate.of(2027, 1, 20)), session.date());
            assertEquals(SessionFormat.WORKSHOP, session.format());
            assertEquals(Optional.of(LocalTime.of(9, 30)), session.startTime());
            assertEquals(Duration.ofHours(2), session.duration());
            assertEquals(Optional.of(new Markdown("Agree on Organizational Alignment.")), session.objective());
            assertEquals(
                    List.of("What does Customer-First 2027 mean for you?", "What is unclear?"),
                    sources(session.prompts()));
            assertEquals(List.of("Start on time."), sources(session.tips()));
            assertEquals(List.of("Flip chart"), sources(session.materials()));
            assertEquals(
                    Optional.of(new Markdown("No sessions launched. Teams discuss with Strategy Office.")),
                    session.then());
            assertEquals(new SourcePosition("kits/valid/full.yaml", 40, 5), session.position());
        }

        @Test
        void agendaItems() {
            List<AgendaItem> agenda = kit.sessions().get(0).agenda();

            assertEquals(
                    List.of(
                            AgendaItem.plain(
                                    "Welcome",
                                    Duration.ofMinutes(10),
                                    Optional.of("Alex Kim"),
                                    Optional.of(new Markdown("Keep it short."))),
                            AgendaItem.pause(
                                    Optional.empty(), Duration.ofMinutes(15), Optional.empty(), Optional.empty())),
                    agenda);
        }

        @Test
        void followUpTasks() {
            Task minutes = kit.sessions().get(0).followUp().get(0);

            assertEquals("Send the minutes", minutes.item());
            assertEquals(Optional.of(new Markdown("To all participants.")), minutes.details());
            assertEquals(Optional.of("Note-taker"), minutes.owner());
            assertEquals(Optional.of(new RelativeDue(2, "+2d")), minutes.due());
        }

        @Test
        void scorecardWithKpis() {
            Scorecard scorecard = kit.scorecard().orElseThrow();

            assertEquals(91, scorecard.reviewEveryDays());
            assertEquals("13w", scorecard.reviewEveryWritten());
            Kpi kpi = scorecard.kpis().get(0);
            assertEquals(
                    List.of(new Kpi(
                            "Lead generation",
                            Optional.of("Sales"),
                            Optional.of("leads / month"),
                            Optional.of(new BigDecimal("120")),
                            Optional.of(new BigDecimal("150.5")),
                            KpiDirection.INCREASE,
                            List.of(),
                            kpi.position())),
                    scorecard.kpis());
        }
    }
}
