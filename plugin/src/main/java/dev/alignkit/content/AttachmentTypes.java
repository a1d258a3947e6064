package dev.alignkit.content;

import dev.alignkit.diagnostics.Echo;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a kit may attach: documents, images and data that a browser shows or downloads without running
 * anything. Pages, SVG and scripts run in the site's origin when opened from it, so they are refused.
 */
final class AttachmentTypes {
    static final List<String> ALLOWED = List.of(
            "pdf", "png", "jpg", "jpeg", "gif", "webp", "md", "txt", "csv", "docx", "xlsx", "pptx", "odt", "ods", "odp",
            "doc", "xls", "ppt");
    /** Types a browser runs or renders as a page; named so that the message can say why. */
    static final List<String> ACTIVE = List.of(
            "html", "htm", "xhtml", "shtml", "svg", "svgz", "xml", "xsl", "xslt", "js", "mjs", "css", "swf", "pdfx",
            "hta", "php", "jsp", "asp", "aspx", "wasm", "mht", "mhtml");

    private AttachmentTypes() {}

    /** The lower-case extension of a file name, without the dot. */
    static Optional<String> extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 || dot == fileName.length() - 1
                ? Optional.empty()
                : Optional.of(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Why the file may not be attached, or empty when it may. */
    static Optional<String> refusal(String fileName) {
        Optional<String> extension = extension(fileName);
        String allowed = "; attach " + String.join(", ", ALLOWED) + " files";
        if (extension.isEmpty()) {
            return Optional.of("has no file type" + allowed);
        }
        if (ACTIVE.contains(extension.get())) {
            return Optional.of("is a ." + extension.get()
                    + " file, which would run script in the site's pages; convert it to PDF or"
                    + " an image, or link to it where it is published");
        }
        if (!ALLOWED.contains(extension.get())) {
            return Optional.of(
                    "has the type ." + Echo.value(extension.get()) + ", which kits do not publish" + allowed);
        }
        return Optional.empty();
    }
}
