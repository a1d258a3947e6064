package dev.alignkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alignkit.render.Views.LedgerGroup;
import dev.alignkit.render.Views.LedgerRow;
import dev.alignkit.render.Views.LedgerView;
import dev.alignkit.support.PrintFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The follow-up checklist's ledger: one chronological list from the preparation to the last check-in. */
class FollowUpLedgerTest {
    private static final PrintFixture FIXTURE = new PrintFixture();
    private static final Views.KitView VIEW =
            FIXTURE.view(PrintFixture.loadKit(Path.of("src/test/resources/render/ledger-kit.yaml")));
    private static final LedgerView LEDGER = FollowUpLedger.of(VIEW, FIXTURE.messages("en"));

    @Test
    void actionsAreGroupedByPeriodFromBeforeTheFirstSessionToTheYearOfCheckIns() {
        assertEquals(
                List.of("before", "during", "after", "year", "undated"),
                LEDGER.groups().stream().map(LedgerGroup::period).toList());
        assertEquals(
                List.of(
                        "Before the first session",
                        "During the sessions",
                        "After the sessions",
                        "Through the year: scorecard check-ins",
                        "Without a date"),
                LEDGER.groups().stream().map(LedgerGroup::title).toList());
    }

    @Test
    void eachPeriodIsInDueDateOrderWhateverSessionOrPhaseTheActionComesFrom() {
        assertEquals(List.of("Brief the sponsor", "Book the room"), items("before"));
        assertEquals(List.of("Send the minutes"), items("during"));
        // the second session's action is due before the first session's later one
        assertEquals(List.of("Share the decisions", "Agree the budget"), items("after"));
    }

    @Test
    void checkInsTakeTheirPlaceAmongTheActionsOfTheYear() {
        assertEquals(
                List.of(
                        "Scorecard check-in 1 (Day 90)",
                        "Scorecard check-in 2 (Day 180)",
                        "Review the scorecard with the board",
                        "Scorecard check-in 3 (Day 270)",
                        "Scorecard check-in 4 (Day 360)"),
                items("year"));
    }

    @Test
    void actionsWithoutADateComeLastWithWhereTheyComeFrom() {
        LedgerRow undated = group("undated").rows().get(0);
        assertEquals("Print the handouts", undated.task().item());
        assertEquals("Preparation", undated.where());
    }

    @Test
    void kpiValuesArePrintedInTablesOfAtMostFourCheckIns() {
        Views.KitView monthly =
                FIXTURE.view(PrintFixture.loadKit(Path.of("src/test/resources/render/ledger-monthly-kit.yaml")));
        assertEquals(
                List.of(4, 4, 4, 1),
                FollowUpLedger.of(monthly, FIXTURE.messages("en")).checkInColumns().stream()
                        .map(List::size)
                        .toList());
    }

    private static List<String> items(String period) {
        return group(period).rows().stream()
                .map(r -> r.task() != null ? r.task().item() : r.checkIn())
                .toList();
    }

    private static LedgerGroup group(String period) {
        return LEDGER.groups().stream()
                .filter(g -> g.period().equals(period))
                .findFirst()
                .orElseThrow();
    }
}
