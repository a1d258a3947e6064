package dev.alignkit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.site.SiteLayout;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VToDo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "My actions": a calendar per owner at a file name made from their name, in the facilitator folder with the ledger,
 * and the ledger's links to it.
 */
class OwnerCalendarsTest {
    private static final String KIT = """
            title: Kit
            start: 2027-01-04
            sessions:
              - title: Kick-off
                week: 1
                prompt: Why?
                follow_up:
                  - item: Send the minutes
                    owner: Ana Müller
                    due: +2d
                  - item: Book the room
                    owner: ANA MÜLLER
                    due: +3d
                  - item: Escape
                    owner: "../../etc/passwd"
                    due: +1d
                  - item: Script
                    owner: "<script>alert(1)</script>"
                    due: +1d
                  - item: Symbols
                    owner: "!!!"
                    due: +1d
                  - item: No date
                    owner: Bo
            """;

    @TempDir
    Path project;

    private Path site() throws IOException {
        Files.writeString(Files.createDirectories(project.resolve("content")).resolve("kit.yaml"), KIT);
        assertTrue(new SiteBuilder(BuildConfig.forProject(project).withPdf(false))
                .build()
                .succeeded());
        return project.resolve("site");
    }

    private static Calendar calendar(Path file) throws IOException, ParserException {
        Calendar calendar = new CalendarBuilder().build(new StringReader(Files.readString(file)));
        calendar.validate();
        return calendar;
    }

    @Test
    void eachOwnerWithADatedActionGetsACalendarNamedAfterThemInsideTheSite() throws IOException {
        Path site = site().resolve(SiteLayout.FACILITATORS);
        try (Stream<Path> files = Files.list(site)) {
            assertEquals(
                    List.of(
                            "actions-ana-mueller-2.ics",
                            "actions-ana-mueller.ics",
                            "actions-etc-passwd.ics",
                            "actions-owner.ics",
                            "actions-script-alert-1-script.ics"),
                    files.map(p -> p.getFileName().toString())
                            .filter(n -> n.endsWith(".ics"))
                            .sorted()
                            .toList());
        }
        assertFalse(Files.exists(site.resolve("actions-bo.ics")), "Bo has no dated action");
    }

    @Test
    void anOwnersCalendarIsValidAndHoldsOnlyTheirActions() throws Exception {
        Path site = site().resolve(SiteLayout.FACILITATORS);
        // "ANA MÜLLER" sorts first and takes the plain slug; "Ana Müller" is numbered
        Calendar calendar = calendar(site.resolve("actions-ana-mueller-2.ics"));
        List<VToDo> toDos = calendar.getComponents(VToDo.VTODO);
        assertEquals(1, toDos.size());
        assertEquals("Kit: Send the minutes", toDos.get(0).getSummary().getValue());
        assertEquals("20270106", toDos.get(0).getDue().orElseThrow().getValue());
    }

    @Test
    void theLedgerLinksEachOwnersListAndCalendarEscaped() throws IOException {
        String ledger = Files.readString(site().resolve(SiteLayout.ACTIONS));
        assertTrue(ledger.contains("href=\"../facilitators/actions.html?owner=Ana+M%C3%BCller\""), ledger);
        assertTrue(ledger.contains("href=\"../" + SiteLayout.ownerCalendar("ana-mueller-2") + "\""), ledger);
        assertFalse(ledger.contains("<script>alert(1)"), "an owner's name is escaped");
    }
}
