package dev.alignkit.pdf;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What every PDF of a build shares. {@code timestamp} becomes the documents' creation date; without one the
 * documents carry no date at all, so that the same content always gives the same bytes.
 */
public record PdfOptions(List<FontFile> fonts, Optional<Instant> timestamp) {}
