package dev.alignkit.render;

import dev.alignkit.render.Views.KitView;
import dev.alignkit.render.Views.SessionView;
import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;

/**
 * Exposes view records to templates, and {@link Html} as markup that auto-escaping leaves alone, its relative links
 * made to lead from the page being rendered ({@link PageLinks}, set by {@link TemplateRenderer} for that page). A kit
 * or session view refuses the names that moved when the views got named parts ({@link MovedNames}), even under {@code
 * ??}, so that a project's template written for the flat views stops with a message instead of quietly leaving things
 * out.
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
        TemplateModel model = super.wrap(object);
        if ((object instanceof KitView || object instanceof SessionView) && model instanceof TemplateHashModelEx hash) {
            return new RegroupedView(object, hash);
        }
        if (object != null && model instanceof TemplateHashModelEx hash) {
            return MovedNames.reused(object)
                    .<TemplateModel>map(message -> new ReusedName(object, hash, message))
                    .orElse(model);
        }
        return model;
    }

    /** A kit or session view whose moved names fail with where they went. */
    private static class RegroupedView implements TemplateHashModelEx, AdapterTemplateModel, WrapperTemplateModel {
        final Object view;
        final TemplateHashModelEx delegate;

        RegroupedView(Object view, TemplateHashModelEx delegate) {
            this.view = view;
            this.delegate = delegate;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            var hint = MovedNames.hint(view, key);
            if (hint.isPresent()) {
                throw new TemplateModelException(hint.get());
            }
            return delegate.get(key);
        }

        @Override
        public boolean isEmpty() throws TemplateModelException {
            return delegate.isEmpty();
        }

        @Override
        public int size() throws TemplateModelException {
            return delegate.size();
        }

        @Override
        public TemplateCollectionModel keys() throws TemplateModelException {
            return delegate.keys();
        }

        @Override
        public TemplateCollectionModel values() throws TemplateModelException {
            return delegate.values();
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return view;
        }

        @Override
        public Object getWrappedObject() {
            return view;
        }
    }

    /**
     * A part named like the value it replaced ({@code session.format}, once the format's key): its parts read as
     * before, but printed, compared or listed as that value, it fails with what to write instead.
     */
    private static final class ReusedName extends RegroupedView implements TemplateScalarModel, TemplateSequenceModel {
        private final String message;

        ReusedName(Object part, TemplateHashModelEx delegate, String message) {
            super(part, delegate);
            this.message = message;
        }

        @Override
        public String getAsString() throws TemplateModelException {
            throw new TemplateModelException(message);
        }

        @Override
        public TemplateModel get(int index) throws TemplateModelException {
            throw new TemplateModelException(message);
        }

        @Override
        public int size() throws TemplateModelException {
            throw new TemplateModelException(message);
        }
    }
}
