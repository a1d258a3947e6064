package dev.alignkit.engine;

import dev.alignkit.content.Kit;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a build works out from a kit's model alone, kept by a preview for the next build: the loader gives back the very
 * same model while the kit's file is unchanged, and then the value is too. At 1,000 kits, checking and hashing every
 * kit again took more than half of a one-kit edit's wait.
 */
final class KitMemo<T> {
    private record Entry<T>(Kit kit, T value) {}

    private final Map<String, Entry<T>> entries = new ConcurrentHashMap<>();

    T of(Kit kit, Function<Kit, T> compute) {
        Entry<T> known = entries.get(kit.id());
        if (known != null && known.kit() == kit) {
            return known.value();
        }
        T value = compute.apply(kit);
        entries.put(kit.id(), new Entry<>(kit, value));
        return value;
    }

    void keepOnly(Set<String> kitIds) {
        entries.keySet().retainAll(kitIds);
    }
}
