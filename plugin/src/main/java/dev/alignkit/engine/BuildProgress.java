package dev.alignkit.engine;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * Lines for someone waiting on a long build. A build that ends within {@link #QUIET} prints nothing here; a longer
 * one says which stage it is in and how many kits and PDFs are done, at most once per {@link #EVERY}, so a CI log of a
 * thousand-kit build gets a handful of lines, never one per kit. Afterwards {@link #stageTimes()} gives the wall time
 * of each pipeline stage.
 */
public final class BuildProgress {
    static final Duration QUIET = Duration.ofSeconds(3);
    static final Duration EVERY = Duration.ofSeconds(5);

    private final Consumer<String> out;
    private final LongSupplier nanoClock;
    private final long started;
    private final AtomicInteger kitsDone = new AtomicInteger();
    private final Map<String, Long> stageNanos = new LinkedHashMap<>();
    private volatile String stage = "starting";
    private volatile int kitsTotal;
    private volatile IntSupplier pdfsDone = () -> 0;
    private long stageStarted;
    private boolean shownAny;
    private long lastLine;

    /** Progress to {@code out} (a Maven log, standard error), timed by {@code nanoClock} ({@link System#nanoTime}). */
    public BuildProgress(Consumer<String> out, LongSupplier nanoClock) {
        this.out = out;
        this.nanoClock = nanoClock;
        this.started = nanoClock.getAsLong();
        this.stageStarted = started;
    }

    public static BuildProgress silent() {
        return new BuildProgress(line -> {}, System::nanoTime);
    }

    /** Ends the stage before, if any, and starts {@code name}. */
    synchronized void stage(String name) {
        endStage();
        stage = name;
        report();
    }

    /** The render stage counts kits and the PDFs written so far. */
    void rendering(int kits, IntSupplier pdfs) {
        kitsTotal = kits;
        pdfsDone = pdfs;
    }

    void kitDone() {
        kitsDone.incrementAndGet();
        report();
    }

    /** Ends the last stage; {@link #stageTimes()} then holds them all. */
    synchronized void finished() {
        endStage();
        stage = "finished";
    }

    /**
     * The line a long build ends with, "Alignkit: time per stage: load 0.4 s, …"; nothing after a build quick enough
     * to have shown no progress.
     */
    public synchronized Optional<String> closingLine() {
        long took = stageStarted - started;
        return took >= QUIET.toNanos() ? Optional.of("Alignkit: time per stage: " + stageTimes()) : Optional.empty();
    }

    /** "load 0.4 s, validate 0.0 s, …", in the order the stages ran. */
    public synchronized String stageTimes() {
        StringJoiner line = new StringJoiner(", ");
        stageNanos.forEach((name, nanos) -> line.add(name + " " + seconds(nanos)));
        return line.toString();
    }

    private void endStage() {
        long now = nanoClock.getAsLong();
        if (!stage.equals("starting") && !stage.equals("finished")) {
            stageNanos.merge(stage, now - stageStarted, Long::sum);
        }
        stageStarted = now;
    }

    private synchronized void report() {
        long now = nanoClock.getAsLong();
        boolean waitedLongEnough = now - started >= QUIET.toNanos();
        boolean quietLongEnough = !shownAny || now - lastLine >= EVERY.toNanos();
        if (waitedLongEnough && quietLongEnough) {
            shownAny = true;
            lastLine = now;
            out.accept(line(now));
        }
    }

    private String line(long now) {
        int pdfs = pdfsDone.getAsInt();
        String kits = kitsTotal == 0 ? "" : String.format(Locale.ROOT, ", %d of %d kits", kitsDone.get(), kitsTotal);
        String documents = pdfs == 0 ? "" : String.format(Locale.ROOT, ", %d PDFs", pdfs);
        return "Alignkit: " + stage + kits + documents + " (" + seconds(now - started) + ")";
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
