package dev.alignkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.content.Kit;
import dev.alignkit.content.KitDefaults;
import dev.alignkit.content.KitLoader;
import dev.alignkit.content.LoadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A time zone the loader accepts gives a calendar: fixed offsets become named zones, unnamed ones are refused at load. */
class AcceptedZonesCalendarTest {
    @TempDir
    Path content;

    @Test
    void everyAcceptedZoneWritesATimedCalendar() throws IOException {
        // ical4j registers zones of its own with the JDK once its registry is made, as any earlier build does
        TimeZoneRegistryFactory.getInstance().createRegistry();
        List<String> written =
                new ArrayList<>(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        assertTrue(
                written.stream().anyMatch(id -> id.startsWith("ical4j")), "ical4j's own zones are among those tried");
        IntStream.rangeClosed(-18, 18).forEach(h -> written.add(String.format("%+03d:00", h)));
        written.addAll(List.of("Z", "GMT+2", "UTC+01:00", "UT-3", "+05:30", "GMT+14", "GMT-12"));
        Messages msg = Messages.load(new Theme(Optional.empty()), "en");
        CalendarFile calendar = new CalendarFile(Optional.empty(), Optional.empty());
        KitLoader loader = new KitLoader(content, content, KitDefaults.english());
        int accepted = 0;
        // A calendar takes a while per zone: every fixed offset and one region per area (Europe, America...) are
        // written.
        Set<String> areas = new HashSet<>();
        for (String zone : written) {
            Path file = Files.writeString(
                    content.resolve("kit.yaml"),
                    "title: Kit\nstart: 2027-01-11\ntimezone: \"" + zone
                            + "\"\nsessions:\n  - title: A\n    week: 1\n    start_time: \"09:00\"\n    duration: 30\n");
            LoadResult loaded = loader.load(file);
            if (loaded.hasErrors()) {
                assertTrue(
                        loaded.problems().get(0).format().contains("'timezone'"),
                        loaded.problems().toString());
                continue;
            }
            Kit kit = loaded.kits().get(0);
            accepted++;
            if (!kit.timezone().getId().startsWith("Etc/")
                    && !areas.add(kit.timezone().getId().replaceFirst("/.*", ""))) {
                continue;
            }
            String ics = calendar.render(new KitViewBuilder(new MarkdownRenderer()).build(kit, msg), msg)
                    .orElseThrow();
            assertTrue(ics.contains("DTSTART;TZID=" + kit.timezone().getId() + ":20270111T090000"), zone + "\n" + ics);
        }
        long beyondTheNamedOffsets = 6 + 4;
        // ical4j registers zones of its own with the JDK, some without rules: refused at their position, never a crash
        long refused = written.stream()
                        .filter(z -> z.startsWith("SystemV/") || z.startsWith("ical4j"))
                        .count()
                + beyondTheNamedOffsets
                + 1;
        assertEquals(
                written.size() - refused,
                accepted,
                "only the SystemV and ical4j zones, +05:30 and offsets beyond -12..+14 are refused");
    }
}
