package dev.alignkit.content;

import dev.alignkit.diagnostics.Echo;
import dev.alignkit.diagnostics.Problems;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills {@code {strategy}}, {@code {title}} and {@code {owner}}; {@code {{}} and {@code }}} write braces. */
final class Placeholders {
    private static final Pattern TOKEN = Pattern.compile("\\{\\{|}}|\\{([a-z]+)}");
    /** The placeholders of the content format; a kit gives a value to those whose key it sets. */
    private static final List<String> NAMES = List.of("owner", "strategy", "title");

    private final Map<String, String> values;

    Placeholders(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** Replaces placeholders in {@code text}; an unknown one is reported at its own column where it can be. */
    String fill(String text, ScalarLocation where, Problems problems) {
        if (text.indexOf('{') < 0 && text.indexOf('}') < 0) {
            return text;
        }
        Matcher matcher = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            String replacement;
            if (matcher.group(1) == null) {
                replacement = matcher.group().substring(1);
            } else if (values.containsKey(matcher.group(1))) {
                replacement = values.get(matcher.group(1));
            } else {
                problems.error(where.positionOf(matcher.start()), unknown(Echo.value(matcher.group(1))));
                replacement = matcher.group();
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private String unknown(String name) {
        String known = String.join(", ", NAMES.stream().map(k -> "{" + k + "}").toList());
        String hint = DidYouMean.hint(name, NAMES).replace("'", "");
        if (values.isEmpty()) {
            return "placeholder {" + name + "} cannot be used here; write the text out, or '{{" + name
                    + "}}' for literal braces";
        }
        if (NAMES.contains(name)) {
            return "placeholder {" + name + "} has no value because the kit sets no '" + name + "'; add '" + name
                    + ": ...' at the top of the kit, or write '{{" + name + "}}' for literal braces";
        }
        return "unknown placeholder {" + name + "}"
                + hint.replace("(did you mean ", "(did you mean {").replace("?)", "}?)") + "; use one of " + known
                + ", or write '{{" + name + "}}' for literal braces";
    }
}
