package dev.alignkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.content.Kit;
import dev.alignkit.render.Views.AgendaRow;
import dev.alignkit.render.Views.KitView;
import dev.alignkit.render.Views.SessionView;
import dev.alignkit.support.PrintFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class KitViewBuilderTest {
    private static final Kit KIT = PrintFixture.loadKit(Path.of("src/test/resources/render/timed-kit.yaml"));
    private static final KitView VIEW = new PrintFixture().view(KIT);
    private static final KitView DESCRIBED =
            new PrintFixture().view(PrintFixture.loadKit(Path.of("src/test/resources/render/described-kit.yaml")));

    private static SessionView session(int number) {
        return VIEW.sessions().get(number - 1);
    }

    @Test
    void agendaItemsGetClockTimesFromTheSessionStart() {
        List<AgendaRow> agenda = session(2).agenda().rows();
        assertEquals(
                List.of("09:30", "09:45", "10:30"),
                agenda.stream().map(AgendaRow::start).toList());
        assertEquals(
                List.of("09:45", "10:30", "11:00"),
                agenda.stream().map(AgendaRow::end).toList());
        assertEquals("1 h 30 min", session(2).agenda().total());
    }

    @Test
    void agendaWithoutStartTimeHasNoClockTimes() {
        assertNull(session(1).agenda().rows().get(0).start());
    }

    @Test
    void breakRowsAreMarkedAndLabelled() {
        AgendaRow row = session(2).agenda().rows().get(1);
        assertEquals("Break", row.title());
        assertEquals(true, row.pause());
    }

    @Test
    void anUnnamedBreakIsNamedInTheKitsLanguage() {
        KitView german = new PrintFixture()
                .view(PrintFixture.loadKit(Path.of("src/test/resources/render/german-breaks-kit.yaml")));
        assertEquals("Pause", german.sessions().get(0).agenda().rows().get(1).title());
    }

    @Test
    void aBreakTitledBreakKeepsItsTitleInAGermanKit() {
        KitView german = new PrintFixture()
                .view(PrintFixture.loadKit(Path.of("src/test/resources/render/german-breaks-kit.yaml")));
        AgendaRow written = german.sessions().get(0).agenda().rows().get(3);
        assertEquals("Break", written.title());
        assertTrue(written.pause());
    }

    @Test
    void sessionEndsAfterItsDeclaredDuration() {
        assertEquals("09:30", session(2).schedule().startTime());
        assertEquals("11:00", session(2).schedule().endTime());
    }

    @Test
    void weekGivesADateCountedFromTheKitStart() {
        assertEquals("2027-01-11", session(1).schedule().isoDate());
        assertEquals("2027-01-25", session(2).schedule().isoDate());
    }

    @Test
    void explicitDateWinsOverWeek() {
        assertEquals("2027-03-04", session(3).schedule().isoDate());
    }

    @Test
    void followUpDueDatesAreRelativeToTheSession() {
        var task = session(2).followUp().get(0);
        assertEquals("2 days after the session", task.due());
        assertEquals("Jan 27, 2027", task.dueDate());
    }

    @Test
    void phaseTasksAreDueRelativeToTheKitStart() {
        var task = VIEW.tracking().phases().get(0).checklist().get(0);
        assertEquals("1 week before the start", task.due());
        assertEquals("Jan 4, 2027", task.dueDate());
    }

    @Test
    void scorecardListsDatedCheckInsForTheFirstYear() {
        var checkIns = VIEW.tracking().scorecard().checkIns();
        assertEquals(4, checkIns.size());
        assertEquals("Day 90", checkIns.get(0).label());
        assertEquals("Apr 11, 2027", checkIns.get(0).date());
        assertEquals("Day 360", checkIns.get(3).label());
    }

    @Test
    void stakeholdersAreGroupedByImpactHighestFirst() {
        assertEquals(
                List.of("high", "low"),
                VIEW.people().stakeholderGroups().stream().map(g -> g.impact()).toList());
    }

    @Test
    void kitIsDescribedByTheFirstParagraphOfItsSummaryWithoutMarkup() {
        assertEquals(
                "Gets Sales & Finance behind <Growth 2027>.", DESCRIBED.texts().description());
    }

    @Test
    void sessionIsDescribedByItsObjectiveWithoutMarkup() {
        assertEquals(
                "Agree three owners and dates for the plan.",
                DESCRIBED.sessions().get(0).texts().description());
    }

    @Test
    void longDescriptionIsCutAtAWordBoundary() {
        String description = DESCRIBED.sessions().get(1).texts().description();
        assertEquals(
                "Every department leaves with a shared picture of the strategy, the three initiatives that matter most this year,"
                        + " the owners who carry them, the dates they committed to, and the\u2026",
                description);
    }

    @Test
    void sessionWithoutObjectiveIsDescribedByTheStrategy() {
        assertEquals("Growth 2027", DESCRIBED.sessions().get(2).texts().description());
    }

    @Test
    void teaserOnTheIndexKeepsWhatLinksSayButNotTheLinks() {
        // the index is one folder up from the kit, and each card links its kit already
        KitView linked = new PrintFixture()
                .view(PrintFixture.loadKit(Path.of("src/test/resources/render/linked-summary-kit.yaml")));
        assertEquals(
                "Read the <strong>strategy</strong> in the brief and on the intranet.",
                linked.texts().teaser().markup());
        assertTrue(
                linked.texts().summary().markup().contains("<a href=\"files/brief.pdf\">the brief</a>"),
                linked.texts().summary().markup());
    }
}
