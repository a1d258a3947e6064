package dev.alignkit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every value the loader accepts renders; what still fails is a problem at the kit's file, and output grows linearly. */
class KitRenderingTest {
    @TempDir
    Path project;

    private Path content() throws IOException {
        return Files.createDirectories(project.resolve("content"));
    }

    private BuildReport build() {
        return new SiteBuilder(BuildConfig.forProject(project).withPdf(false)).build();
    }

    private String site(String path) throws IOException {
        return Files.readString(project.resolve("site").resolve(path));
    }

    @Test
    void attachmentWithSpacesAndReservedCharactersIsLinkedPercentEncoded() throws IOException {
        Files.writeString(
                Files.createDirectories(content().resolve("files")).resolve("agenda #1? 100%.pdf"), "%PDF-1.4");
        Files.writeString(
                content().resolve("kit.yaml"),
                "title: Kit\nattachments:\n  - file: \"files/agenda #1? 100%.pdf\"\nsessions:\n  - title: A\n    prompt: Why?\n");

        BuildReport report = build();

        assertTrue(report.succeeded(), report.problems().toString());
        assertTrue(
                site("facilitators/kit/index.html").contains("kit/files/files/agenda%20%231%3F%20100%25.pdf\""),
                site("facilitators/kit/index.html"));
        assertEquals("%PDF-1.4", site("facilitators/kit/files/files/agenda #1? 100%.pdf"));
    }

    @Test
    void timedSessionInAFixedOffsetZoneBuildsItsCalendar() throws IOException {
        Files.writeString(
                content().resolve("kit.yaml"),
                "title: Kit\nstart: 2027-01-11\ntimezone: GMT+2\nsessions:\n"
                        + "  - title: A\n    week: 1\n    start_time: \"09:00\"\n    duration: 30\n    prompt: Why?\n");

        BuildReport report = build();

        assertTrue(report.succeeded(), report.problems().toString());
        assertTrue(
                site("facilitators/kit/kit.ics").contains("DTSTART;TZID=Etc/GMT-2:20270111T090000"),
                site("facilitators/kit/kit.ics"));
    }

    @Test
    void dateACalendarCannotHoldStopsTheBuildAtValidationAndWritesNoSite() throws IOException {
        Files.writeString(
                content().resolve("kit.yaml"),
                "title: Kit\nstart: 9999-12-20\nsessions:\n  - title: A\n    week: 3\n    prompt: Why?\n");

        BuildReport report = build();

        assertEquals(
                List.of(
                        "content/kit.yaml:4:5: error: session 'a' ends on +10000-01-04, after 9999-12-31, the last date a"
                                + " calendar file (RFC 5545) can hold; move the kit's 'start' or the session's 'week' or 'date' earlier"),
                report.problems().stream()
                        .filter(p -> p.isError())
                        .map(p -> p.format())
                        .toList());
        assertTrue(Files.notExists(project.resolve("site")), "nothing is rendered");
    }

    @Test
    void sessionPagesListAWindowOfSessionsSoTheSiteGrowsLinearly() throws IOException {
        StringBuilder yaml = new StringBuilder("title: Kit\nsessions:\n");
        for (int i = 1; i <= 60; i++) {
            yaml.append("  - title: Session ").append(i).append("\n    prompt: Why?\n");
        }
        Files.writeString(content().resolve("kit.yaml"), yaml);

        BuildReport report = build();

        assertTrue(report.succeeded(), report.problems().toString());
        Pattern listed = Pattern.compile("class=\"kit-session-title\"");
        for (String page : List.of(
                "facilitators/kit/session-1.html",
                "facilitators/kit/session-30.html",
                "facilitators/kit/session-60.html")) {
            assertEquals(11, listed.matcher(site(page)).results().count(), page);
        }
        String middle = site("facilitators/kit/session-30.html");
        assertTrue(middle.contains(">Sessions 1–24</a>") && middle.contains(">Sessions 36–60</a>"), middle);
    }
}
