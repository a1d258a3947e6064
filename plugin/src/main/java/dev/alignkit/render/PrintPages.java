package dev.alignkit.render;

import dev.alignkit.diagnostics.Problem;
import dev.alignkit.render.Views.KitView;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Renders the print templates to XHTML, ready for the PDF stage. */
public final class PrintPages {
    private final TemplateRenderer templates;
    private final SiteSettings settings;
    private final String pageSize;

    public PrintPages(TemplateRenderer templates, SiteSettings settings, String pageSize) {
        this.templates = templates;
        this.settings = settings;
        this.pageSize = pageSize;
    }

    public Optional<String> xhtml(KitView kit, PrintDocument document, Messages msg, Consumer<Problem> problems) {
        Map<String, Object> data = new HashMap<>();
        data.put("kit", kit);
        data.put("msg", msg.labels());
        data.put("lang", msg.locale().toLanguageTag());
        data.put("site", settings);
        data.put("pageSize", pageSize);
        data.put("document", document.slug());
        data.put("documentTitle", msg.get(document.titleKey()));
        settings.siteUrl().ifPresent(url -> {
            data.put("kitUrl", url + kit.url());
            data.put("qrCode", QrCode.pngDataUri(url + kit.url()));
        });
        return templates.render(document.template(), data, "kit '" + kit.id() + "', " + document.path(kit.id()), problems);
    }
}
