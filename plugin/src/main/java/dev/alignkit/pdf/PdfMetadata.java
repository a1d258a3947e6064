package dev.alignkit.pdf;

/** The document information a PDF carries: shown by viewers, indexed by search, read by screen readers. */
public record PdfMetadata(String title, String author, String subject, String keywords, String language) {}
