package dev.alignkit.render;

import dev.alignkit.render.Views.CheckInView;
import dev.alignkit.render.Views.KitView;
import dev.alignkit.render.Views.LedgerGroup;
import dev.alignkit.render.Views.LedgerRow;
import dev.alignkit.render.Views.LedgerView;
import dev.alignkit.render.Views.PhaseView;
import dev.alignkit.render.Views.SessionView;
import dev.alignkit.render.Views.TaskView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A kit's follow-up checklist as one chronological ledger, built from its view: every action of its sessions and
 * phases and every scorecard check-in, in due-date order, grouped by period. A facilitator works down one list from
 * the preparation to the last check-in instead of leafing between a table per session and per phase. Actions without
 * a date come last, in the order the kit lists them.
 */
public final class FollowUpLedger {
    /** The periods, in the order they are printed; each has a label {@code ledger.<id>}. */
    enum Period {
        BEFORE,
        DURING,
        AFTER,
        YEAR,
        UNDATED;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final int CHECK_INS_PER_TABLE = 4;

    private FollowUpLedger() {}

    public static LedgerView of(KitView kit, Messages msg) {
        Bounds bounds = Bounds.of(kit);
        Map<Period, List<Entry>> periods = new EnumMap<>(Period.class);
        int order = 0;
        for (SessionView session : kit.sessions()) {
            String where = session.number() + ". " + session.title();
            for (TaskView task : session.followUp()) {
                add(periods, bounds, new Entry(task.dueIso(), order++, task(task, where)));
            }
        }
        for (PhaseView phase : kit.tracking().phases()) {
            for (TaskView task : phase.checklist()) {
                add(periods, bounds, new Entry(task.dueIso(), order++, task(task, phase.title())));
            }
        }
        if (kit.tracking().scorecard() != null) {
            for (CheckInView checkIn : kit.tracking().scorecard().checkIns()) {
                String what = msg.format("ledgerCheckIn", checkIn.number(), checkIn.label());
                LedgerRow row = new LedgerRow(null, what, msg.get("scorecard"), checkIn.date());
                add(periods, bounds, new Entry(checkIn.isoDate(), order++, row));
            }
        }
        List<LedgerGroup> groups = new ArrayList<>();
        periods.forEach((period, entries) -> groups.add(new LedgerGroup(
                period.id(),
                msg.get("ledger." + period.id()),
                entries.stream().sorted(Entry.ORDER).map(Entry::row).toList())));
        return new LedgerView(List.copyOf(groups), kit.tracking().scorecard(), checkInColumns(kit));
    }

    /** Check-ins in tables of at most four columns of values: a monthly scorecard has thirteen in a year. */
    private static List<List<CheckInView>> checkInColumns(KitView kit) {
        List<CheckInView> all = kit.tracking().scorecard() == null
                ? List.of()
                : kit.tracking().scorecard().checkIns();
        List<List<CheckInView>> tables = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHECK_INS_PER_TABLE) {
            tables.add(all.subList(from, Math.min(all.size(), from + CHECK_INS_PER_TABLE)));
        }
        return List.copyOf(tables);
    }

    private static LedgerRow task(TaskView task, String where) {
        return new LedgerRow(task, null, where, task.dueDate() != null ? task.dueDate() : task.due());
    }

    private static void add(Map<Period, List<Entry>> periods, Bounds bounds, Entry entry) {
        periods.computeIfAbsent(bounds.periodOf(entry.due()), p -> new ArrayList<>())
                .add(entry);
    }

    /** A row with what it is sorted by: the due day, then the kit's own order. */
    private record Entry(LocalDate due, int order, LedgerRow row) {
        static final Comparator<Entry> ORDER = Comparator.comparing(
                        Entry::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(Entry::order);

        Entry(String dueIso, int order, LedgerRow row) {
            this(dueIso == null ? null : LocalDate.parse(dueIso), order, row);
        }
    }

    /** The first and last session day and the first check-in; null where the kit has none. */
    private record Bounds(LocalDate firstSession, LocalDate lastSession, LocalDate firstCheckIn) {
        static Bounds of(KitView kit) {
            List<LocalDate> days = kit.sessions().stream()
                    .map(session -> session.schedule().isoDate())
                    .filter(Objects::nonNull)
                    .map(LocalDate::parse)
                    .sorted()
                    .toList();
            LocalDate firstCheckIn = kit.tracking().scorecard() == null
                    ? null
                    : kit.tracking().scorecard().checkIns().stream()
                            .map(CheckInView::isoDate)
                            .filter(Objects::nonNull)
                            .map(LocalDate::parse)
                            .findFirst()
                            .orElse(null);
            return new Bounds(
                    days.isEmpty() ? null : days.get(0),
                    days.isEmpty() ? null : days.get(days.size() - 1),
                    firstCheckIn);
        }

        Period periodOf(LocalDate due) {
            if (due == null) {
                return Period.UNDATED;
            }
            if (firstSession != null && due.isBefore(firstSession)) {
                return Period.BEFORE;
            }
            if (lastSession != null && !due.isAfter(lastSession)) {
                return Period.DURING;
            }
            if (firstCheckIn != null && !due.isBefore(firstCheckIn)) {
                return Period.YEAR;
            }
            return Period.AFTER;
        }
    }
}
