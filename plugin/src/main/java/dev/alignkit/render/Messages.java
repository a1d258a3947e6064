package dev.alignkit.render;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.AbstractMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The theme's labels in one language: {@code i18n/messages.properties} (English) overlaid by
 * {@code i18n/messages_<language>.properties}. Files are UTF-8. Unlike templates, a project's message file is
 * merged key by key over the built-in one, so an override needs only the labels it changes.
 *
 * <p>This is the one place where patterns are read: labels with arguments are finished here ({@link #format}), for
 * views and for templates ({@code ${fmt("sessionOf", 2, 5)}}), and the labels that site.js finishes in the browser
 * are compiled here ({@link #clientLabel}), so a plural written with {@code {0,choice,...}} works everywhere.
 */
public final class Messages {
    private final Locale locale;
    private final Labels labels;
    /** Where each label was read from, as problems show it. */
    private final Map<String, String> sources;

    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();
    private final Map<String, String> clientLabels = new ConcurrentHashMap<>();

    private Messages(Locale locale, Map<String, String> labels, Map<String, String> sources) {
        this.locale = locale;
        this.labels = new Labels(Map.copyOf(labels), this);
        this.sources = Map.copyOf(sources);
    }

    public static Messages load(Theme theme, String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag);
        Map<String, String> labels = new TreeMap<>();
        Map<String, String> sources = new TreeMap<>();
        read(theme, "i18n/messages.properties", labels, sources);
        read(theme, "i18n/messages_" + locale.getLanguage() + ".properties", labels, sources);
        if (!locale.getCountry().isEmpty()) {
            read(
                    theme,
                    "i18n/messages_" + locale.getLanguage() + "_" + locale.getCountry() + ".properties",
                    labels,
                    sources);
        }
        return new Messages(locale, labels, sources);
    }

    private static void read(Theme theme, String path, Map<String, String> into, Map<String, String> sources) {
        for (Theme.Layer layer : theme.layers(path)) {
            String source = layer.source();
            Properties properties = new Properties();
            try {
                properties.load(new StringReader(new String(layer.bytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            properties.forEach((k, v) -> {
                into.put((String) k, (String) v);
                sources.put((String) k, source);
            });
        }
    }

    public Locale locale() {
        return locale;
    }

    /**
     * All labels, for templates: {@code ${msg.agenda}}. The map knows these messages, so that the template renderer
     * can give every template that has labels the functions {@code fmt} and {@code clientLabel}.
     */
    public Labels labels() {
        return labels;
    }

    public String get(String key) {
        return labels.getOrDefault(key, key);
    }

    /**
     * The label with its arguments put in, by {@link MessageFormat} in this language (so choices and plurals
     * work); {@link BadLabelException} names the file and key of a pattern that cannot be read.
     */
    public String format(String key, Object... arguments) {
        // Parsing a pattern costs more than formatting it, and a build formats the same few patterns thousands of
        // times; a MessageFormat is not thread-safe, so each use of a parsed one holds it.
        MessageFormat format = formats.computeIfAbsent(key, k -> {
            String pattern = quotesClosed(k);
            try {
                return new MessageFormat(pattern, locale);
            } catch (IllegalArgumentException e) {
                throw bad(k, "is not a valid MessageFormat pattern (" + e.getMessage() + ")");
            }
        });
        synchronized (format) {
            try {
                return format.format(arguments);
            } catch (IllegalArgumentException e) {
                throw bad(key, "does not fit its arguments (" + e.getMessage() + ")");
            }
        }
    }

    /**
     * The label compiled for site.js to finish in the browser (see {@link ClientLabel} for the JSON form); a
     * pattern that site.js could not honour is a {@link BadLabelException} naming the file and key.
     */
    public String clientLabel(String key) {
        return clientLabels.computeIfAbsent(key, k -> {
            String pattern = quotesClosed(k);
            try {
                return ClientLabel.compile(pattern, locale);
            } catch (IllegalArgumentException e) {
                throw bad(k, "cannot be finished by site.js: " + e.getMessage());
            }
        });
    }

    /**
     * The label's pattern, refused when an apostrophe opens a quote that never ends: MessageFormat would silently
     * show the rest of the label as written ("It's {0}" becomes "Its {0}"), which is how a label written for the
     * old simple replacement of {0} breaks.
     */
    private String quotesClosed(String key) {
        String pattern = get(key);
        if (pattern.replace("''", "").chars().filter(c -> c == '\'').count() % 2 != 0) {
            throw bad(key, "has an apostrophe that starts a quote and never ends it");
        }
        return pattern;
    }

    private BadLabelException bad(String key, String what) {
        String source = sources.getOrDefault(key, "i18n/messages.properties");
        return new BadLabelException(source + ": label '" + key + "' " + what
                + ". Labels are java.text.MessageFormat patterns: write '' for an apostrophe and balance the braces.");
    }

    /** A label whose pattern cannot be used; the message names the messages file and the key. */
    public static final class BadLabelException extends IllegalArgumentException {
        BadLabelException(String message) {
            super(message);
        }
    }

    /** The labels as a read-only map, which also leads back to the messages they came from. */
    public static final class Labels extends AbstractMap<String, String> {
        private final Map<String, String> labels;
        private final Messages messages;

        private Labels(Map<String, String> labels, Messages messages) {
            this.labels = labels;
            this.messages = messages;
        }

        public Messages messages() {
            return messages;
        }

        @Override
        public String get(Object key) {
            return labels.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return labels.containsKey(key);
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            return labels.entrySet();
        }
    }
}
