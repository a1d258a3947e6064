package dev.alignkit.pdf;

import com.lowagie.text.Image;
import com.lowagie.text.Rectangle;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.xhtmlrenderer.pdf.ITextFSImage;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextUserAgent;
import org.xhtmlrenderer.pdf.PDFAsImage;
import org.xhtmlrenderer.resource.CSSResource;
import org.xhtmlrenderer.resource.ImageResource;
import org.xhtmlrenderer.simple.extend.XhtmlCssOnlyNamespaceHandler;

/**
 * Flying Saucer's user agent opens any URL a document names ({@code http:} with no timeout, {@code file:} anywhere on the
 * machine). This one opens nothing itself: a relative URL is looked up among the files the build supplies for the
 * current document ({@link PdfResources}), a {@code data:} URL is read only when it is a raster image or a {@link
 * VectorDrawing} (what the build makes, such as QR codes and charts; the sanitiser keeps {@code data:} URLs out of a
 * kit's text), and every other URL is refused and reported. A kit's images must be PNG, JPEG or GIF: SVG and PDF files
 * would hand the file to parsers that follow references of their own.
 */
final class ConfinedUserAgent extends ITextUserAgent {
    /** Flying Saucer's own default style sheet for XHTML, which it loads through the user agent from its jar. */
    private static final Optional<URL> DEFAULT_STYLE_SHEET = Optional.ofNullable(
            XhtmlCssOnlyNamespaceHandler.class.getResource("/resources/css/XhtmlNamespaceHandler.css"));

    private static final Set<String> DATA_IMAGES =
            Set.of("data:image/png;base64,", "data:image/jpeg;base64,", "data:image/gif;base64,");
    private PdfResources resources = PdfResources.none();
    private final Set<String> reported = new HashSet<>();
    private final Map<String, Image> images = new HashMap<>();
    private final int dotsPerPixel;
    private final ITextOutputDevice outputDevice;
    private boolean loadedDocumentStyleSheet;

    ConfinedUserAgent(ITextOutputDevice outputDevice, int dotsPerPixel) {
        super(outputDevice, dotsPerPixel);
        this.dotsPerPixel = dotsPerPixel;
        this.outputDevice = outputDevice;
    }

    /** Called before each document: images of the previous one must not be served from the cache under the same URL. */
    void startDocument(PdfResources resources) {
        this.resources = resources;
        reported.clear();
        images.clear();
        loadedDocumentStyleSheet = false;
    }

    /**
     * Whether the document linked or imported a style sheet of its own (anything but Flying Saucer's default): such a
     * sheet is named by its URL as written, which means another file in another kit's folder, so it must not outlive
     * the document in a cache.
     */
    boolean loadedDocumentStyleSheet() {
        return loadedDocumentStyleSheet;
    }

    @Override
    public CSSResource getCSSResource(String uri) {
        if (DEFAULT_STYLE_SHEET.isEmpty()
                || !DEFAULT_STYLE_SHEET.get().toString().equals(uri)) {
            loadedDocumentStyleSheet = true;
        }
        return super.getCSSResource(uri);
    }

    @Override
    public String resolveURI(String uri) {
        // No base URL and no resolution against the working folder: URLs are judged as written.
        return uri;
    }

    @Override
    public ImageResource getImageResource(String uri) {
        if (uri != null && uri.startsWith(VectorDrawing.DATA_URI_PREFIX)) {
            return drawing(uri);
        }
        if (uri != null && uri.regionMatches(true, 0, "data:", 0, 5)) {
            Optional<String> prefix = DATA_IMAGES.stream()
                    .filter(p -> uri.regionMatches(true, 0, p, 0, p.length()))
                    .findFirst();
            if (prefix.isPresent()) {
                return image(
                        uri,
                        () -> Base64.getMimeDecoder()
                                .decode(uri.substring(prefix.get().length())));
            }
            refuse(uri, "only PNG, JPEG and GIF images that the build made itself are read from data: URLs");
            return new ImageResource(uri, null);
        }
        Optional<byte[]> bytes = siteFile(uri);
        if (bytes.isPresent() && !isRasterImage(bytes.get())) {
            refuse(uri, "only PNG, JPEG and GIF images can be shown in the PDF");
            return new ImageResource(uri, null);
        }
        return bytes.isEmpty() ? new ImageResource(uri, null) : image(uri, bytes::get);
    }

    /**
     * Decoded once per document and handed out as copies, since Flying Saucer scales the image it gets; read by
     * {@link RasterImages}, not by Flying Saucer's loader, which fails at random when threads load PNGs at once.
     */
    private ImageResource image(String uri, Supplier<byte[]> bytes) {
        try {
            Image image = images.get(uri);
            if (image == null) {
                image = RasterImages.read(bytes.get());
                if (dotsPerPixel != 1) {
                    image.scaleAbsolute(image.getPlainWidth() * dotsPerPixel, image.getPlainHeight() * dotsPerPixel);
                }
                images.put(uri, image);
            }
            return new ImageResource(uri, new ITextFSImage(Image.getInstance(image)));
        } catch (IOException | IllegalArgumentException e) {
            refuse(uri, "the image cannot be read (" + e.getMessage() + ")");
            return new ImageResource(uri, null);
        }
    }

    /**
     * A {@link VectorDrawing}, placed as a form by Flying Saucer, which reads the page through {@link
     * #getBinaryResource}.
     */
    private ImageResource drawing(String uri) {
        try {
            Rectangle page = outputDevice.getReader(new URI(uri)).getPageSizeWithRotation(1);
            float dots = outputDevice.getDotsPerPoint();
            return new ImageResource(
                    uri, new PDFAsImage(new URI(uri), page.getWidth() * dots, page.getHeight() * dots));
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            refuse(shortened(uri), "the drawing cannot be read (" + e.getMessage() + ")");
            return new ImageResource(uri, null);
        }
    }

    private static String shortened(String uri) {
        return uri.length() > 60 ? uri.substring(0, 60) + "..." : uri;
    }

    /** Every stream Flying Saucer asks for (images, style sheets, fonts) comes from here. */
    @Override
    protected InputStream resolveAndOpenStream(String uri) {
        if (DEFAULT_STYLE_SHEET.isPresent()
                && DEFAULT_STYLE_SHEET.get().toString().equals(uri)) {
            try {
                return DEFAULT_STYLE_SHEET.get().openStream();
            } catch (IOException e) {
                throw new UncheckedIOException("Flying Saucer's default style sheet cannot be read from its jar", e);
            }
        }
        return siteFile(uri)
                .filter(bytes -> !looksLikeMarkupOrPdf(bytes))
                .map(ByteArrayInputStream::new)
                .orElse(null);
    }

    @Override
    public byte[] getBinaryResource(String uri) {
        if (uri != null && uri.startsWith(VectorDrawing.DATA_URI_PREFIX)) {
            return Base64.getDecoder().decode(uri.substring(VectorDrawing.DATA_URI_PREFIX.length()));
        }
        return siteFile(uri).orElse(null);
    }

    private Optional<byte[]> siteFile(String uri) {
        if (uri == null) {
            return Optional.empty();
        }
        Optional<String> path = sitePath(uri);
        if (path.isEmpty()) {
            refuse(
                    uri,
                    "the build fetches nothing; attach the file to the kit and link it by a relative path such as files/"
                            + "picture.png");
            return Optional.empty();
        }
        Optional<byte[]> bytes = resources.siteFile().apply(path.get());
        if (bytes.isEmpty()) {
            refuse(uri, "the kit has no attachment at " + path.get() + "; attach the file to the kit");
        }
        return bytes;
    }

    /** The site path a relative URL names from the document's folder, or empty for any other URL. */
    private Optional<String> sitePath(String uri) {
        if (uri.isEmpty()
                || uri.startsWith("/")
                || uri.startsWith("\\")
                || uri.indexOf('\\') >= 0
                || uri.chars().anyMatch(c -> c < 0x20)) {
            return Optional.empty();
        }
        try {
            URI relative = new URI(uri);
            if (relative.isAbsolute()
                    || relative.getRawAuthority() != null
                    || relative.getPath() == null
                    || relative.getPath().isEmpty()) {
                return Optional.empty();
            }
            String path = new URI(null, null, "/" + resources.folder(), null)
                    .resolve(relative)
                    .normalize()
                    .getPath();
            return path.startsWith("/") && !path.startsWith("/../") && !path.contains("/../")
                    ? Optional.of(path.substring(1))
                    : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private void refuse(String uri, String why) {
        if (reported.add(uri)) {
            resources.refused().accept(uri, why);
        }
    }

    static boolean isRasterImage(byte[] bytes) {
        return startsWith(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                || startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})
                || startsWith(bytes, "GIF8".getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean looksLikeMarkupOrPdf(byte[] bytes) {
        if (isRasterImage(bytes)) {
            return false;
        }
        String start = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "")
                .stripLeading();
        return start.startsWith("<") || start.startsWith("%PDF");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
