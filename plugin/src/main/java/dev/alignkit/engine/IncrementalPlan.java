package dev.alignkit.engine;

import dev.alignkit.content.Kit;
import dev.alignkit.output.SiteOutput;
import dev.alignkit.render.Theme;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What a build must render, from the fingerprints of this build against the state the last one recorded: nothing
 * when nothing changed, otherwise every kit except those whose content, theme and configuration are the same and
 * whose files are still in the output with the bytes the last build wrote (a page changed or removed on disk since
 * is rendered again).
 */
final class IncrementalPlan {
    private final BuildState current;
    private final Optional<BuildState> previous;
    private final SiteOutput output;

    private IncrementalPlan(BuildState current, Optional<BuildState> previous, SiteOutput output) {
        this.current = current;
        this.previous = previous;
        this.output = output;
    }

    /** Reads the previous state from the writer, which holds the build lock. */
    static IncrementalPlan of(BuildState current, SiteOutput output) {
        return new IncrementalPlan(current, output.lastState().flatMap(BuildState::parse), output);
    }

    /** The current fingerprints, with no files yet. */
    static BuildState fingerprint(BuildConfig config, Theme theme, List<Kit> kits, Function<Kit, String> kitPrint) {
        // The global fingerprint hashes the theme's fonts and the plugin's jar: megabytes, hashed alongside the kits.
        CompletableFuture<String> global = CompletableFuture.supplyAsync(() -> Fingerprints.global(config, theme));
        Map<String, BuildState.KitState> states = new TreeMap<>(kits.parallelStream()
                .collect(Collectors.toMap(Kit::id, kit -> new BuildState.KitState(kitPrint.apply(kit), List.of()))));
        return new BuildState(global.join(), states);
    }

    BuildState current() {
        return current;
    }

    /** Nothing changed, and every file of the last build (the index and assets too) is still there as written. */
    boolean upToDate() {
        return previous.filter(p -> p.global().equals(current.global())
                                && p.fingerprints().equals(current.fingerprints()))
                        .isPresent()
                && output.allUnchanged();
    }

    /**
     * Kits whose files can be carried over, with those files. A kit {@code keptInPlace} (a preview wrote its files at
     * this very fingerprint and rendered nothing of it since) has only its first file looked at: the preview's folder
     * is its own, and looking at every file of 1,000 kits was a quarter of a one-kit edit's wait. That one look still
     * notices a folder cleaned under a running preview.
     */
    Map<String, List<String>> reusable(Predicate<String> keptInPlace) {
        Map<String, List<String>> reusable = new HashMap<>();
        previous.filter(p -> p.global().equals(current.global()))
                .ifPresent(p -> p.kits().forEach((id, state) -> {
                    BuildState.KitState now = current.kits().get(id);
                    if (now != null
                            && now.fingerprint().equals(state.fingerprint())
                            && !state.files().isEmpty()
                            && inPlace(keptInPlace.test(id) ? state.files().subList(0, 1) : state.files())) {
                        reusable.put(id, state.files());
                    }
                }));
        return reusable;
    }

    /** Per kit, one fingerprint of everything its output depends on. */
    Map<String, String> kitPrints() {
        Map<String, String> prints = new HashMap<>();
        current.kits().forEach((id, state) -> prints.put(id, current.global() + state.fingerprint()));
        return prints;
    }

    private boolean inPlace(List<String> files) {
        return files.parallelStream().allMatch(output::unchanged);
    }
}
