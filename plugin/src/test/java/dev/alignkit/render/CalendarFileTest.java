package dev.alignkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.content.Kit;
import dev.alignkit.support.PrintFixture;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class CalendarFileTest {
    private static final Kit KIT = PrintFixture.loadKit(Path.of("src/test/resources/render/timed-kit.yaml"));
    private static final Theme THEME = new Theme(Optional.empty());

    private static String ics(Kit kit, Optional<Instant> stamp) {
        Messages msg = Messages.load(THEME, "en");
        return new CalendarFile(stamp, Optional.of("https://intranet.example.com/kits/"))
                .render(kit, new KitViewBuilder(new MarkdownRenderer()).build(kit, msg), msg).orElseThrow();
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    @Test
    void calendarIsValidRfc5545WithOneEventPerDatedSessionAndCheckIn() throws Exception {
        Calendar calendar = parse(ics(KIT, Optional.of(Instant.parse("2026-01-01T00:00:00Z"))));
        calendar.validate();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(3 + 4, events.size(), "three dated sessions and four check-ins");
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
        assertTrue(ics(KIT, Optional.empty()).contains("URL:https://intranet.example.com/kits/timed-kit/meeting.html"));
    }
}
