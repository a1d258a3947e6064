package dev.alignkit.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.alignkit.content.Kit;
import dev.alignkit.content.Markdown;
import dev.alignkit.content.Session;
import dev.alignkit.print.PrintedKits.PrintedDocument;
import dev.alignkit.print.PrintedPages.Line;
import dev.alignkit.print.PrintedPages.Page;
import dev.alignkit.print.PrintedPages.Placed;
import dev.alignkit.render.PrintDocument;
import dev.alignkit.render.Views.AgendaRow;
import dev.alignkit.render.Views.SessionView;
import dev.alignkit.support.PrintFixture;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The print check: every PDF of every example kit, read back as a facilitator would look at it, in A4 and Letter,
 * English and German. Each test is one rule a designer's layout keeps.
 */
class PrintCheckTest {
    /** Type on the poster, at A4 scale: readable from the back of a meeting room. */
    private static final float POSTER_MINIMUM_POINTS = 28;
    /** Body text of the paged documents. */
    private static final float BODY_MINIMUM_POINTS = 10;
    /** Words of a facilitator text looked for in a participant handout. */
    private static final int TELLING_WORDS = 5;
    /** Shorter facilitator texts ("Decision log", "VROM cost-estimate template") may rightly name an agenda item. */
    private static final int SHORTEST_TELLING_TEXT = 4;

    static Stream<PrintedDocument> everyDocument() {
        return PrintedKits.all().stream();
    }

    static Stream<PrintedDocument> pagedDocuments() {
        return PrintedKits.all().stream().filter(d -> d.kind() != PrintDocument.GROUND_RULES);
    }

    static Stream<PrintedDocument> agendaDocuments() {
        return Stream.concat(
                PrintedKits.of(PrintDocument.FACILITATOR_GUIDE), PrintedKits.of(PrintDocument.PARTICIPANT_HANDOUT));
    }

    static Stream<PrintedDocument> participantHandouts() {
        return PrintedKits.of(PrintDocument.PARTICIPANT_HANDOUT);
    }

    static Stream<PrintedDocument> facilitatorGuides() {
        return PrintedKits.of(PrintDocument.FACILITATOR_GUIDE);
    }

    static Stream<PrintedDocument> scorecardSheets() {
        return PrintedKits.of(PrintDocument.SCORECARD_SHEET);
    }

    static Stream<PrintedDocument> posters() {
        return Stream.concat(PrintedKits.of(PrintDocument.GROUND_RULES), PrintedKits.postersOnEverySheet().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyDocument")
    void noPageHoldsOnlyNotesLines(PrintedDocument document) {
        String notes = document.msg().get("myNotes");
        for (Page page : document.pages().pages()) {
            boolean onlyNotes =
                    page.content().stream().allMatch(line -> line.text().equals(notes));
            assertTrue(!onlyNotes, document + ": page " + page.number() + " holds nothing but " + describe(page));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyDocument")
    void noHeadingStandsAtThePageFootWithNothingAfterIt(PrintedDocument document) {
        String notes = document.msg().get("myNotes");
        for (Page page : document.pages().pages()) {
            if (page.content().isEmpty()) {
                continue;
            }
            Line last = page.content().get(page.content().size() - 1);
            // The notes heading is followed by ruled lines, which are drawn, not written.
            boolean stranded = last.isHeading() && !last.text().equals(notes);
            assertTrue(
                    !stranded, document + ": page " + page.number() + " ends with the heading '" + last.text() + "'");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pagedDocuments")
    void noPageIsASmallLeftoverOfTheSectionBefore(PrintedDocument document) {
        List<String> leftovers = LeftoverPages.of(document.pages()).stream()
                .map(page -> "page " + page.number() + " is " + Math.round(page.fill() * 100)
                        + "% full and continues the section before: " + describe(page))
                .toList();
        assertTrue(leftovers.isEmpty(), document + ": " + leftovers);
    }

    /**
     * The agenda's last line: its total under the table, or else the last line before the next heading. The last row's
     * title is not its end: a row's notes and method run on below it.
     */
    private static int endOfAgenda(List<Placed> lines, int lastRowTitle, String total) {
        int end = lastRowTitle;
        for (int i = lastRowTitle + 1; i < lines.size() && !lines.get(i).line().isHeading(); i++) {
            end = i;
            if (lines.get(i).line().text().startsWith(total)) {
                return i;
            }
        }
        return end;
    }

    private static int firstSessionHeading(List<Placed> lines, PrintedDocument document) {
        String session = document.msg().get("session") + " ";
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).line().isHeading() && lines.get(i).line().text().startsWith(session)) {
                return i;
            }
        }
        return 0;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agendaDocuments")
    void anAgendaThatFitsOnOnePageIsPrintedOnOnePage(PrintedDocument document) {
        List<Placed> lines = document.pages().lines();
        String agenda = document.msg().get("agenda");
        List<Integer> headings = new ArrayList<>();
        // an attachment bound before the sessions (an agenda template, say) may have an "Agenda" heading of its own
        for (int i = firstSessionHeading(lines, document); i < lines.size(); i++) {
            if (lines.get(i).line().isHeading() && lines.get(i).line().text().equals(agenda)) {
                headings.add(i);
            }
        }
        List<String> printed = document.sessions().stream().map(Session::id).toList();
        List<SessionView> sessions = new PrintFixture()
                .view(document.kit()).sessions().stream()
                        .filter(s ->
                                printed.contains(s.id()) && !s.agenda().rows().isEmpty())
                        .toList();
        assertEquals(sessions.size(), headings.size(), document + ": one agenda heading per session with an agenda");
        for (int k = 0; k < sessions.size(); k++) {
            int start = headings.get(k);
            int end = start;
            for (AgendaRow row : sessions.get(k).agenda().rows()) {
                end = indexOfLineContaining(lines, end, firstWords(row.title(), 3));
                if (end < 0) {
                    fail(document + ": agenda row '" + row.title() + "' of session "
                            + sessions.get(k).number() + " is not printed");
                }
            }
            end = endOfAgenda(lines, end, document.msg().get("agendaTotal"));
            Page first = lines.get(start).page();
            Page last = lines.get(end).page();
            if (first != last) {
                float height = heightOnPages(lines.subList(start, end + 1));
                assertTrue(
                        height > first.contentHeight(),
                        document + ": the agenda of session " + sessions.get(k).number()
                                + " is " + Math.round(height) + " pt tall, the page holds "
                                + Math.round(first.contentHeight())
                                + " pt, yet it runs from page " + first.number() + " to page " + last.number());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scorecardSheets")
    void scorecardSheetIsOnePageWithEveryKpi(PrintedDocument document) {
        assertEquals(1, document.pages().pages().size(), document + " runs onto more pages");
        // word by word: a name wraps within its cell, and the owner's cell beside it is read in between; a word
        // hyphenated at a line's end is read joined as well as apart
        String text = document.pages().text();
        List<String> words = new ArrayList<>(Arrays.asList(text.split("[^\\p{L}\\p{N}]+")));
        words.addAll(Arrays.asList(text.replaceAll("-\\s+", "").split("[^\\p{L}\\p{N}]+")));
        for (var kpi : document.kit().scorecard().orElseThrow().kpis()) {
            assertTrue(
                    words.containsAll(Arrays.asList(kpi.name().split("[^\\p{L}\\p{N}]+"))),
                    document + " leaves out the KPI '" + kpi.name() + "'");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("posters")
    void groundRulesPosterIsOnePage(PrintedDocument document) {
        assertEquals(
                1,
                document.pages().size(),
                document + " runs to " + document.pages().size() + " pages");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("posters")
    void groundRulesAreSetInPosterTypeAtA4Scale(PrintedDocument document) {
        String rules = document.kit().groundRules().stream()
                .map(r -> plain(r.source()))
                .reduce("", (a, b) -> a + " " + b);
        for (Page page : document.pages().pages()) {
            float minimum = POSTER_MINIMUM_POINTS * a4Scale(page);
            for (Line line : allLines(page)) {
                String words = line.text().replaceFirst("^\\d+\\.\\s*", "");
                if (!words.isEmpty() && rules.contains(words)) {
                    assertTrue(
                            line.fontSize() >= minimum - 0.05f,
                            document + ": rule text '" + line.text() + "' is set in " + line.fontSize()
                                    + " pt, less than " + minimum + " pt");
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("posters")
    void groundRulesPosterHasNoRunningHeaderFooterOrPageNumber(PrintedDocument document) {
        String pageLabel = document.msg().get("pdfPage") + " 1";
        for (Page page : document.pages().pages()) {
            for (Line line : allLines(page)) {
                assertTrue(!line.text().contains(pageLabel), document + " prints a page number: " + line.text());
                assertTrue(
                        line.fontSize() >= 11,
                        document + " prints small running text: '" + line.text() + "' at " + line.fontSize() + " pt");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pagedDocuments")
    void bodyTextIsAtLeastTenPoint(PrintedDocument document) {
        float body = bodySize(document.pages());
        assertTrue(body >= BODY_MINIMUM_POINTS - 0.05f, document + ": body text is " + body + " pt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("participantHandouts")
    void participantHandoutHoldsNoFacilitatorText(PrintedDocument document) {
        String text = document.pages().text();
        for (String facilitatorText : facilitatorTexts(document.kit())) {
            String telling = firstWords(facilitatorText, TELLING_WORDS);
            if (telling.split(" ").length >= SHORTEST_TELLING_TEXT) {
                assertTrue(!text.contains(telling), document + " prints facilitator text: '" + facilitatorText + "'");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("participantHandouts")
    void participantHandoutCarriesWhatIsWrittenForParticipants(PrintedDocument document) {
        String text = document.pages().text().replaceAll("\\s+", " ");
        for (String participantText : participantTexts(document)) {
            String telling = firstWords(participantText, TELLING_WORDS);
            assertTrue(text.contains(telling), document + " leaves out participant text: '" + participantText + "'");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("participantHandouts")
    void aSessionsHandoutPrintsNoOtherSessionsPrompts(PrintedDocument document) {
        String text = document.pages().text().replaceAll("\\s+", " ");
        for (Session other : document.kit().sessions()) {
            if (document.sessions().contains(other)) {
                continue;
            }
            for (Markdown prompt : other.prompts()) {
                String telling = firstWords(prompt.source(), 8);
                boolean alsoPrinted = document.sessions().stream()
                        .flatMap(s -> s.prompts().stream())
                        .anyMatch(p -> firstWords(p.source(), 8).equals(telling));
                assertTrue(
                        alsoPrinted || !text.contains(telling),
                        document + " prints the prompt of session '" + other.title() + "': " + telling);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("facilitatorGuides")
    void tableOfContentsPointsToThePageOfEachSession(PrintedDocument document) {
        Pattern entry = Pattern.compile("^(\\d+)\\. (.+?)[ .]*?\\s(\\d+)$");
        Page contents = document.pages().pages().stream()
                .filter(p -> p.content().stream()
                        .anyMatch(l ->
                                l.isHeading() && l.text().equals(document.msg().get("contents"))))
                .findFirst()
                .orElseThrow(() -> new AssertionError(document + " has no table of contents"));
        int sessionsListed = 0;
        for (Line line : contents.content()) {
            Matcher m = entry.matcher(line.text().replaceAll("\\.{2,}", " ").replaceAll("\\s+", " "));
            if (!m.matches()) {
                continue;
            }
            String heading = document.msg().get("session") + " " + m.group(1) + ": "
                    + m.group(2).strip();
            int printed = Integer.parseInt(m.group(3));
            Optional<Page> actual = document.pages().pages().stream()
                    .filter(p -> sectionHeadings(p).contains(heading))
                    .findFirst();
            assertTrue(
                    actual.isPresent(),
                    document + ": contents entry '" + line.text() + "' has no heading '" + heading + "'");
            assertEquals(actual.get().number(), printed, document + ": contents entry '" + heading + "'");
            sessionsListed++;
        }
        assertEquals(document.kit().sessions().size(), sessionsListed, document + ": every session is in the contents");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("facilitatorGuides")
    void lastSessionIsNotFollowedByUntilTheNextSession(PrintedDocument document) {
        Session last = document.kit().sessions().get(document.kit().sessions().size() - 1);
        String heading =
                document.msg().get("session") + " " + document.kit().sessions().size() + ": " + last.title();
        String text = document.pages().text();
        int at = text.lastIndexOf(heading);
        assertTrue(at >= 0, document + " has no heading '" + heading + "'");
        assertTrue(
                !text.substring(at).contains(document.msg().get("then")),
                document + " says '" + document.msg().get("then") + "' after the last session");
    }

    /** The h1 and h2 headings of a page, a heading wrapped over several lines read as one. */
    private static List<String> sectionHeadings(Page page) {
        List<String> headings = new ArrayList<>();
        Line previous = null;
        for (Line line : page.content()) {
            boolean continued = previous != null
                    && previous.isSectionHeading()
                    && line.isSectionHeading()
                    && line.fontSize() == previous.fontSize();
            if (continued) {
                headings.set(headings.size() - 1, headings.get(headings.size() - 1) + " " + line.text());
            } else if (line.isSectionHeading()) {
                headings.add(line.text());
            }
            previous = line;
        }
        return headings;
    }

    /** What only a facilitator may read: taken from the loaded kit, so every example kit and every edit is covered. */
    private static List<String> facilitatorTexts(Kit kit) {
        List<String> texts = new ArrayList<>();
        kit.inputs().forEach(i -> texts.add(i.source()));
        kit.summary().ifPresent(s -> texts.addAll(paragraphs(s)));
        kit.stakeholders().forEach(st -> st.concerns().ifPresent(c -> texts.add(c.source())));
        kit.roles().forEach(r -> r.duties().ifPresent(d -> texts.add(d.source())));
        kit.attachments().stream().filter(a -> !a.forParticipants()).forEach(a -> texts.add(a.title()));
        for (Session s : kit.sessions()) {
            s.tips().forEach(t -> texts.add(t.source()));
            s.materials().forEach(m -> texts.add(m.source()));
            s.objective().ifPresent(o -> texts.addAll(paragraphs(o)));
            s.agenda().forEach(a -> a.notes().ifPresent(n -> texts.add(n.source())));
            s.agenda()
                    .forEach(a -> a.method().ifPresent(m -> {
                        m.steps().forEach(step -> texts.add(step.text().source()));
                        m.summary().ifPresent(summary -> texts.add(summary.source()));
                        m.setup().ifPresent(setup -> texts.add(setup.source()));
                        m.materials().forEach(material -> texts.add(material.source()));
                    }));
        }
        return texts;
    }

    /**
     * What is written for participants and belongs in this handout: the invitation, the pre-reading and their attachments
     * with the first session, and the brief of each session it prints.
     */
    private static List<String> participantTexts(PrintedDocument document) {
        Kit kit = document.kit();
        List<String> texts = new ArrayList<>();
        if (document.printsFirstSession()) {
            kit.invitation().ifPresent(i -> texts.addAll(paragraphs(i)));
            kit.preReading().forEach(r -> texts.add(r.source()));
            kit.attachments().stream().filter(a -> a.forParticipants()).forEach(a -> texts.add(a.title()));
        }
        document.sessions().forEach(s -> s.brief().ifPresent(b -> texts.addAll(paragraphs(b))));
        return texts;
    }

    private static List<String> paragraphs(Markdown markdown) {
        return Arrays.stream(markdown.source().split("\\n\\s*\\n"))
                .filter(p -> !p.isBlank())
                .toList();
    }

    /** Markdown as it reads on paper: no markup, no link targets, one space between words. */
    private static String plain(String markdown) {
        return markdown.replaceAll("\\]\\([^)]*\\)", "")
                .replaceAll("(?m)^\\s*([-*+]|\\d+\\.|#+)\\s+", "")
                .replaceAll("[*_`\\[\\]|]", "")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static String firstWords(String markdown, int count) {
        String[] words = plain(markdown).split(" ");
        return String.join(" ", Arrays.copyOf(words, Math.min(count, words.length)));
    }

    private static int indexOfLineContaining(List<Placed> lines, int from, String words) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).line().text().contains(words)) {
                return i;
            }
        }
        return -1;
    }

    /** The height a run of lines takes, added up over the pages it is spread on. */
    private static float heightOnPages(List<Placed> run) {
        float height = 0;
        Page page = null;
        float top = 0;
        float bottom = 0;
        for (Placed placed : run) {
            if (placed.page() != page) {
                height += bottom - top;
                page = placed.page();
                top = placed.line().top();
            }
            bottom = placed.line().bottom();
        }
        return height + bottom - top;
    }

    /** The most used type size of the running text (bold lines aside), weighted by characters. */
    private static float bodySize(PrintedPages pages) {
        Map<Float, Integer> characters = new TreeMap<>();
        for (Page page : pages.pages()) {
            for (Line line : page.content()) {
                // Body text is set in the regular weight: headings, table headers and row titles are bold.
                if (!line.fontName().contains("Bold")) {
                    characters.merge(
                            Math.round(line.fontSize() * 10) / 10f, line.text().length(), Integer::sum);
                }
            }
        }
        return characters.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
    }

    /** How much smaller (or larger) the page is than A4 in the same orientation. */
    private static float a4Scale(Page page) {
        float longSide = Math.max(page.width(), page.height());
        float shortSide = Math.min(page.width(), page.height());
        return Math.min(longSide / 841.89f, shortSide / 595.28f);
    }

    private static List<Line> allLines(Page page) {
        List<Line> all = new ArrayList<>(page.margins());
        all.addAll(page.content());
        return all;
    }

    private static String describe(Page page) {
        String text = page.text();
        return "'" + (text.length() > 160 ? text.substring(0, 160) + "…" : text) + "'";
    }
}
