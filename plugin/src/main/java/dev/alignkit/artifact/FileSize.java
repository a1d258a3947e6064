package dev.alignkit.artifact;

import java.util.Locale;

/** A file's size as a link shows it: {@code 512 B}, {@code 14 KB}, {@code 2.3 MB}. */
final class FileSize {
    private FileSize() {}

    static String text(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
