package dev.alignkit.render;

import dev.alignkit.render.Views.AgendaView;
import dev.alignkit.render.Views.FormatView;
import dev.alignkit.render.Views.KitView;
import dev.alignkit.render.Views.SessionView;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the names of the flat kit and session views of earlier versions went when the views were grouped into named
 * parts. A project's template written for the flat views would otherwise read a moved name as missing, and
 * {@code <#if session.startTime??>} would quietly hide the time; with this table it stops with a message that says
 * what to write instead.
 */
final class MovedNames {
    private static final Map<String, String> KIT = kitNames();
    private static final Map<String, String> SESSION = sessionNames();
    /** Parts named like the value they replace: printing or listing them is the old template's use. */
    private static final Map<Class<?>, String> REUSED = Map.of(
            FormatView.class, "session.format is now a part: session.format.key is the format's key",
            AgendaView.class, "session.agenda is now a part: its blocks are session.agenda.rows");

    private MovedNames() {}

    private static Map<String, String> kitNames() {
        Map<String, String> names = new LinkedHashMap<>();
        moved(names, "about", "owner", "language", "tags", "formats");
        moved(names, "texts", "strategy", "summary", "invitation", "teaser", "description");
        moved(names, "schedule", "startDate", "timezone", "span", "start", "zone");
        moved(names, "people", "stakeholderGroups", "departments", "roles");
        moved(names, "frame", "groundRules", "inputs", "preReading", "outcomes");
        moved(names, "tracking", "phases", "scorecard");
        return Collections.unmodifiableMap(names);
    }

    private static Map<String, String> sessionNames() {
        Map<String, String> names = new LinkedHashMap<>();
        moved(names, "links", "url", "previous", "next");
        names.put("formatLabel", "format.label");
        names.put("meeting", "format.meeting");
        moved(
                names,
                "schedule",
                "date",
                "isoDate",
                "when",
                "startTime",
                "endTime",
                "duration",
                "window",
                "location",
                "online",
                "calendarSlot");
        moved(names, "texts", "objective", "brief", "description", "tips", "materials", "then");
        names.put("agendaTotal", "agenda.total");
        return Collections.unmodifiableMap(names);
    }

    private static void moved(Map<String, String> names, String part, String... moved) {
        for (String name : moved) {
            names.put(name, part + "." + name);
        }
    }

    /** What to write instead of {@code name} read from {@code view}, when the name is one that moved or went. */
    static Optional<String> hint(Object view, String name) {
        if (view instanceof KitView) {
            return Optional.ofNullable(KIT.get(name)).map(path -> "kit." + name + " is now kit." + path);
        }
        if (view instanceof SessionView) {
            return Optional.ofNullable(SESSION.get(name))
                    .map(path -> "session." + name + " is now session." + path)
                    .or(() -> gone(name));
        }
        return Optional.empty();
    }

    private static Optional<String> gone(String name) {
        return switch (name) {
            case "week" -> Optional.of("session.week is gone: session.schedule.when has the week and the date");
            case "fileName" -> Optional.of("session.fileName is gone: session.links.url ends with the page's name");
            default -> Optional.empty();
        };
    }

    /** The message for a part used as the value it replaced, when {@code part} is such a part. */
    static Optional<String> reused(Object part) {
        return Optional.ofNullable(REUSED.get(part.getClass()));
    }

    /** Every moved name of {@code view}'s kind with where it went, for documentation and tests. */
    static Map<String, String> of(Class<?> view) {
        return view == KitView.class ? KIT : view == SessionView.class ? SESSION : Map.of();
    }
}
