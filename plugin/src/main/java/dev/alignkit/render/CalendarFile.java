package dev.alignkit.render;

import dev.alignkit.content.Kit;
import dev.alignkit.content.Session;
import dev.alignkit.diagnostics.Problem;
import dev.alignkit.diagnostics.SourcePosition;
import dev.alignkit.site.SiteLayout;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
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
 * SUMMARY). Only kits with a {@code start} have one.
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
     * The calendar, or nothing when the kit has no start or when a date falls outside what RFC 5545 can write
     * (years 0000 to 9999): then each such date is reported as an error at its session, or at the kit for check-ins.
     */
    public Optional<String> render(Kit kit, Views.KitView view, Messages msg, Consumer<Problem> problems) {
        if (kit.start().isEmpty()) {
            return Optional.empty();
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Alignkit//Facilitation kits//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        boolean timed = false;
        boolean outOfRange = false;
        KnownZone zone = new KnownZone(kit.timezone(), registry);
        String kitTitle = CalendarText.line(kit.title());
        for (int i = 0; i < kit.sessions().size(); i++) {
            Session session = kit.sessions().get(i);
            Optional<LocalDate> date = kit.dateOf(session);
            if (date.isEmpty()) {
                continue;
            }
            String summary = kitTitle + ": " + CalendarText.line(session.title());
            VEvent event;
            if (session.startTime().isPresent()) {
                ZonedDateTime start =
                        ZonedDateTime.of(date.get(), session.startTime().get(), kit.timezone());
                ZonedDateTime end = start.plus(session.duration().isZero() ? Duration.ofHours(1) : session.duration());
                if (!writable(date.get(), end.toLocalDate())) {
                    problems.accept(outOfRange(session, end.toLocalDate()));
                    outOfRange = true;
                    continue;
                }
                event = new VEvent(start, end, summary);
                event.getStartDate().ifPresent(p -> p.setTimeZoneRegistry(zone));
                event.getEndDate().ifPresent(p -> p.setTimeZoneRegistry(zone));
                timed = true;
            } else {
                if (!writable(date.get(), date.get().plusDays(1))) {
                    problems.accept(outOfRange(session, date.get().plusDays(1)));
                    outOfRange = true;
                    continue;
                }
                event = new VEvent(date.get(), date.get().plusDays(1), summary);
            }
            Views.SessionView sessionView = view.sessions().get(i);
            finish(
                    event,
                    kit.id() + "-" + session.id(),
                    session.objective()
                            .map(m -> m.source())
                            .orElse(session.format().key()),
                    sessionView.url());
            calendar.add(event);
        }
        if (view.scorecard() != null) {
            int every = kit.scorecard().orElseThrow().reviewEveryDays();
            for (Views.CheckInView checkIn : view.scorecard().checkIns()) {
                LocalDate day = kit.start().get().plusDays((long) checkIn.number() * every);
                if (!writable(day, day.plusDays(1))) {
                    // later check-ins are later still: one problem says it for all of them
                    problems.accept(Problem.error(
                            SourcePosition.ofFile(kit.sourceFile()),
                            "the scorecard's check-in "
                                    + checkIn.number() + " ends on " + day.plusDays(1) + ", after " + LAST_DAY
                                    + ", the last date a calendar file"
                                    + " (RFC 5545) can hold; move the kit's 'start' earlier"));
                    outOfRange = true;
                    break;
                }
                VEvent event = new VEvent(
                        day,
                        day.plusDays(1),
                        kitTitle + ": " + CalendarText.line(msg.get("scorecard") + " – " + checkIn.label()));
                finish(event, kit.id() + "-check-in-" + checkIn.number(), msg.get("scorecard"), view.url());
                calendar.add(event);
            }
        }
        for (Views.SessionView session : view.sessions()) {
            for (Views.TaskView task : session.followUp()) {
                outOfRange |= !addToDo(calendar, kit, kitTitle, task, session.url(), msg, problems);
            }
        }
        for (Views.PhaseView phase : view.phases()) {
            for (Views.TaskView task : phase.checklist()) {
                outOfRange |= !addToDo(calendar, kit, kitTitle, task, view.url(), msg, problems);
            }
        }
        if (outOfRange) {
            return Optional.empty();
        }
        if (timed) {
            calendar.add(timeZones.computeIfAbsent(
                    kit.timezone().getId(), id -> registry.getTimeZone(id).getVTimeZone()));
        }
        return Optional.of(FoldedLines.fold(calendar.toString()));
    }

    /**
     * A dated action as a to-do (VTODO) with its due day, status and owner; undated ones are left out. False when the
     * due day is one a calendar cannot write (reported at the kit).
     */
    private boolean addToDo(
            Calendar calendar,
            Kit kit,
            String kitTitle,
            Views.TaskView task,
            String pageUrl,
            Messages msg,
            Consumer<Problem> problems) {
        if (task.dueIso() == null) {
            return true;
        }
        LocalDate due = LocalDate.parse(task.dueIso());
        if (!writable(due, due)) {
            problems.accept(
                    Problem.error(
                            SourcePosition.ofFile(kit.sourceFile()),
                            "task '" + task.id() + "' is due on " + due
                                    + ", outside the years 0000 to 9999 a calendar file (RFC 5545) can hold; change its 'due' or the kit's 'start'"));
            return false;
        }
        VToDo toDo = new VToDo();
        toDo.add(new Due<>(due));
        toDo.add(new Summary(kitTitle + ": " + CalendarText.line(task.item())));
        toDo.add(toDoStatus(task.status()));
        String owner = task.owner() == null ? "" : msg.get("owner") + ": " + task.owner();
        String details =
                task.detailsSource() == null ? "" : task.detailsSource().strip();
        finish(
                toDo,
                kit.id() + "-task-" + task.id(),
                String.join(
                        "\n\n",
                        Stream.of(owner, details).filter(s -> !s.isEmpty()).toList()),
                pageUrl + "#" + task.anchor());
        calendar.add(toDo);
        return true;
    }

    /**
     * One owner's calendar: each of their dated actions, across all kits, as a to-do with its due day, status and kit.
     * A due day a calendar cannot write is left out (the kit's own calendar reports it).
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

    private static Problem outOfRange(Session session, LocalDate end) {
        return Problem.error(
                session.position(),
                "session '" + session.id() + "' ends on " + end + ", after " + LAST_DAY
                        + ", the last date a calendar file (RFC 5545) can hold; move the kit's 'start' or the session's 'week' or"
                        + " 'date' earlier");
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
