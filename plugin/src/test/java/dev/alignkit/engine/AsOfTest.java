package dev.alignkit.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** align.asOf sets the day the ledger marks overdue actions against and the scorecard's latest value is read at. */
class AsOfTest {
    private static final String KIT = """
            title: Kit
            start: 2027-01-04
            sessions:
              - title: Kick-off
                week: 1
                prompt: Why?
                follow_up:
                  - item: Send the minutes
                    owner: Ana
                    due: +2d
            scorecard:
              review_every: 90d
              kpis:
                - name: Leads
                  baseline: 100
                  target: 200
                  actuals:
                    - check_in: 1
                      value: 110
                    - check_in: 2
                      value: 160
            """;

    @TempDir
    Path project;

    private BuildConfig config() throws IOException {
        Files.writeString(Files.createDirectories(project.resolve("content")).resolve("kit.yaml"), KIT);
        return BuildConfig.forProject(project)
                .withPdf(false)
                .withTimestamp(Optional.of(Instant.parse("2027-12-01T00:00:00Z")));
    }

    private String site(String path) throws IOException {
        return Files.readString(project.resolve("site").resolve(path));
    }

    @Test
    void withoutAsOfTheTimestampsDateCounts() throws IOException {
        assertTrue(new SiteBuilder(config()).build().succeeded());
        assertTrue(site("facilitators/actions.html").contains("is-overdue"), "due 2027-01-06, built 2027-12-01");
        assertTrue(site("facilitators/kit/index.html").contains("(Check-in 2)"));
    }

    @Test
    void asOfMovesTheOverdueMarksAndTheLatestValue() throws IOException {
        BuildConfig config = config().withAsOf(Optional.of(LocalDate.of(2027, 4, 10)));
        assertTrue(new SiteBuilder(config).build().succeeded());
        assertTrue(site("facilitators/actions.html").contains("is-overdue"), "due 2027-01-06, as of 2027-04-10");
        String kitPage = site("facilitators/kit/index.html");
        assertTrue(kitPage.contains("(Check-in 1)"), "check-in 2 (2027-07-03) is after 2027-04-10");
        assertFalse(kitPage.contains("(Check-in 2)"));
    }

    @Test
    void anAsOfBeforeTheDueDateMarksNothingOverdue() throws IOException {
        BuildConfig config = config().withAsOf(Optional.of(LocalDate.of(2027, 1, 5)));
        assertTrue(new SiteBuilder(config).build().succeeded());
        assertFalse(site("facilitators/actions.html").contains("is-overdue"));
    }
}
