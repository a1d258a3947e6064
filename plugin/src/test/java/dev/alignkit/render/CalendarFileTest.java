package dev.alignkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.content.Kit;
import dev.alignkit.content.Markdown;
import dev.alignkit.content.Session;
import dev.alignkit.support.PrintFixture;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CalendarFileTest {
    private static final Kit KIT = PrintFixture.loadKit(Path.of("src/test/resources/render/timed-kit.yaml"));
    private static final Theme THEME = new Theme(Optional.empty());
    /** Three dated sessions and four check-ins. */
    private static final int EVENTS = 3 + 4;

    private static String ics(Kit kit, Optional<Instant> stamp) {
        Messages msg = Messages.load(THEME, "en");
        return new CalendarFile(stamp, Optional.of("https://intranet.example.com/kits/"))
                .render(new KitViewBuilder(new MarkdownRenderer()).build(kit, msg), msg)
                .orElseThrow();
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    /**
     * The timed fixture with its "Meeting" session changed. The kit is changed after loading so that these tests hold
     * whatever the loader accepts: the calendar must be safe on its own.
     */
    private static Kit withMeeting(UnaryOperator<Session> change) {
        List<Session> sessions = KIT.sessions().stream()
                .map(s -> s.title().equals("Meeting") ? change.apply(s) : s)
                .toList();
        return new Kit(
                KIT.id(),
                KIT.sourceFile(),
                KIT.title(),
                KIT.strategy(),
                KIT.summary(),
                KIT.invitation(),
                KIT.owner(),
                KIT.language(),
                KIT.tags(),
                KIT.start(),
                KIT.timezone(),
                KIT.attachments(),
                KIT.stakeholders(),
                KIT.roles(),
                KIT.groundRules(),
                KIT.inputs(),
                KIT.preReading(),
                KIT.outcomes(),
                KIT.phases(),
                sessions,
                KIT.scorecard(),
                KIT.posterSize(),
                KIT.sheets(),
                KIT.participants());
    }

    private static Session titled(Session s, String title) {
        return new Session(
                s.id(),
                title,
                s.week(),
                s.date(),
                s.format(),
                s.startTime(),
                s.duration(),
                s.objective(),
                s.brief(),
                s.prompts(),
                s.tips(),
                s.agenda(),
                s.materials(),
                s.followUp(),
                s.then(),
                s.location(),
                s.online(),
                s.openDays(),
                s.position(),
                s.sheets(),
                s.participants());
    }

    private static Session withObjective(Session s, String objective) {
        return new Session(
                s.id(),
                s.title(),
                s.week(),
                s.date(),
                s.format(),
                s.startTime(),
                s.duration(),
                Optional.of(new Markdown(objective)),
                s.brief(),
                s.prompts(),
                s.tips(),
                s.agenda(),
                s.materials(),
                s.followUp(),
                s.then(),
                s.location(),
                s.online(),
                s.openDays(),
                s.position(),
                s.sheets(),
                s.participants());
    }

    private static Session withoutObjective(Session s) {
        return new Session(
                s.id(),
                s.title(),
                s.week(),
                s.date(),
                s.format(),
                s.startTime(),
                s.duration(),
                Optional.empty(),
                s.brief(),
                s.prompts(),
                s.tips(),
                s.agenda(),
                s.materials(),
                s.followUp(),
                s.then(),
                s.location(),
                s.online(),
                s.openDays(),
                s.position(),
                s.sheets(),
                s.participants());
    }

    private static VEvent meeting(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getUid().orElseThrow().getValue().equals("timed-kit-meeting@alignkit"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void calendarIsValidRfc5545WithOneEventPerDatedSessionAndCheckIn() throws Exception {
        Calendar calendar = parse(ics(KIT, Optional.of(Instant.parse("2026-01-01T00:00:00Z"))));
        calendar.validate();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(EVENTS, events.size());
    }

    @Test
    void timedSessionStartsAtItsClockTimeInTheKitTimeZone() {
        String ics = ics(KIT, Optional.empty());
        assertTrue(ics.contains("DTSTART;TZID=UTC:20270125T093000"), ics);
        assertTrue(ics.contains("DTEND;TZID=UTC:20270125T110000"), ics);
        assertTrue(ics.contains("BEGIN:VTIMEZONE"), ics);
    }

    @Test
    void sessionWithoutClockTimeIsAnAllDayEvent() {
        String ics = ics(KIT, Optional.empty());
        assertTrue(ics.contains("DTSTART;VALUE=DATE:20270111"), ics);
        assertTrue(ics.contains("DTEND;VALUE=DATE:20270112"), ics);
    }

    @Test
    void sameKitGivesTheSameCalendarWhateverTheClock() throws InterruptedException {
        String first = ics(KIT, Optional.empty());
        Thread.sleep(1100);
        assertEquals(first, ics(KIT, Optional.empty()));
        assertTrue(first.contains("DTSTAMP:20000101T000000Z"), first);
    }

    @Test
    void eventsLinkToTheirSessionPageWhenTheSiteUrlIsKnown() {
        assertTrue(ics(KIT, Optional.empty())
                .contains("URL:https://intranet.example.com/kits/facilitators/timed-kit/meeting.html"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r", "\r\n", "\n", "\r\r\n", "\n\r", "\u0085", "\u2028", "\u2029", "\u000B", "\f"})
    void lineBreakInATitleCannotAddAProperty(String lineBreak) throws Exception {
        Calendar calendar = parse(
                ics(withMeeting(s -> titled(s, "Meeting" + lineBreak + "DTSTART:20300101T000000Z")), Optional.empty()));
        VEvent meeting = meeting(calendar);
        assertEquals(1, meeting.getProperties("DTSTART").size());
        assertEquals(
                "20270125T093000",
                meeting.getProperty("DTSTART").map(Property::getValue).orElseThrow());
        assertEquals(
                "Timed Kit: Meeting DTSTART:20300101T000000Z",
                meeting.getSummary().getValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r", "\r\n", "\r\r\n", "\u2028"})
    void lineBreaksInATitleCannotForgeAnEvent(String lineBreak) throws Exception {
        String forged = String.join(
                lineBreak,
                "Meeting",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "UID:forged@evil",
                "DTSTAMP:20000101T000000Z",
                "DTSTART:20300101T000000Z",
                "SUMMARY:Forged");
        Calendar calendar = parse(ics(withMeeting(s -> titled(s, forged)), Optional.empty()));
        calendar.validate();
        assertEquals(EVENTS, calendar.getComponents("VEVENT").size());
        assertEquals(
                "Timed Kit: Meeting END:VEVENT BEGIN:VEVENT UID:forged@evil DTSTAMP:20000101T000000Z"
                        + " DTSTART:20300101T000000Z SUMMARY:Forged",
                meeting(calendar).getSummary().getValue());
    }

    @Test
    void noControlCharacterReachesTheFile() {
        String controls = "\u0000\u0001\u0007\b\t\u000B\f\r\u001B\u007F\u0080\u0085\u009B\u2028\u2029";
        String ics = ics(
                withMeeting(s -> withObjective(titled(s, "Meet" + controls + "ing"), "Agree" + controls + "on it")),
                Optional.empty());
        String withoutLineEnds = ics.replace("\r\n", "");
        for (char c : withoutLineEnds.toCharArray()) {
            assertTrue(
                    !Character.isISOControl(c) && c != '\u2028' && c != '\u2029',
                    "U+" + Integer.toHexString(c) + " in " + ics);
        }
    }

    @Test
    void descriptionKeepsItsParagraphBreaksAsEscapedNewlines() throws Exception {
        String ics = ics(
                withMeeting(s -> withObjective(s, "First line\rsecond line\r\n\r\nNext paragraph")), Optional.empty());
        assertTrue(ics.contains("DESCRIPTION:First line second line\\n\\nNext paragraph"), ics);
        assertEquals(
                "First line second line\n\nNext paragraph",
                meeting(parse(ics)).getDescription().getValue());
    }

    @Test
    void descriptionIsTheObjectiveAsPlainTextWithoutMarkdown() throws Exception {
        String objective = "Agree on **one** goal, _not_ three.\n\nSee [the plan](https://example.com/plan) and"
                + " [the agenda](files/agenda.pdf):\n\n1. first `step`\n2. second step\n\n- Sales &amp; Service";
        Calendar calendar = parse(ics(withMeeting(s -> withObjective(s, objective)), Optional.empty()));
        assertEquals(
                "Agree on one goal, not three.\n\nSee the plan (https://example.com/plan) and the agenda:\n\n"
                        + "1. first step\n2. second step\n\n- Sales & Service",
                meeting(calendar).getDescription().getValue());
    }

    @Test
    void sessionWithoutObjectiveIsDescribedByItsFormatsName() throws Exception {
        Calendar calendar = parse(ics(withMeeting(s -> withoutObjective(s)), Optional.empty()));
        assertEquals("Meeting", meeting(calendar).getDescription().getValue());
    }

    @Test
    void longNonAsciiTitlesAreFoldedAt75OctetsWithoutSplittingACharacter() throws Exception {
        String title =
                "Überprüfung – 日本語のワークショップ 🎯🎯 Zusammenarbeit ÄÖÜ ".repeat(6).trim();
        byte[] bytes = ics(withMeeting(s -> withObjective(titled(s, title), "Ziel: " + title)), Optional.empty())
                .getBytes(StandardCharsets.UTF_8);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"));
        int folded = 0;
        for (String line : text.substring(0, text.length() - 2).split("\r\n", -1)) {
            byte[] octets = line.getBytes(StandardCharsets.UTF_8);
            assertTrue(octets.length <= 75, octets.length + " octets: " + line);
            assertTrue(!line.contains("\r") && !line.contains("\n"), line);
            decodeStrictly(octets);
            folded += line.startsWith(" ") ? 1 : 0;
        }
        assertTrue(
                folded >= 2 * (title.getBytes(StandardCharsets.UTF_8).length / 75), "long lines are folded, not cut");
        Calendar calendar = parse(text);
        calendar.validate();
        assertEquals("Timed Kit: " + title, meeting(calendar).getSummary().getValue());
        assertEquals("Ziel: " + title, meeting(calendar).getDescription().getValue());
    }

    /** A fold inside a UTF-8 sequence leaves a physical line that is not valid UTF-8 on its own. */
    private static void decodeStrictly(byte[] line) throws CharacterCodingException {
        StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(line));
    }

    @Test
    void loneSurrogateIsDroppedNotWrittenAsAQuestionMark() throws Exception {
        String ics = ics(withMeeting(s -> titled(s, "Meet\uD83Cing \uD83C\uDFAF")), Optional.empty());
        assertEquals(
                "Timed Kit: Meeting \uD83C\uDFAF",
                meeting(parse(ics)).getSummary().getValue());
    }

    private static final Kit PLACES = PrintFixture.loadKit(Path.of("src/test/resources/kits/valid/session-place.yaml"));

    private static VEvent event(String ics, String sessionId) throws Exception {
        return parse(ics).<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getUid().orElseThrow().getValue().equals("session-place-" + sessionId + "@alignkit"))
                .findFirst()
                .orElseThrow();
    }

    private static Optional<String> property(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue);
    }

    private static String icsWithoutSiteUrl(Kit kit) {
        Messages msg = Messages.load(THEME, "en");
        return new CalendarFile(Optional.empty(), Optional.empty())
                .render(new KitViewBuilder(new MarkdownRenderer()).build(kit, msg), msg)
                .orElseThrow();
    }

    @Test
    void locationIsTheEventsLocationAndTheOnlineAddressLeadsItsDescription() throws Exception {
        VEvent kickoff = event(ics(PLACES, Optional.empty()), "kickoff");
        parse(ics(PLACES, Optional.empty())).validate();
        assertEquals(Optional.of("Room 4.12, Berlin office"), property(kickoff, "LOCATION"));
        assertEquals(
                Optional.of("Online: https://meet.example.com/kickoff?pin=4711\n\nMeeting"),
                property(kickoff, "DESCRIPTION"));
        assertEquals(
                Optional.of("https://intranet.example.com/kits/facilitators/session-place/kickoff.html"),
                property(kickoff, "URL"));
    }

    @Test
    void onlineOnlySessionHasItsAddressAsLocation() throws Exception {
        assertEquals(
                Optional.of("https://meet.example.com/review"),
                property(event(ics(PLACES, Optional.empty()), "review"), "LOCATION"));
    }

    @Test
    void withoutSiteUrlTheEventsUrlOpensTheOnlineMeeting() throws Exception {
        String ics = icsWithoutSiteUrl(PLACES);
        parse(ics).validate();
        assertEquals(Optional.of("https://meet.example.com/kickoff?pin=4711"), property(event(ics, "kickoff"), "URL"));
        assertEquals(Optional.empty(), property(event(ics, "wrap-up"), "URL"));
        assertEquals(Optional.of("Canteen"), property(event(ics, "wrap-up"), "LOCATION"));
    }

    @Test
    void sessionWithoutAPlaceHasNoLocation() throws Exception {
        assertEquals(Optional.empty(), property(meeting(parse(ics(KIT, Optional.empty()))), "LOCATION"));
    }

    private static final Kit PULSES = PrintFixture.loadKit(Path.of("src/test/resources/kits/valid/pulse-window.yaml"));

    private static VEvent pulse(Calendar calendar, String sessionId) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getUid().orElseThrow().getValue().equals("pulse-window-" + sessionId + "@alignkit"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void pulsesOpenWindowIsOneAllDayEventFromItsFirstDayToItsLast() throws Exception {
        Calendar calendar = parse(ics(PULSES, Optional.empty()));
        calendar.validate();
        VEvent clarity = pulse(calendar, "clarity");
        assertEquals(Optional.of("20270111"), property(clarity, "DTSTART"));
        assertEquals(Optional.of("20270116"), property(clarity, "DTEND"), "DTEND is the day after the last day");
        assertEquals(
                "DATE",
                clarity.getProperty("DTSTART")
                        .orElseThrow()
                        .getParameter("VALUE")
                        .orElseThrow()
                        .getValue());
    }

    @Test
    void pulsesWindowIsWholeDaysEvenWithAStartTime() throws Exception {
        VEvent enablers = pulse(parse(ics(PULSES, Optional.empty())), "enablers");
        assertEquals(Optional.of("20270125"), property(enablers, "DTSTART"));
        assertEquals(Optional.of("20270201"), property(enablers, "DTEND"));
    }

    @Test
    void pulseWithoutWindowStaysAOneDayEvent() throws Exception {
        VEvent fears = pulse(parse(ics(PULSES, Optional.empty())), "fears");
        assertEquals(Optional.of("20270208"), property(fears, "DTSTART"));
        assertEquals(Optional.of("20270209"), property(fears, "DTEND"));
    }

    @Test
    void lastWritableDayStillMakesACalendar() throws Exception {
        Kit kit = PrintFixture.loadKit(Path.of("src/test/resources/render/far-future-kit.yaml"));
        Kit upToTheEnd = new Kit(
                kit.id(),
                kit.sourceFile(),
                kit.title(),
                kit.strategy(),
                kit.summary(),
                kit.invitation(),
                kit.owner(),
                kit.language(),
                kit.tags(),
                kit.start(),
                kit.timezone(),
                kit.attachments(),
                kit.stakeholders(),
                kit.roles(),
                kit.groundRules(),
                kit.inputs(),
                kit.preReading(),
                kit.outcomes(),
                kit.phases(),
                kit.sessions().subList(0, 1),
                Optional.empty(),
                kit.posterSize(),
                kit.sheets(),
                kit.participants());
        Calendar calendar = parse(ics(upToTheEnd, Optional.empty()));
        calendar.validate();
        assertEquals(
                List.of("99991101"),
                calendar.<VEvent>getComponents("VEVENT").stream()
                        .map(e ->
                                e.getProperty("DTSTART").map(Property::getValue).orElseThrow())
                        .toList());
    }
}
