package dev.alignkit.render;

import dev.alignkit.site.SiteLayout;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.component.VToDo;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Due;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A kit's calendar (RFC 5545, written by ical4j): each dated session, timed in the kit's time zone when it has a
 * start time and all-day otherwise, the scorecard's check-ins, and each dated action as a to-do (VTODO: DUE, STATUS,
 * SUMMARY). Only kits with a {@code start} have one. Calendars show no markup, so descriptions are the rendered
 * objective or details as plain text ({@link PlainText}). A session's {@code location} is the event's LOCATION, and its
 * online meeting's address leads its description (see {@link #place}).
 */
public final class CalendarFile {
    /** DTSTAMP is required; without a build timestamp a fixed one keeps the file reproducible. */
    private static final Instant FALLBACK_STAMP = Instant.parse("2000-01-01T00:00:00Z");

    private static final LocalDate FIRST_DAY = LocalDate.of(0, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private final Instant stamp;
    private final Optional<String> siteUrl;
    /** Setting up a registry parses ical4j's time-zone data, so one serves the whole build. */
    private final TimeZoneRegistry registry =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    private final Map<String, VTimeZone> timeZones = new ConcurrentHashMap<>();

    public CalendarFile(Optional<Instant> timestamp, Optional<String> siteUrl) {
        this.stamp = timestamp.orElse(FALLBACK_STAMP);
        this.siteUrl = siteUrl;
    }

    /** {@code <kit-id>/<kit-id>.ics}, relative to the site root. */
    public static String path(String kitId) {
        return SiteLayout.calendar(kitId);
    }

    /**
     * The calendar, or nothing when the kit has no start. The validate stage ({@code content.CalendarLimits}) has
     * refused every date outside the years 0000 to 9999, which RFC 5545 cannot write.
     */
    public Optional<String> render(Views.KitView view, Messages msg) {
        if (view.schedule().start() == null) {
            return Optional.empty();
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Alignkit//Facilitation kits//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        boolean timed = false;
        KnownZone zone = new KnownZone(view.schedule().zone(), registry);
        String kitTitle = CalendarText.line(view.title());
        for (Views.SessionView session : view.sessions()) {
            Views.CalendarSlot slot = session.schedule().calendarSlot();
            if (slot == null) {
                continue;
            }
            String summary = kitTitle + ": " + CalendarText.line(session.title());
            VEvent event;
            if (slot instanceof Views.Timed time) {
                requireWritable(time.day(), time.end().toLocalDate());
                event = new VEvent(time.start(), time.end(), summary);
                event.getStartDate().ifPresent(p -> p.setTimeZoneRegistry(zone));
                event.getEndDate().ifPresent(p -> p.setTimeZoneRegistry(zone));
                timed = true;
            } else if (slot instanceof Views.AllDay days) {
                // DTEND of an all-day event is the day after its last (RFC 5545 §3.6.1)
                LocalDate end = days.lastDay().plusDays(1);
                requireWritable(days.day(), end);
                event = new VEvent(days.day(), end, summary);
            } else {
                throw new IllegalStateException("unknown calendar slot " + slot);
            }
            place(event, session);
            finish(
                    event,
                    view.id() + "-" + session.id(),
                    description(session, msg),
                    session.links().url());
            calendar.add(event);
        }
        if (view.tracking().scorecard() != null) {
            for (Views.CheckInView checkIn : view.tracking().scorecard().checkIns()) {
                LocalDate day = checkIn.day();
                requireWritable(day, day.plusDays(1));
                VEvent event = new VEvent(
                        day,
                        day.plusDays(1),
                        kitTitle + ": " + CalendarText.line(msg.get("scorecard") + " – " + checkIn.label()));
                finish(event, view.id() + "-check-in-" + checkIn.number(), msg.get("scorecard"), view.url());
                calendar.add(event);
            }
        }
        for (Views.SessionView session : view.sessions()) {
            for (Views.TaskView task : session.followUp()) {
                addToDo(calendar, view.id(), kitTitle, task, session.links().url(), msg);
            }
        }
        for (Views.PhaseView phase : view.tracking().phases()) {
            for (Views.TaskView task : phase.checklist()) {
                addToDo(calendar, view.id(), kitTitle, task, view.url(), msg);
            }
        }
        if (timed) {
            calendar.add(timeZones.computeIfAbsent(
                    view.schedule().zone().getId(),
                    id -> registry.getTimeZone(id).getVTimeZone()));
        }
        return Optional.of(FoldedLines.fold(calendar.toString()));
    }

    /**
     * Where the session is. Calendar clients show LOCATION beside the time and make an address in it a link, so an
     * online-only session has its meeting's address there; with the site's address unknown, URL opens the meeting too.
     */
    private void place(VEvent event, Views.SessionView session) {
        Views.SessionSchedule schedule = session.schedule();
        String where = schedule.location() != null ? schedule.location() : schedule.online();
        if (where != null) {
            event.add(new Location(CalendarText.line(where)));
        }
        if (siteUrl.isEmpty() && schedule.online() != null) {
            event.add(new Url(URI.create(schedule.online())));
        }
    }

    /** The online meeting's address first, where a reader looks for it, then the objective as plain text. */
    private static String description(Views.SessionView session, Messages msg) {
        Html objective = session.texts().objective();
        String about = objective == null ? session.format().label() : PlainText.of(objective);
        String online = session.schedule().online();
        return online == null ? about : msg.get("online") + ": " + online + "\n\n" + about;
    }

    /** A dated action as a to-do (VTODO) with its due day, status and owner; undated ones are left out. */
    private void addToDo(
            Calendar calendar, String kitId, String kitTitle, Views.TaskView task, String pageUrl, Messages msg) {
        if (task.dueIso() == null) {
            return;
        }
        LocalDate due = LocalDate.parse(task.dueIso());
        requireWritable(due, due);
        VToDo toDo = new VToDo();
        toDo.add(new Due<>(due));
        toDo.add(new Summary(kitTitle + ": " + CalendarText.line(task.item())));
        toDo.add(toDoStatus(task.status()));
        String owner = task.owner() == null ? "" : msg.get("owner") + ": " + task.owner();
        String details = task.details() == null ? "" : PlainText.of(task.details());
        finish(
                toDo,
                kitId + "-task-" + task.id(),
                String.join(
                        "\n\n",
                        Stream.of(owner, details).filter(s -> !s.isEmpty()).toList()),
                pageUrl + "#" + task.anchor());
        calendar.add(toDo);
    }

    /**
     * One owner's calendar: each of their dated actions, across all kits, as a to-do with its due day, status and kit.
     * A due day a calendar cannot write is left out (validation reports it at the kit).
     */
    public String ownerCalendar(String owner, List<Views.ActionRow> actions, Messages msg) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Alignkit//Facilitation kits//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (Views.ActionRow action : actions) {
            if (!owner.equals(action.owner()) || action.dueIso() == null) {
                continue;
            }
            LocalDate due = LocalDate.parse(action.dueIso());
            if (!writable(due, due)) {
                continue;
            }
            VToDo toDo = new VToDo();
            toDo.add(new Due<>(due));
            toDo.add(new Summary(CalendarText.line(action.kitTitle()) + ": " + CalendarText.line(action.item())));
            toDo.add(toDoStatus(action.status()));
            String details = action.details() == null ? "" : action.details().strip();
            String where = msg.get("kit") + ": " + action.kitTitle() + " – " + action.where();
            finish(
                    toDo,
                    action.kitId() + "-task-" + action.id(),
                    String.join(
                            "\n\n",
                            Stream.of(where, details).filter(t -> !t.isEmpty()).toList()),
                    action.whereUrl());
            calendar.add(toDo);
        }
        return FoldedLines.fold(calendar.toString());
    }

    private static Status toDoStatus(String status) {
        return switch (status) {
            case "done" -> ImmutableStatus.VTODO_COMPLETED;
            case "dropped" -> ImmutableStatus.VTODO_CANCELLED;
            default -> ImmutableStatus.VTODO_NEEDS_ACTION;
        };
    }

    /** RFC 5545 writes a year in four digits, so an event must start and end within years 0000 to 9999. */
    private static boolean writable(LocalDate start, LocalDate end) {
        return !start.isBefore(FIRST_DAY) && !end.isAfter(LAST_DAY);
    }

    /**
     * RFC 5545 writes a year in four digits. The validate stage refuses kits with other dates, so one here is a bug of
     * ours, reported as such rather than written as a file calendars misread.
     */
    private static void requireWritable(LocalDate start, LocalDate end) {
        if (start.isBefore(FIRST_DAY) || end.isAfter(LAST_DAY)) {
            throw new IllegalStateException(
                    "a calendar date outside the years 0000 to 9999 passed validation: " + start + " to " + end);
        }
    }

    private void finish(CalendarComponent event, String uid, String description, String pageUrl) {
        event.replace(new DtStamp(stamp));
        event.add(new Uid(CalendarText.line(uid) + "@alignkit"));
        event.add(new Description(CalendarText.lines(description)));
        siteUrl.ifPresent(base -> event.add(new Url(URI.create(base + pageUrl))));
    }

    /**
     * Resolves a timed event's TZID straight to the kit's JDK zone. Without a registry on the property, ical4j looks
     * the id up among all of the JDK's zone ids, copying that list for every date it writes: most of a calendar's cost.
     */
    private record KnownZone(ZoneId zone, TimeZoneRegistry registry) implements TimeZoneRegistry {
        @Override
        public Map<String, ZoneRules> getZoneRules() {
            return Map.of(zone.getId(), zone.getRules());
        }

        @Override
        public ZoneId getZoneId(String tzId) {
            return tzId.equals(zone.getId()) ? zone : TimeZoneRegistry.getGlobalZoneId(tzId);
        }

        @Override
        public String getTzId(String zoneId) {
            return registry.getTzId(zoneId);
        }

        @Override
        public net.fortuna.ical4j.model.TimeZone getTimeZone(String id) {
            return registry.getTimeZone(id);
        }

        @Override
        public void register(net.fortuna.ical4j.model.TimeZone timezone) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public void register(net.fortuna.ical4j.model.TimeZone timezone, boolean update) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public void clear() {
            throw new UnsupportedOperationException("read only");
        }
    }
}
