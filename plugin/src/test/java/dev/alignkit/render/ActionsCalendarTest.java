package dev.alignkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.alignkit.content.Kit;
import dev.alignkit.content.Session;
import dev.alignkit.content.Task;
import dev.alignkit.support.PrintFixture;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VToDo;
import org.junit.jupiter.api.Test;

/** Each dated action of a kit is a to-do in its calendar, with its due day, status and summary, valid by ical4j. */
class ActionsCalendarTest {
    private static final Kit KIT = PrintFixture.loadKit(Path.of("src/test/resources/render/actions-kit.yaml"));

    private static Calendar calendar(Kit kit) throws Exception {
        Messages msg = Messages.load(new Theme(Optional.empty()), "en");
        String ics = new CalendarFile(Optional.of(Instant.parse("2027-01-01T00:00:00Z")), Optional.empty())
                .render(new KitViewBuilder(new MarkdownRenderer()).build(kit, msg), msg)
                .orElseThrow();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        return calendar;
    }

    private static Map<String, VToDo> toDosByUid(Calendar calendar) {
        return calendar.<VToDo>getComponents("VTODO").stream()
                .collect(Collectors.toMap(t -> t.getUid().orElseThrow().getValue(), t -> t));
    }

    private static String property(VToDo toDo, String name) {
        return toDo.getProperty(name).orElseThrow().getValue();
    }

    @Test
    void everyDatedActionIsAToDoWithDueStatusAndSummary() throws Exception {
        Map<String, VToDo> toDos = toDosByUid(calendar(KIT));
        assertEquals(4, toDos.size(), "undated actions are left out: " + toDos.keySet());
        VToDo minutes = toDos.get("actions-kit-task-send-the-minutes-with-decisions-first@alignkit");
        assertEquals("20270113", property(minutes, "DUE"));
        assertEquals("NEEDS-ACTION", property(minutes, "STATUS"));
        assertEquals("Relaunch, \"Phase 2\": Send the minutes, with \"decisions\" first", property(minutes, "SUMMARY"));
        assertEquals("Owner: Zoë Ångström\n\nLine one, with a comma. Line two.", property(minutes, "DESCRIPTION"));
        assertEquals("COMPLETED", property(toDos.get("actions-kit-task-book-the-room@alignkit"), "STATUS"));
        assertEquals("CANCELLED", property(toDos.get("actions-kit-task-drop-the-old-survey@alignkit"), "STATUS"));
    }

    @Test
    void aControlCharacterInATaskCannotStartAProperty() throws Exception {
        Session kickOff = KIT.sessions().get(0);
        Task first = kickOff.followUp().get(0);
        Task hostile = new Task(
                first.id(),
                false,
                "Send\rATTACH:http://evil.example/x",
                first.details(),
                first.owner(),
                first.due(),
                first.status(),
                first.doneOn(),
                first.kpis(),
                first.position());
        List<Task> tasks = new ArrayList<>(kickOff.followUp());
        tasks.set(0, hostile);
        Session changed = new Session(
                kickOff.id(),
                kickOff.title(),
                kickOff.week(),
                kickOff.date(),
                kickOff.format(),
                kickOff.startTime(),
                kickOff.duration(),
                kickOff.objective(),
                kickOff.brief(),
                kickOff.prompts(),
                kickOff.tips(),
                kickOff.agenda(),
                kickOff.materials(),
                tasks,
                kickOff.then(),
                kickOff.location(),
                kickOff.online(),
                kickOff.openDays(),
                kickOff.position(),
                kickOff.sheets(),
                kickOff.participants());
        Kit kit = new Kit(
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
                List.of(changed),
                KIT.scorecard(),
                KIT.posterSize(),
                KIT.sheets(),
                KIT.participants());
        VToDo toDo = toDosByUid(calendar(kit)).get("actions-kit-task-send-the-minutes-with-decisions-first@alignkit");
        assertFalse(toDo.getProperty("ATTACH").isPresent(), "the carriage return started no property");
    }
}
