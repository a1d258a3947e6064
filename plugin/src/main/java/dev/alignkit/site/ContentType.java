package dev.alignkit.site;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What each kind of file in the site is: the preview server sends these types, and the build counts pages and
 * printed documents by them. A new output with a new extension adds its type here.
 */
public enum ContentType {
    HTML("text/html; charset=utf-8", "html"),
    CSS("text/css; charset=utf-8", "css"),
    JAVASCRIPT("text/javascript; charset=utf-8", "js"),
    JSON("application/json", "json"),
    CSV("text/csv; charset=utf-8", "csv"),
    SVG("image/svg+xml", "svg"),
    PNG("image/png", "png"),
    ICON("image/x-icon", "ico"),
    PDF("application/pdf", "pdf"),
    CALENDAR("text/calendar; charset=utf-8", "ics"),
    XML("application/xml", "xml"),
    TEXT("text/plain; charset=utf-8", "txt", "md"),
    WOFF2("font/woff2", "woff2");

    public static final String UNKNOWN = "application/octet-stream";
    private static final Map<String, ContentType> BY_EXTENSION = byExtension();

    private final String mimeType;
    private final String[] extensions;

    ContentType(String mimeType, String... extensions) {
        this.mimeType = mimeType;
        this.extensions = extensions;
    }

    public String mimeType() {
        return mimeType;
    }

    /** The type of a site path or file name, by its extension in any case. */
    public static Optional<ContentType> of(String path) {
        int dot = path.lastIndexOf('.');
        int slash = path.lastIndexOf('/');
        return dot <= slash
                ? Optional.empty()
                : Optional.ofNullable(BY_EXTENSION.get(path.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /** The MIME type to serve a file with. */
    public static String mimeTypeOf(String path) {
        return of(path).map(ContentType::mimeType).orElse(UNKNOWN);
    }

    private static Map<String, ContentType> byExtension() {
        Map<String, ContentType> types = new HashMap<>();
        for (ContentType type : values()) {
            for (String extension : type.extensions) {
                types.put(extension, type);
            }
        }
        return Map.copyOf(types);
    }
}
