package dev.alignkit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BuildProgressTest {
    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong clock = new AtomicLong(42 * SECOND);
    private final List<String> lines = new ArrayList<>();
    private final BuildProgress progress = new BuildProgress(lines::add, clock::get);

    @Test
    void aQuickBuildPrintsNothing() {
        progress.stage("load");
        advance(1);
        progress.stage("render");
        progress.rendering(3, () -> 0);
        progress.kitDone();
        progress.kitDone();
        progress.kitDone();
        advance(1);
        progress.finished();

        assertEquals(List.of(), lines);
        assertEquals(Optional.empty(), progress.closingLine());
    }

    @Test
    void aLongBuildSaysItsStageAndCountsOnceTheQuietTimeIsOver() {
        progress.stage("load");
        advance(1);
        progress.stage("render");
        progress.rendering(1000, () -> 1650);
        advance(3);
        for (int i = 0; i < 412; i++) {
            progress.kitDone();
        }

        assertEquals(List.of("Alignkit: render, 1 of 1000 kits, 1650 PDFs (4.0 s)"), lines);
    }

    @Test
    void linesComeAtMostOncePerInterval() {
        progress.stage("render");
        progress.rendering(100, () -> 0);
        for (int second = 0; second < 30; second++) {
            advance(1);
            progress.kitDone();
            progress.kitDone();
        }

        // 30 s of kits: the first line after 3 s, then one every 5 s
        assertEquals(6, lines.size(), String.join("\n", lines));
        assertEquals("Alignkit: render, 55 of 100 kits (28.0 s)", lines.get(5));
    }

    @Test
    void aLongBuildEndsWithTheWallTimeOfEachStageInOrder() {
        progress.stage("load");
        advance(1);
        progress.stage("validate");
        progress.stage("render");
        advance(12);
        progress.stage("publish");
        advance(2);
        progress.finished();

        assertEquals(
                Optional.of("Alignkit: time per stage: load 1.0 s, validate 0.0 s, render 12.0 s, publish 2.0 s"),
                progress.closingLine());
    }

    private void advance(long seconds) {
        clock.addAndGet(seconds * SECOND);
    }
}
