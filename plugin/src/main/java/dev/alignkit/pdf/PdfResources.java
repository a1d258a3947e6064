package dev.alignkit.pdf;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What one document may use besides its own XHTML. {@code folder} is where the PDF lives in the site ({@code kit-id/});
 * relative URLs resolve against it to a site path, which {@code siteFile} answers with the file's bytes when the build
 * supplies it (the kit's attachments, the theme's assets). A link whose target {@code publishableLink} refuses is written
 * as text, without a link action. Every URL that cannot be loaded goes to {@code refused}, with the reason, and nothing
 * is ever fetched from a network or read from elsewhere on the machine.
 */
public record PdfResources(
        String folder,
        Function<String, Optional<byte[]>> siteFile,
        Predicate<String> publishableLink,
        BiConsumer<String, String> refused) {

    /** No files and only links within the document. */
    public static PdfResources none() {
        return new PdfResources("", path -> Optional.empty(), link -> false, (url, why) -> {});
    }
}
