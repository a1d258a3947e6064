package dev.alignkit.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/** Exposes view records to templates, and {@link Html} as markup that auto-escaping leaves alone. */
final class ViewObjectWrapper extends DefaultObjectWrapper {

    ViewObjectWrapper() {
        super(Configuration.VERSION_2_3_34);
        setExposeFields(false);
    }

    @Override
    public TemplateModel wrap(Object object) throws TemplateModelException {
        if (object instanceof Html html) {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html.markup());
        }
        if (object instanceof LazyText lazy) {
            return new SimpleScalar(lazy.get());
        }
        return super.wrap(object);
    }
}
