package dev.alignkit.content;

import java.time.ZoneId;

/** Values a kit takes from the build's configuration when it does not set them itself. */
public record KitDefaults(String language, ZoneId timezone) {

    public static KitDefaults english() {
        return new KitDefaults("en", ZoneId.of("UTC"));
    }
}
