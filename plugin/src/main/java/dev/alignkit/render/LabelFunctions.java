package dev.alignkit.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.util.List;
import java.util.Map;

/**
 * The functions through which templates use labels with arguments; templates never format a pattern themselves:
 * <ul>
 * <li>{@code ${fmt("sessionOf", s.number, kit.sessions?size)}}: the finished label;</li>
 * <li>{@code data-label="${clientLabel("searchResults")}"}: the label compiled for site.js, for counts that are
 * only known in the browser.</li>
 * </ul>
 * A label that cannot be used stops the page with a message naming the messages file and the key.
 */
final class LabelFunctions {
    private LabelFunctions() {}

    /** The functions, by the names templates call them. */
    static Map<String, TemplateMethodModelEx> of(Messages messages) {
        return Map.of(
                "fmt",
                        arguments -> {
                            Object[] values = new Object[Math.max(0, arguments.size() - 1)];
                            for (int i = 0; i < values.length; i++) {
                                values[i] = DeepUnwrap.unwrap((TemplateModel) arguments.get(i + 1));
                            }
                            return use(() -> messages.format(key(arguments, "fmt"), values));
                        },
                "clientLabel",
                        arguments -> {
                            if (arguments.size() != 1) {
                                throw new TemplateModelException(
                                        "clientLabel takes one label key, not " + arguments.size() + " arguments");
                            }
                            return use(() -> messages.clientLabel(key(arguments, "clientLabel")));
                        });
    }

    private static String key(List<?> arguments, String function) throws TemplateModelException {
        if (arguments.isEmpty()) {
            throw new TemplateModelException(function + " needs a label key as its first argument");
        }
        Object key = DeepUnwrap.unwrap((TemplateModel) arguments.get(0));
        if (!(key instanceof String text)) {
            throw new TemplateModelException(function + " needs a label key (a string) as its first argument");
        }
        return text;
    }

    private interface Label {
        String text() throws TemplateModelException;
    }

    private static String use(Label label) throws TemplateModelException {
        try {
            return label.text();
        } catch (Messages.BadLabelException e) {
            throw new TemplateModelException(e.getMessage());
        }
    }
}
