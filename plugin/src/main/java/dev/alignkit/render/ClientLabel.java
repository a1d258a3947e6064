package dev.alignkit.render;

import java.text.ChoiceFormat;
import java.text.DecimalFormat;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * A label that site.js finishes in the browser (the counts of search results, shown kits, ticked boxes are only
 * known there), compiled from its {@link MessageFormat} pattern into JSON that needs no parsing in JavaScript
 * beyond picking a case and putting numbers in. Java stays the only reader of patterns, so a translator's plural
 * works the same on the page as in the build.
 *
 * <p>The contract with {@code templates/assets/site.js} (function {@code format} there):
 * <pre>
 * label = {"group": the locale's grouping separator ("" for none), "parts": parts}
 * parts = [part, ...], joined without separators
 * part  = "text"                          literal text, already unquoted
 *       | n                               argument n: a number is written with "group" every three digits,
 *                                         a string as it is, a missing argument as {n}
 *       | {"arg": n, "cases": [[limit, parts], ...]}
 *                                         a choice on argument n: the cases run from the highest limit down;
 *                                         take the first whose limit is &lt;= the argument, else the last one;
 *                                         a null limit is minus infinity
 * </pre>
 * Arguments may be written {@code {n}}, {@code {n,number}}, {@code {n,number,integer}} or {@code {n,choice,...}};
 * a choice's case that contains '{' is a pattern itself, as in MessageFormat. Anything else (dates, currencies,
 * custom number patterns) is refused with the reason, since site.js could not honour it.
 */
final class ClientLabel {
    // Private-use characters that mark where MessageFormat put an argument; a label may not contain them.
    private static final char START = '\uE000';
    private static final char END = '\uE001';

    private ClientLabel() {}

    /** The JSON form of {@code pattern}, or {@link IllegalArgumentException} saying why site.js cannot use it. */
    static String compile(String pattern, Locale locale) {
        NumberFormat numbers = NumberFormat.getInstance(locale);
        String group = numbers instanceof DecimalFormat decimal && decimal.isGroupingUsed()
                ? String.valueOf(decimal.getDecimalFormatSymbols().getGroupingSeparator())
                : "";
        StringBuilder json =
                new StringBuilder("{\"group\":").append(JsonString.quote(group)).append(",\"parts\":");
        parts(pattern, locale, json);
        return json.append('}').toString();
    }

    private static void parts(String pattern, Locale locale, StringBuilder json) {
        if (pattern.indexOf(START) >= 0 || pattern.indexOf(END) >= 0) {
            throw new IllegalArgumentException("it contains the private-use character U+E000 or U+E001");
        }
        MessageFormat format = new MessageFormat(pattern, locale);
        Format[] written = format.getFormats();
        // Each argument is formatted as a marker naming its place in the pattern and its number, so MessageFormat
        // itself separates (and unquotes) the literal text; the original formats say what each argument needs.
        Format[] markers = new Format[written.length];
        for (int place = 0; place < markers.length; place++) {
            markers[place] = new Marker(place);
        }
        format.setFormats(markers);
        Object[] arguments = new Object[format.getFormatsByArgumentIndex().length];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = i;
        }
        String marked = format.format(arguments);

        json.append('[');
        int at = 0;
        boolean first = true;
        while (at < marked.length()) {
            if (!first) {
                json.append(',');
            }
            first = false;
            int start = marked.indexOf(START, at);
            if (start != at) {
                int stop = start < 0 ? marked.length() : start;
                json.append(JsonString.quote(marked.substring(at, stop)));
                at = stop;
                continue;
            }
            int end = marked.indexOf(END, start);
            String[] placeAndArgument = marked.substring(start + 1, end).split(":");
            argument(
                    written[Integer.parseInt(placeAndArgument[0])],
                    Integer.parseInt(placeAndArgument[1]),
                    locale,
                    json);
            at = end + 1;
        }
        json.append(']');
    }

    private static void argument(Format written, int argument, Locale locale, StringBuilder json) {
        if (written instanceof ChoiceFormat choice) {
            choice(choice, argument, locale, json);
        } else if (written == null
                || written.equals(NumberFormat.getInstance(locale))
                || written.equals(NumberFormat.getIntegerInstance(locale))) {
            json.append(argument);
        } else {
            throw new IllegalArgumentException("argument {" + argument + "} has a format site.js cannot apply; use {"
                    + argument + "}, {" + argument + ",number}, {" + argument + ",number,integer} or {" + argument
                    + ",choice,...}");
        }
    }

    private static void choice(ChoiceFormat choice, int argument, Locale locale, StringBuilder json) {
        double[] limits = choice.getLimits();
        Object[] cases = choice.getFormats();
        json.append("{\"arg\":").append(argument).append(",\"cases\":[");
        boolean first = true;
        for (int i = limits.length - 1; i >= 0; i--) {
            double limit = limits[i];
            if (Double.isNaN(limit)) {
                throw new IllegalArgumentException(
                        "argument {" + argument + "} has a choice whose limit is not a number");
            }
            if (limit == Double.POSITIVE_INFINITY) {
                continue; // chosen for no count
            }
            if (!first) {
                json.append(',');
            }
            first = false;
            json.append('[')
                    .append(limit == Double.NEGATIVE_INFINITY ? "null" : number(limit))
                    .append(',');
            String text = (String) cases[i];
            // As MessageFormat does: a case with a '{' is a pattern over the same arguments.
            if (text.indexOf('{') >= 0) {
                parts(text, locale, json);
            } else {
                json.append('[')
                        .append(text.isEmpty() ? "" : JsonString.quote(text))
                        .append(']');
            }
            json.append(']');
        }
        json.append("]}");
    }

    private static String number(double limit) {
        return limit == Math.rint(limit) && Math.abs(limit) < 1e15
                ? Long.toString((long) limit)
                : Double.toString(limit);
    }

    private static final class Marker extends Format {
        private final int place;

        Marker(int place) {
            this.place = place;
        }

        @Override
        public StringBuffer format(Object argument, StringBuffer to, FieldPosition position) {
            return to.append(START).append(place).append(':').append(argument).append(END);
        }

        @Override
        public Object parseObject(String source, ParsePosition position) {
            throw new UnsupportedOperationException();
        }
    }
}
