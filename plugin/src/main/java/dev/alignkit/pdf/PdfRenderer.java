package dev.alignkit.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xhtmlrenderer.context.StyleReference;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.pdf.PDFCreationListener;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Turns print XHTML into PDF with Flying Saucer on OpenPDF. Parsing the fonts is the expensive part of setting up a
 * renderer and parsing its style sheets the next, so each worker thread does both once; the renderer itself is new for
 * every document, so a document's bytes never depend on what the thread rendered before.
 */
public final class PdfRenderer {
    private final PdfOptions options;
    private final List<Path> fontFiles;
    /** Each worker thread's parsed theme fonts, reused by every renderer it makes. */
    private final ThreadLocal<List<BaseFont>> fonts;
    /**
     * Each worker thread's style sheets, parsed once for every renderer it makes: the print templates inline the same
     * style sheet in every document of a build. A thread renders one document at a time, and Flying Saucer's cascade
     * writes into the parsed sheets (the position of each selector), so they are not shared between threads.
     */
    private final ThreadLocal<KeptStyleSheets> styleSheets = new ThreadLocal<>();
    /** Each language's hyphenation patterns, read once for all the documents in that language. */
    private final Hyphenations hyphenations = new Hyphenations();

    /** A renderer, the user agent it loads everything through and the style sheets its thread parsed. */
    private record Confined(ITextRenderer renderer, ConfinedUserAgent userAgent, KeptStyleSheets styleSheets) {}

    public PdfRenderer(PdfOptions options) {
        this.options = options;
        this.fontFiles = extract(options.fonts());
        this.fonts = ThreadLocal.withInitial(this::parseFonts);
    }

    /** Flying Saucer reads a font's weight and style from a file, so the theme's fonts are put in one. */
    private static List<Path> extract(List<FontFile> fonts) {
        try {
            Path folder = Files.createTempDirectory("alignkit-fonts");
            folder.toFile().deleteOnExit();
            List<Path> files = new ArrayList<>();
            for (FontFile font : fonts) {
                Path file = folder.resolve(font.name().substring(font.name().lastIndexOf('/') + 1));
                Files.write(file, font.bytes());
                file.toFile().deleteOnExit();
                files.add(file);
            }
            return List.copyOf(files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Thrown for XHTML that does not parse: a broken print template, which the caller reports with its name. */
    public static final class MalformedXhtml extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        MalformedXhtml(SAXParseException cause) {
            super(cause.getMessage(), cause);
            this.line = cause.getLineNumber();
            this.column = cause.getColumnNumber();
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    /** Renders one document that uses no file and links only within itself. */
    public byte[] render(String xhtml, PdfMetadata metadata) throws MalformedXhtml {
        return render(xhtml, metadata, PdfResources.none());
    }

    /** Renders one document with the given document information, loading only what {@code resources} supplies. */
    public byte[] render(String xhtml, PdfMetadata metadata, PdfResources resources) throws MalformedXhtml {
        Document document = parse(xhtml);
        withoutUnpublishableLinks(document, resources);
        Confined confined = newRenderer(fonts.get());
        confined.userAgent().startDocument(resources);
        ITextRenderer renderer = confined.renderer();
        renderer.setListener(new Metadata(metadata));
        hyphenations
                .of(metadata.language())
                .ifPresent(hyphenation ->
                        renderer.getSharedContext().setLineBreakingStrategy(new HyphenatingLineBreaks(hyphenation)));
        try {
            renderer.setDocument(document, null, new DigestNamedStyles());
        } finally {
            if (confined.userAgent().loadedDocumentStyleSheet()) {
                confined.styleSheets().forgetAll();
            }
        }
        renderer.layout();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            renderer.createPDF(out);
        } catch (DocumentException e) {
            throw new IllegalStateException("OpenPDF could not write a document", e);
        }
        return ReproduciblePdf.withContentId(out.toByteArray());
    }

    /**
     * A document's pages as a booklet: two up on sheets of {@code sheetWidth} by {@code sheetHeight} points
     * (landscape), in folding order, padded with blank pages to a multiple of four; dated like every other PDF.
     */
    public byte[] booklet(byte[] pages, float sheetWidth, float sheetHeight) {
        return Booklet.impose(pages, sheetWidth, sheetHeight, options.timestamp());
    }

    /**
     * Flying Saucer turns every {@code <a href>} into a link action and every {@code onclick} into a JavaScript action:
     * a link leaves the document only when the URL policy allows its target, and no script is kept.
     */
    private static void withoutUnpublishableLinks(Document document, PdfResources resources) {
        NodeList elements = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            element.removeAttribute("onclick");
            String href = element.getAttribute("href");
            if ("a".equalsIgnoreCase(element.getLocalName())
                    && !href.isEmpty()
                    && !href.startsWith("#")
                    && !resources.publishableLink().test(href)) {
                element.removeAttribute("href");
            }
        }
    }

    /**
     * A renderer for one document. Flying Saucer's renderer keeps state from the documents it rendered (the object
     * numbers of the next PDF changed with them), so which kits a worker thread happened to get before would change
     * a kit's bytes; only the parsed fonts and style sheets, the expensive part, are kept.
     */
    private Confined newRenderer(List<BaseFont> bases) {
        ITextOutputDevice device = new DrawingOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
        ConfinedUserAgent userAgent = new ConfinedUserAgent(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL);
        ITextRenderer renderer = new ITextRenderer(
                ITextRenderer.DEFAULT_DOTS_PER_POINT, ITextRenderer.DEFAULT_DOTS_PER_PIXEL, device, userAgent);
        for (int i = 0; i < bases.size(); i++) {
            try {
                renderer.getFontResolver()
                        .addFont(bases.get(i), fontFiles.get(i).toString(), null);
            } catch (DocumentException e) {
                throw new IllegalStateException(
                        "theme font " + fontFiles.get(i).getFileName() + " cannot be loaded", e);
            }
        }
        KeptStyleSheets parsed = styleSheets.get();
        if (parsed == null) {
            parsed = new KeptStyleSheets(userAgent);
            styleSheets.set(parsed);
        }
        renderer.getSharedContext().setCss(parsed);
        renderer.getSharedContext().setUserAgentCallback(userAgent);
        return new Confined(renderer, userAgent, parsed);
    }

    /** The style sheets the next renderer of this thread starts from, once the thread has rendered a document. */
    Optional<StyleReference> styleSheetsOfThisThread() {
        return Optional.ofNullable(styleSheets.get());
    }

    private List<BaseFont> parseFonts() {
        List<BaseFont> bases = new ArrayList<>();
        for (int i = 0; i < fontFiles.size(); i++) {
            Path file = fontFiles.get(i);
            try {
                // From the bytes in memory: OpenPDF reads a font file byte by byte, which is slow.
                BaseFont base = BaseFont.createFont(
                        file.toString(),
                        BaseFont.IDENTITY_H,
                        BaseFont.EMBEDDED,
                        false,
                        options.fonts().get(i).bytes(),
                        null);
                base.setSecureRandom(new FixedRandom());
                bases.add(base);
            } catch (IOException | DocumentException e) {
                throw new IllegalStateException("theme font " + file.getFileName() + " cannot be loaded", e);
            }
        }
        return List.copyOf(bases);
    }

    private static Document parse(String xhtml) throws MalformedXhtml {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXParseException e) {
            throw new MalformedXhtml(e);
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("XML parser unavailable", e);
        }
    }

    /**
     * Document information, set just before the PDF closes. The information is set here rather than read
     * from the XHTML's {@code <meta>} tags, so that the template cannot get it wrong. Dates come from the build's
     * timestamp, or are left out.
     */
    private final class Metadata implements PDFCreationListener {
        private final PdfMetadata metadata;

        Metadata(PdfMetadata metadata) {
            this.metadata = metadata;
        }

        @Override
        public void preOpen(ITextRenderer renderer) {}

        @Override
        public void preWrite(ITextRenderer renderer, int pageCount) {}

        @Override
        public void onClose(ITextRenderer renderer) {
            PdfDictionary info = renderer.getWriter().getInfo();
            info.put(PdfName.TITLE, new PdfString(metadata.title(), PdfObject.TEXT_UNICODE));
            info.put(PdfName.AUTHOR, new PdfString(metadata.author(), PdfObject.TEXT_UNICODE));
            info.put(PdfName.SUBJECT, new PdfString(metadata.subject(), PdfObject.TEXT_UNICODE));
            info.put(PdfName.KEYWORDS, new PdfString(metadata.keywords(), PdfObject.TEXT_UNICODE));
            info.put(PdfName.CREATOR, new PdfString("Alignkit", PdfObject.TEXT_UNICODE));
            info.remove(PdfName.CREATIONDATE);
            info.remove(PdfName.MODDATE);
            options.timestamp().ifPresent(instant -> {
                Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
                calendar.setTimeInMillis(instant.toEpochMilli());
                info.put(PdfName.CREATIONDATE, new PdfDate(calendar));
                info.put(PdfName.MODDATE, new PdfDate(calendar));
            });
            renderer.getWriter().getExtraCatalog().put(PdfName.LANG, new PdfString(metadata.language()));
        }
    }
}
