package dev.alignkit.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the last build was made from, kept with the writer's bookkeeping (not in the site): a fingerprint of everything that affects every page
 * (theme, plugin, configuration) and, per kit, a fingerprint of its content and the files it owns. The next build
 * compares fingerprints to skip what has not changed.
 */
record BuildState(String global, Map<String, KitState> kits) {
    record KitState(String fingerprint, List<String> files) {}

    /** The state as {@link #serialize()} wrote it; empty when the text is not one. */
    static Optional<BuildState> parse(String text) {
        try {
            String global = null;
            Map<String, String> prints = new TreeMap<>();
            Map<String, List<String>> files = new TreeMap<>();
            for (String line : text.lines().toList()) {
                String[] parts = line.split(" ", 3);
                switch (parts[0]) {
                    case "global" -> global = parts[1];
                    case "kit" -> prints.put(parts[1], parts[2]);
                    case "file" ->
                        files.computeIfAbsent(parts[1], k -> new ArrayList<>()).add(parts[2]);
                    default -> {
                        return Optional.empty();
                    }
                }
            }
            Map<String, KitState> kits = new TreeMap<>();
            prints.forEach((id, print) ->
                    kits.put(id, new KitState(print, List.copyOf(files.getOrDefault(id, List.of())))));
            return Optional.ofNullable(global).map(g -> new BuildState(g, kits));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    String serialize() {
        StringBuilder out = new StringBuilder("global ").append(global).append('\n');
        kits.forEach((id, state) -> {
            out.append("kit ")
                    .append(id)
                    .append(' ')
                    .append(state.fingerprint())
                    .append('\n');
            state.files().stream()
                    .sorted()
                    .forEach(f ->
                            out.append("file ").append(id).append(' ').append(f).append('\n'));
        });
        return out.toString();
    }

    /** The fingerprints alone, to tell whether anything changed. */
    Map<String, String> fingerprints() {
        Map<String, String> prints = new TreeMap<>();
        kits.forEach((id, state) -> prints.put(id, state.fingerprint()));
        return prints;
    }
}
