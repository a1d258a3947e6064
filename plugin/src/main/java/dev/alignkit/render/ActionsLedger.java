package dev.alignkit.render;

import dev.alignkit.content.Slugs;
import dev.alignkit.render.Views.ActionRow;
import dev.alignkit.render.Views.KitView;
import dev.alignkit.render.Views.PhaseView;
import dev.alignkit.render.Views.SessionView;
import dev.alignkit.render.Views.TaskView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every action of the site in one list, the source of the actions page and of its CSV and JSON exports: sorted by
 * due date (undated ones last), then by kit, session or phase, and item, so the order never depends on how the kits
 * were read. An open action due before {@code asOf} is overdue.
 */
public final class ActionsLedger {
    private static final Comparator<ActionRow> ORDER = Comparator.comparing(
                    ActionRow::dueIso, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ActionRow::kitTitle)
            .thenComparing(ActionRow::kitId)
            .thenComparing(ActionRow::where)
            .thenComparing(ActionRow::item)
            .thenComparing(ActionRow::id);

    /** An owner's slug names a file: long names are cut, at a hyphen where one is near. */
    static final int MAX_OWNER_SLUG_CHARS = 60;

    private ActionsLedger() {}

    /**
     * Each owner of an action, in name order, with the slug of their calendar's file name: the slugged name
     * ({@code Head of Sales} -> {@code head-of-sales}), {@code owner} for a name without letters or digits, numbered
     * ({@code -2}, {@code -3}) when two names give the same slug.
     */
    public static Map<String, String> ownerSlugs(List<ActionRow> rows) {
        Map<String, String> slugs = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        rows.stream()
                .map(ActionRow::owner)
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .forEach(owner -> {
                    String base = owner.codePoints().anyMatch(Character::isLetterOrDigit)
                            ? Slugs.shortened(Slugs.slugify(owner), MAX_OWNER_SLUG_CHARS)
                            : "owner";
                    String slug = base;
                    for (int n = 2; !taken.add(slug); n++) {
                        slug = base + "-" + n;
                    }
                    slugs.put(owner, slug);
                });
        return slugs;
    }

    /** The owners with an action that has a due date: only they get a calendar (one needs an entry). */
    public static Set<String> ownersWithCalendar(List<ActionRow> rows) {
        return rows.stream()
                .filter(r -> r.owner() != null && r.dueIso() != null)
                .map(ActionRow::owner)
                .collect(Collectors.toSet());
    }

    public static List<ActionRow> of(List<KitView> kits, Optional<LocalDate> asOf) {
        List<ActionRow> rows = new ArrayList<>();
        for (KitView kit : kits) {
            for (SessionView session : kit.sessions()) {
                session.followUp()
                        .forEach(task -> rows.add(
                                row(kit, session.title(), session.links().url(), task, asOf)));
            }
            for (PhaseView phase : kit.tracking().phases()) {
                phase.checklist().forEach(task -> rows.add(row(kit, phase.title(), kit.url(), task, asOf)));
            }
        }
        rows.sort(ORDER);
        return List.copyOf(rows);
    }

    private static ActionRow row(KitView kit, String where, String whereUrl, TaskView task, Optional<LocalDate> asOf) {
        boolean overdue = "open".equals(task.status())
                && task.dueIso() != null
                && asOf.filter(day -> LocalDate.parse(task.dueIso()).isBefore(day))
                        .isPresent();
        String dueText = task.dueDate() != null ? task.dueDate() : task.due();
        return new ActionRow(
                task.id(),
                kit.id(),
                kit.title(),
                kit.url(),
                where,
                whereUrl + "#" + task.anchor(),
                task.item(),
                task.detailsSource() == null ? null : task.detailsSource().strip(),
                task.owner(),
                task.dueIso(),
                dueText,
                task.status(),
                task.statusLabel(),
                task.doneOnIso(),
                task.kpis(),
                overdue);
    }
}
