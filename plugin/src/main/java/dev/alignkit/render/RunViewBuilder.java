package dev.alignkit.render;

import dev.alignkit.content.Kit;
import dev.alignkit.content.Session;
import dev.alignkit.render.RunView.Block;
import dev.alignkit.render.RunView.Pulse;
import dev.alignkit.render.RunView.Step;
import dev.alignkit.render.Views.AgendaRow;
import dev.alignkit.render.Views.BlockPromptView;
import dev.alignkit.render.Views.SessionView;
import dev.alignkit.site.SiteLayout;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

/**
 * Builds the run page's view of a session from its page's view: each agenda block with its clock times, its own
 * prompts and its method's steps. When no block names prompts, every block but a break shows the session's: the room
 * may turn to any of them, as a flip chart with the questions would let it.
 */
public final class RunViewBuilder {
    private static final String STORAGE_PREFIX = "alignkit-run:";

    private RunViewBuilder() {}

    /** {@code view} is the session as its page shows it: its agenda rows carry the clock times, prompts and methods. */
    public static RunView build(Kit kit, Session session, SessionView view, Messages msg) {
        List<Html> prompts = view.prompts();
        List<Block> blocks = session.format().isMeeting() ? blocks(session, view, prompts, msg) : List.of();
        int minutes = blocks.stream().mapToInt(Block::minutes).sum();
        // The timer runs to the end of the last block, which the view already clocked; the length is the agenda's.
        String length = view.agenda().total() != null
                ? view.agenda().total()
                : view.schedule().duration();
        return new RunView(
                kit.id(),
                kit.title(),
                session.id(),
                session.title(),
                SiteLayout.sessionPage(kit.id(), session.id()),
                STORAGE_PREFIX + kit.id() + "/" + session.id(),
                !blocks.isEmpty(),
                view.schedule().startTime(),
                blocks.isEmpty() ? null : blocks.get(blocks.size() - 1).plannedEnd(),
                blocks.isEmpty() ? null : length,
                minutes,
                blocks,
                prompts,
                session.format().isMeeting() ? null : pulse(kit, session, view, msg));
    }

    /**
     * The agenda's blocks; a meeting without an agenda but with a length is one block of that length, so it can
     * still be timed. A block shows its own prompts and method steps; one without prompts of its own shows the
     * session's (not a break).
     */
    private static List<Block> blocks(Session session, SessionView view, List<Html> prompts, Messages msg) {
        if (view.agenda().rows().isEmpty()) {
            if (session.duration().isZero()) {
                return List.of();
            }
            int minutes = (int) session.duration().toMinutes();
            return List.of(new Block(
                    1,
                    session.title(),
                    minutes,
                    KitViewBuilder.duration(session.duration(), msg),
                    view.schedule().startTime(),
                    view.schedule().endTime(),
                    null,
                    null,
                    false,
                    List.of(),
                    !prompts.isEmpty(),
                    List.of()));
        }
        // once any block names its own prompts, the others show none: the session's prompts are spread over the blocks
        boolean blocksNamePrompts =
                view.agenda().rows().stream().anyMatch(row -> !row.prompts().isEmpty());
        return view.agenda().rows().stream()
                .map(row -> new Block(
                        row.number(),
                        row.title(),
                        row.minutes(),
                        row.duration(),
                        row.start(),
                        row.end(),
                        row.lead(),
                        row.notes(),
                        row.pause(),
                        row.prompts().stream().map(BlockPromptView::text).toList(),
                        !row.pause() && !blocksNamePrompts && !prompts.isEmpty(),
                        steps(row)))
                .toList();
    }

    private static List<Step> steps(AgendaRow row) {
        return row.method() == null
                ? List.of()
                : row.method().steps().stream()
                        .map(step -> new Step(step.text(), step.minutes(), step.duration()))
                        .toList();
    }

    /**
     * A pulse opens on its date (or in its week) and stays open for its window ({@code open_for}, as its calendar
     * entry), or else until the day before the next dated session, when the kit dates both; its launch checklist is
     * what the session says to prepare.
     */
    private static Pulse pulse(Kit kit, Session session, SessionView view, Messages msg) {
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(msg.locale());
        Optional<LocalDate> closes =
                session.openDays().isPresent() ? kit.lastDayOf(session) : dayBeforeNext(kit, session);
        return new Pulse(
                view.schedule().when(),
                closes.map(dates::format).orElse(null),
                view.prompts(),
                view.texts().materials(),
                view.texts().tips());
    }

    private static Optional<LocalDate> dayBeforeNext(Kit kit, Session session) {
        return kit.dateOf(session)
                .flatMap(opens -> kit.sessions().stream()
                        .dropWhile(s -> s != session)
                        .skip(1)
                        .map(kit::dateOf)
                        .flatMap(Optional::stream)
                        .filter(next -> next.isAfter(opens))
                        .findFirst()
                        .map(next -> next.minusDays(1)));
    }
}
