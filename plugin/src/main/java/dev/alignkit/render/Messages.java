package dev.alignkit.render;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The theme's labels in one language: {@code i18n/messages.properties} (English) overlaid by
 * {@code i18n/messages_<language>.properties}. Files are UTF-8. Unlike templates, a project's message file is
 * merged key by key over the built-in one, so an override needs only the labels it changes.
 */
public final class Messages {
    private final Locale locale;
    private final Map<String, String> labels;
    private final Map<String, MessageFormat> formats = new java.util.concurrent.ConcurrentHashMap<>();

    private Messages(Locale locale, Map<String, String> labels) {
        this.locale = locale;
        this.labels = labels;
    }

    public static Messages load(Theme theme, String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag);
        Map<String, String> labels = new TreeMap<>();
        read(theme, "i18n/messages.properties", labels);
        read(theme, "i18n/messages_" + locale.getLanguage() + ".properties", labels);
        if (!locale.getCountry().isEmpty()) {
            read(theme, "i18n/messages_" + locale.getLanguage() + "_" + locale.getCountry() + ".properties", labels);
        }
        return new Messages(locale, Map.copyOf(labels));
    }

    private static void read(Theme theme, String path, Map<String, String> into) {
        theme.readLayers(path).forEach(bytes -> {
            Properties properties = new Properties();
            try {
                properties.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            properties.forEach((k, v) -> into.put((String) k, (String) v));
        });
    }

    public Locale locale() {
        return locale;
    }

    /** All labels, for templates: {@code ${msg.agenda}}. */
    public Map<String, String> labels() {
        return labels;
    }

    public String get(String key) {
        return labels.getOrDefault(key, key);
    }

    public String format(String key, Object... arguments) {
        // Parsing a pattern costs more than formatting it, and a build formats the same few patterns thousands of
        // times; a MessageFormat is not thread-safe, so each use of a parsed one holds it.
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(get(k), locale));
        synchronized (format) {
            return format.format(arguments);
        }
    }
}
