package dev.alignkit.render;

import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * Exposes view records to templates, and {@link Html} as markup that auto-escaping leaves alone, its relative links
 * made to lead from the page being rendered ({@link PageLinks}, set by {@link TemplateRenderer} for that page).
 */
final class ViewObjectWrapper extends DefaultObjectWrapper {

    ViewObjectWrapper() {
        super(Configuration.VERSION_2_3_34);
        setExposeFields(false);
    }

    /** The key under which a page's {@link PageLinks} is kept in its FreeMarker environment. */
    static final String PAGE_LINKS = PageLinks.class.getName();

    private static String forThisPage(String markup) {
        Environment env = Environment.getCurrentEnvironment();
        return env != null && env.getCustomAttribute(PAGE_LINKS) instanceof PageLinks links
                ? links.rewrite(markup)
                : markup;
    }

    @Override
    public TemplateModel wrap(Object object) throws TemplateModelException {
        if (object instanceof Html html) {
            return HTMLOutputFormat.INSTANCE.fromMarkup(forThisPage(html.markup()));
        }
        if (object instanceof LazyText lazy) {
            return new SimpleScalar(lazy.get());
        }
        return super.wrap(object);
    }
}
