package dev.alignkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.render.Views.AgendaRow;
import dev.alignkit.render.Views.ReviewedAction;
import dev.alignkit.support.PrintFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An agenda item with {@code review_actions: true} lists what earlier sessions and the phases left open. */
class ReviewActionsTest {
    private static final Path KIT = Path.of("src/test/resources/kits/review/review-actions.yaml");
    private static final PrintFixture PRINT = new PrintFixture();

    private static List<AgendaRow> agenda() {
        return PRINT.view(PrintFixture.loadKit(KIT)).sessions().get(1).agenda().rows();
    }

    @Test
    void theItemListsTheOpenFollowUpsOfEarlierSessionsAndThePhasesItemsDueBeforeTheSession() {
        assertEquals(
                List.of(
                        new ReviewedAction(
                                "send-the-minutes",
                                "Send the minutes",
                                "Note-taker",
                                "Jan 6, 2027",
                                "Kick-off",
                                "facilitators/review-actions/kick-off.html#task-send-the-minutes"),
                        new ReviewedAction(
                                "book-the-room",
                                "Book the room",
                                null,
                                "Jan 7, 2027",
                                "Preparation",
                                "facilitators/review-actions/index.html#task-book-the-room")),
                agenda().get(0).reviewActions());
    }

    @Test
    void anItemWithoutTheKeyListsNothing() {
        AgendaRow next = agenda().get(1);
        assertFalse(next.reviewsActions());
        assertEquals(List.of(), next.reviewActions());
    }

    @Test
    void theFacilitatorGuideMarksTheItemAndPrintsTheListUnderItsNameAfterTheAgenda() {
        String xhtml = PRINT.xhtml(PrintFixture.loadKit(KIT), PrintDocument.FACILITATOR_GUIDE);
        int item = xhtml.indexOf("What is still open");
        int next = xhtml.indexOf("Next steps", item);
        assertTrue(xhtml.substring(item, next).contains("Open actions from earlier sessions"), xhtml);
        int list = xhtml.indexOf("Open actions from earlier sessions: What is still open", next);
        assertTrue(list > next, "the list follows the agenda, under the item's name: " + xhtml);
        String listed = xhtml.substring(list, xhtml.indexOf("</ul>", list));
        assertTrue(listed.contains("Send the minutes"), listed);
        assertFalse(listed.contains("Share the slides"), "a done action is not reviewed");
    }

    @Test
    void theParticipantHandoutDoesNotListThem() {
        String xhtml = PRINT.xhtml(PrintFixture.loadKit(KIT), PrintDocument.PARTICIPANT_HANDOUT);
        assertFalse(xhtml.contains("Send the minutes"), xhtml);
    }
}
