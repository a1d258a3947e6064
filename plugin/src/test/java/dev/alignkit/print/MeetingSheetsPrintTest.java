package dev.alignkit.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.content.AgendaItem;
import dev.alignkit.content.BlockPrompt;
import dev.alignkit.content.Kit;
import dev.alignkit.content.Markdown;
import dev.alignkit.content.Session;
import dev.alignkit.print.PrintedPages.Line;
import dev.alignkit.print.PrintedPages.PageMargins;
import dev.alignkit.render.SessionSheet;
import dev.alignkit.support.PrintFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sheets a meeting is run with, for the example marketing meeting and alignment day, in A4 and Letter: the run
 * sheet (one page for a meeting of 90 minutes or less, two at most for a longer block of a day), the timekeeper card
 * and the note-taker sheet.
 */
class MeetingSheetsPrintTest {
    private static final Path EXAMPLES = Path.of("../content");
    private static final List<String> KITS = List.of("cross-departmental-marketing-meeting", "alignment-day");
    private static final List<String> PAGE_SIZES = List.of("A4", "letter");
    /** The run sheet sets prompts large: readable at arm's length while standing. */
    private static final float PROMPT_MINIMUM_POINTS = 12;
    /** The run sheet of a meeting this long or shorter fits one page. */
    private static final long ONE_PAGE_MINUTES = 90;

    /** One sheet of one session, rendered. */
    record Sheet(String name, Kit kit, Session session, SessionSheet kind, PrintedPages pages, byte[] pdf) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static List<Sheet> all;

    static synchronized List<Sheet> all() {
        if (all == null) {
            List<Sheet> sheets = new ArrayList<>();
            for (String size : PAGE_SIZES) {
                PrintFixture fixture = new PrintFixture(Optional.empty(), size);
                for (String id : KITS) {
                    Kit kit = PrintFixture.loadKit(EXAMPLES.resolve(id + ".yaml"));
                    for (Session session : kit.sessions()) {
                        if (!session.format().isMeeting() || session.agenda().isEmpty()) {
                            continue;
                        }
                        for (SessionSheet kind : SessionSheet.values()) {
                            byte[] pdf = fixture.sessionSheetPdf(kit, session.id(), kind);
                            sheets.add(new Sheet(
                                    id + " " + session.id() + " " + kind.slug() + " (" + size + ")",
                                    kit,
                                    session,
                                    kind,
                                    PrintedPages.read(pdf, PageMargins.COMPACT),
                                    pdf));
                        }
                    }
                }
            }
            all = List.copyOf(sheets);
        }
        return all;
    }

    static Stream<Sheet> runSheets() {
        return all().stream().filter(s -> s.kind() == SessionSheet.RUN_SHEET);
    }

    static Stream<Sheet> timekeeperCards() {
        return all().stream().filter(s -> s.kind() == SessionSheet.TIMEKEEPER_CARD);
    }

    static Stream<Sheet> noteTakerSheets() {
        return all().stream().filter(s -> s.kind() == SessionSheet.NOTE_TAKER_SHEET);
    }

    /** The print check's rule against small leftover pages, on every sheet: see {@link LeftoverPages}. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("all")
    void noPageIsASmallLeftoverOfTheSectionBefore(Sheet sheet) {
        List<String> leftovers = LeftoverPages.of(sheet.pages()).stream()
                .map(page -> "page " + page.number() + " is " + Math.round(page.fill() * 100)
                        + "% full and continues the section before: " + page.text())
                .toList();
        assertTrue(leftovers.isEmpty(), sheet + ": " + leftovers);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runSheets")
    void aRunSheetIsOnePageForAMeetingOfNinetyMinutesAndAtMostTwoForLonger(Sheet sheet) {
        int allowed = sheet.session().duration().toMinutes() <= ONE_PAGE_MINUTES ? 1 : 2;
        assertTrue(
                sheet.pages().size() <= allowed,
                sheet + " runs to " + sheet.pages().size() + " pages for a session of "
                        + sheet.session().duration().toMinutes() + " minutes");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runSheets")
    void aRunSheetSetsEachBlocksPromptInLargeType(Sheet sheet) {
        List<Line> lines = sheet.pages().pages().stream()
                .flatMap(p -> p.content().stream())
                .toList();
        for (AgendaItem item : sheet.session().agenda()) {
            for (BlockPrompt prompt : item.prompts()) {
                String opening = firstWords(prompt.text(), 3);
                Line line = lines.stream()
                        .filter(l -> l.text().contains(opening))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(sheet + " does not print the prompt '" + opening + "'"));
                assertTrue(
                        line.fontSize() >= PROMPT_MINIMUM_POINTS - 0.05f,
                        sheet + ": prompt '" + opening + "' is set in " + line.fontSize() + " pt");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runSheets")
    void aRunSheetCarriesEachBlocksLeadAndMethodSteps(Sheet sheet) {
        // compared without spaces: a lead or step wraps anywhere, "Note-taker" after its hyphen
        String text = sheet.pages().text().replaceAll("\\s+", "");
        for (AgendaItem item : sheet.session().agenda()) {
            item.lead()
                    .ifPresent(lead -> assertTrue(
                            text.contains(lead.replaceAll("\\s+", "")), sheet + " leaves out the lead " + lead));
            item.method()
                    .ifPresent(method -> method.steps()
                            .forEach(step -> assertTrue(
                                    text.contains(firstWords(step.text(), 4).replaceAll("\\s+", "")),
                                    sheet + " leaves out the step '"
                                            + step.text().source() + "'")));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runSheets")
    void aRunSheetHoldsNothingElse(Sheet sheet) {
        String text = sheet.pages().text().replaceAll("\\s+", " ");
        List<Markdown> elsewhere = new ArrayList<>(sheet.session().tips());
        sheet.session().objective().ifPresent(elsewhere::add);
        sheet.session().agenda().forEach(item -> item.notes().ifPresent(elsewhere::add));
        for (Markdown other : elsewhere) {
            String telling = firstWords(other, 6);
            assertFalse(text.contains(telling), sheet + " prints '" + telling + "', which belongs in the guide");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("timekeeperCards")
    void aTimekeeperCardIsOnePageWithEachBlocksEndAndTwoMinuteWarning(Sheet sheet) {
        assertEquals(
                1, sheet.pages().size(), sheet + " runs to " + sheet.pages().size() + " pages");
        String text = sheet.pages().text();
        var clock = sheet.session().startTime().orElseThrow();
        for (AgendaItem item : sheet.session().agenda()) {
            clock = clock.plus(item.duration());
            assertTrue(text.contains(clock.toString()), sheet + " leaves out the end " + clock);
            if (item.duration().toMinutes() > 2) {
                assertTrue(
                        text.contains(clock.minusMinutes(2).toString()),
                        sheet + " leaves out the warning " + clock.minusMinutes(2));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noteTakerSheets")
    void aNoteTakerSheetHasDecisionsAndActionsWithOwnerAndDateForEveryBlock(Sheet sheet) {
        long blocks =
                sheet.session().agenda().stream().filter(a -> !a.isBreak()).count();
        List<Line> lines = sheet.pages().pages().stream()
                .flatMap(p -> p.content().stream())
                .toList();
        assertEquals(
                blocks, lines.stream().filter(l -> l.text().equals("Decisions")).count(), sheet.toString());
        assertEquals(
                blocks,
                lines.stream()
                        .filter(l -> l.text().contains("Owner") && l.text().contains("Date"))
                        .count(),
                sheet.toString());
    }

    private static String firstWords(Markdown markdown, int count) {
        String[] words = markdown.source()
                .replaceAll("[*_`\\[\\]]", "")
                .replaceAll("\\s+", " ")
                .strip()
                .split(" ");
        return String.join(" ", List.of(words).subList(0, Math.min(count, words.length)));
    }

    /** Not a test: writes every sheet to a folder (default target/sheet-look) for a person to look at. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/sheet-look");
        Files.createDirectories(out);
        for (Sheet sheet : all()) {
            Files.write(out.resolve(sheet.name().replaceAll("[^A-Za-z0-9-]+", "-") + ".pdf"), sheet.pdf());
        }
    }
}
