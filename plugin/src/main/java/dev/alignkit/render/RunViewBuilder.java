package dev.alignkit.render;

import dev.alignkit.content.AgendaItem;
import dev.alignkit.content.Kit;
import dev.alignkit.content.Markdown;
import dev.alignkit.content.Session;
import dev.alignkit.render.RunView.Block;
import dev.alignkit.render.RunView.Pulse;
import dev.alignkit.site.SiteLayout;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Builds the run page's view of a session. Until agenda items name their own prompts, every block that is not a
 * break shows the session's prompts: the room may turn to any of them in any block, and a projector that shows the
 * questions throughout is what facilitators do with a flip chart today. A block's own prompts, once the content
 * format has them, take the place of the session's.
 */
public final class RunViewBuilder {
    private static final String STORAGE_PREFIX = "alignkit-run:";

    private final MarkdownRenderer markdown;

    public RunViewBuilder(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    public RunView build(Kit kit, Session session, Messages msg) {
        List<Html> prompts = inline(session.prompts());
        List<Block> blocks = session.format().isMeeting() ? blocks(session, prompts, msg) : List.of();
        int minutes = blocks.stream().mapToInt(Block::minutes).sum();
        Optional<LocalTime> start = session.startTime();
        return new RunView(
                kit.id(),
                kit.title(),
                session.id(),
                session.title(),
                SiteLayout.sessionPage(kit.id(), session.id()),
                STORAGE_PREFIX + kit.id() + "/" + session.id(),
                !blocks.isEmpty(),
                start.map(KitViewBuilder::clock).orElse(null),
                start.filter(t -> minutes > 0)
                        .map(t -> KitViewBuilder.clock(t.plusMinutes(minutes)))
                        .orElse(null),
                minutes > 0 ? KitViewBuilder.duration(Duration.ofMinutes(minutes), msg) : null,
                minutes,
                blocks,
                prompts,
                session.format().isMeeting() ? null : pulse(kit, session, prompts, msg));
    }

    /**
     * The agenda's items; a meeting without an agenda but with a length is one block of that length, so it can still
     * be timed.
     */
    private List<Block> blocks(Session session, List<Html> prompts, Messages msg) {
        List<AgendaItem> items =
                session.agenda().isEmpty() && !session.duration().isZero()
                        ? List.of(new AgendaItem(
                                session.title(), session.duration(), Optional.empty(), Optional.empty(), false))
                        : session.agenda();
        List<Block> blocks = new ArrayList<>();
        Optional<LocalTime> clock = session.startTime();
        int number = 1;
        for (AgendaItem item : items) {
            Optional<LocalTime> end = clock.map(t -> t.plus(item.duration()));
            blocks.add(new Block(
                    number++,
                    item.isBreak() && item.title().equals("Break") ? msg.get("break") : item.title(),
                    (int) item.duration().toMinutes(),
                    KitViewBuilder.duration(item.duration(), msg),
                    clock.map(KitViewBuilder::clock).orElse(null),
                    end.map(KitViewBuilder::clock).orElse(null),
                    item.lead().orElse(null),
                    item.notes().map(markdown::render).orElse(null),
                    item.isBreak(),
                    List.of(),
                    !item.isBreak() && !prompts.isEmpty(),
                    List.of()));
            clock = end;
        }
        return List.copyOf(blocks);
    }

    /**
     * A pulse opens on its date (or in its week) and stays open until the day before the next dated session, when
     * the kit dates both; its launch checklist is what the session says to prepare.
     */
    private Pulse pulse(Kit kit, Session session, List<Html> prompts, Messages msg) {
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(msg.locale());
        Optional<LocalDate> opens = kit.dateOf(session);
        String week = session.week().map(w -> msg.format("week", w)).orElse(null);
        String opensText = String.join(
                " · ",
                Stream.of(week, opens.map(dates::format).orElse(null))
                        .filter(x -> x != null)
                        .toList());
        Optional<LocalDate> closes = opens.flatMap(o -> kit.sessions().stream()
                .dropWhile(s -> s != session)
                .skip(1)
                .map(kit::dateOf)
                .flatMap(Optional::stream)
                .filter(next -> next.isAfter(o))
                .findFirst()
                .map(next -> next.minusDays(1)));
        return new Pulse(
                opensText.isEmpty() ? null : opensText,
                closes.map(dates::format).orElse(null),
                prompts,
                inline(session.materials()),
                inline(session.tips()));
    }

    private List<Html> inline(List<Markdown> texts) {
        return texts.stream().map(markdown::renderInline).toList();
    }
}
