package dev.alignkit.content;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills {@code {strategy}}, {@code {title}} and {@code {owner}}; {@code {{}} and {@code }}} write braces. */
final class Placeholders {
    private static final Pattern TOKEN = Pattern.compile("\\{\\{|}}|\\{([a-z]+)}");

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
                problems.error(where.positionOf(matcher.start()), unknown(matcher.group(1)));
                replacement = matcher.group();
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private String unknown(String name) {
        String known = String.join(", ", values.keySet().stream().sorted().map(k -> "{" + k + "}").toList());
        String hint = DidYouMean.hint(name, values.keySet()).replace("'", "");
        if (values.isEmpty()) {
            return "placeholder {" + name + "} cannot be used here; write the text out, or '{{" + name + "}}' for literal braces";
        }
        return "unknown placeholder {" + name + "}" + hint.replace("(did you mean ", "(did you mean {").replace("?)", "}?)")
                + "; use one of " + known + ", or write '{{" + name + "}}' for literal braces";
    }
}
