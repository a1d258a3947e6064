package dev.alignkit.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The methods agenda items can name by id: the theme's, with the project's own ({@code content/methods/}) over them. */
public record MethodLibrary(Map<String, Method> methods) {
    public MethodLibrary {
        methods = Map.copyOf(new TreeMap<>(methods));
    }

    public static MethodLibrary empty() {
        return new MethodLibrary(Map.of());
    }

    public Optional<Method> find(String id) {
        return Optional.ofNullable(methods.get(id));
    }

    /** Every id, sorted. */
    public List<String> ids() {
        return methods.keySet().stream().sorted().toList();
    }
}
