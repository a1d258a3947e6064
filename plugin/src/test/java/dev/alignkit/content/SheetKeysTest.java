package dev.alignkit.content;

import static dev.alignkit.content.Kits.onlyProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The printing keys: a kit's poster size, the sheets a kit or session asks for, and the number of participants. */
class SheetKeysTest {
    @Test
    void aKitNamesItsPosterSizeInAnyCase() {
        assertEquals(
                Optional.of(PosterSize.A3), Kits.valid("kits/sheets/valid.yaml").posterSize());
    }

    @Test
    void aKitAndASessionNameTheSheetsTheyNeedInTheirOrder() {
        Kit kit = Kits.valid("kits/sheets/valid.yaml");
        assertEquals(List.of(Sheet.CANVAS, Sheet.QUESTION_CARDS, Sheet.ATTENDANCE), kit.sheets());
        assertEquals(
                List.of(Sheet.FEEDBACK, Sheet.ATTENDANCE), kit.sessions().get(0).sheets());
        assertEquals(List.of(), kit.sessions().get(1).sheets());
    }

    @Test
    void participantsAreReadOnTheKitAndOnASession() {
        Kit kit = Kits.valid("kits/sheets/valid.yaml");
        assertEquals(Optional.of(500), kit.participants());
        assertEquals(Optional.of(40), kit.sessions().get(0).participants());
        assertEquals(Optional.empty(), kit.sessions().get(1).participants());
    }

    @Test
    void anUnknownSheetIsAnErrorAtItsPositionWithASuggestion() {
        assertEquals(
                "kits/sheets/misspelt-sheet.yaml:6:9: error: 'sheets' of a session names 'parkinglot', which is not a"
                        + " sheet (did you mean 'parking_lot'?); write one of " + String.join(", ", Sheet.keys()),
                onlyProblem("kits/sheets/misspelt-sheet.yaml"));
    }

    @Test
    void aSheetNamedTwiceIsAnErrorAtTheSecondName() {
        assertEquals(
                "kits/sheets/repeated-sheet.yaml:2:28: error: 'sheets' of the kit names 'feedback' twice; keep one of"
                        + " them",
                onlyProblem("kits/sheets/repeated-sheet.yaml"));
    }

    @Test
    void moreParticipantsThanAnAttendanceSheetPrintsIsAnError() {
        assertEquals(
                "kits/sheets/too-many-participants.yaml:2:15: error: 'participants' of the kit is 2001, more than the"
                        + " limit of 2000 that an attendance sheet prints rows for; split the day into groups with"
                        + " sessions of their own, each with its own 'participants:'",
                onlyProblem("kits/sheets/too-many-participants.yaml"));
    }

    @Test
    void participantsMustBeAWholeNumber() {
        assertEquals(
                "kits/sheets/participants-not-a-number.yaml:4:19: error: 'participants' of a session 'about 40' is not"
                        + " valid; write the expected number of people as a whole number, like 40",
                onlyProblem("kits/sheets/participants-not-a-number.yaml"));
    }

    @Test
    void anUnknownPosterSizeListsTheSizes() {
        assertEquals(
                "kits/sheets/unknown-poster-size.yaml:2:14: error: 'poster_size' of the kit 'A0' is not valid; write"
                        + " one of A4, A3, A2, A1, Letter, Tabloid",
                onlyProblem("kits/sheets/unknown-poster-size.yaml"));
    }
}
