package dev.alignkit.print;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.engine.BuildConfig;
import dev.alignkit.engine.BuildReport;
import dev.alignkit.engine.SiteBuilder;
import dev.alignkit.site.SiteLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A session's location and online meeting, on its pages and in every printout that shows the session. */
class SessionPlaceTest {
    private static final Path FIXTURE = Path.of("src/test/resources/kits/valid/session-place.yaml");
    private static final String ADDRESS = "https://meet.example.com/kickoff?pin=4711";

    @TempDir
    static Path project;

    private static BuildReport report;

    @BeforeAll
    static void build() throws IOException {
        Files.copy(FIXTURE, Files.createDirectories(project.resolve("content")).resolve("place.yaml"));
        report = new SiteBuilder(BuildConfig.forProject(project)).build();
    }

    private static String page(String path) throws IOException {
        assertTrue(report.succeeded(), report.problems().toString());
        return Files.readString(site(path));
    }

    /** A file of the kit by its name; facilitator files are in the kit's facilitator folder, the others in its public one. */
    private static Path site(String name) {
        return project.resolve("site").resolve(SiteLayout.current("place/" + name, (kit, file) -> false));
    }

    /** The printed text with whitespace removed, so that a wrapped address still reads as one. */
    private static String printed(String pdf) throws IOException {
        assertTrue(report.succeeded(), report.problems().toString());
        return PrintedPages.read(Files.readAllBytes(site(pdf))).text().replaceAll("\\s+", "");
    }

    @Test
    void sessionPageShowsTheLocationAndLinksTheOnlineMeeting() throws IOException {
        String kickoff = page("kickoff.html");
        assertTrue(
                kickoff.contains("<dt>Location</dt><dd class=\"session-location\">Room 4.12, Berlin office</dd>"),
                kickoff);
        assertTrue(
                kickoff.contains("<a href=\"https://meet.example.com/kickoff?pin=4711\" rel=\"noopener noreferrer\">"
                        + "https://meet.example.com/kickoff?pin=4711</a>"),
                kickoff);
    }

    @Test
    void sessionWithoutAPlaceShowsNone() throws IOException {
        assertFalse(page("review.html").contains("session-location"));
        assertFalse(page("wrap-up.html").contains("session-online"));
    }

    @Test
    void kitPageListsEachSessionsPlace() throws IOException {
        String kit = page("index.html");
        assertTrue(
                kit.contains("Room 4.12, Berlin office</span> · <a") || kit.contains("Room 4.12, Berlin office · <a"),
                kit);
        assertTrue(kit.contains("href=\"https://meet.example.com/review\""), kit);
        assertTrue(kit.contains("Canteen"), kit);
    }

    @Test
    void participantPageShowsThePlace() throws IOException {
        String participants = page("participants.html");
        assertTrue(participants.contains("Room 4.12, Berlin office"), participants);
        assertTrue(participants.contains("href=\"https://meet.example.com/review\""), participants);
    }

    @Test
    void facilitatorGuideAndHandoutsPrintTheLocationAndTheFullAddress() throws IOException {
        for (String pdf :
                List.of("place-facilitator-guide.pdf", "place-participant-handout.pdf", "place-handout-kickoff.pdf")) {
            String text = printed(pdf);
            assertTrue(text.contains("Location:Room4.12,Berlinoffice"), pdf + ": " + text);
            assertTrue(text.contains("Online:" + ADDRESS), pdf + ": " + text);
        }
        assertFalse(
                printed("place-handout-review.pdf").contains("Room4.12"), "a session's handout shows its own place");
    }
}
