package dev.alignkit.render;

import dev.alignkit.content.Kpi;
import dev.alignkit.content.KpiActual;
import dev.alignkit.content.KpiStatus;
import dev.alignkit.content.KpiTrack;
import dev.alignkit.content.Scorecard;
import dev.alignkit.pdf.VectorDrawing;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A KPI's trend chart, drawn from numbers only: the planned path (dashed), the baseline at the start, the target at
 * the last check-in and the actual values with a marker per status (circle on track, triangle at risk, square off
 * track, so the status never rests on colour alone). Two outputs of the same geometry: inline SVG for the web, whose
 * colours come from the page's style sheet (light and dark), and a vector drawing for the PDFs ({@link VectorDrawing}).
 * No text of the kit enters the markup: the numbers on the axis are formatted here from {@link BigDecimal}s.
 */
public final class KpiChart {
    static final int WIDTH = 480;
    static final int HEIGHT = 180;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 14;
    private static final int BOTTOM = 24;

    /** One actual value, placed on its day. */
    record Point(int day, BigDecimal value, Optional<KpiStatus> status) {}

    private final int horizonDays;
    private final int lastDay;
    private final List<Integer> checkInDays;
    private final Optional<BigDecimal> baseline;
    private final Optional<BigDecimal> target;
    private final boolean bound;
    private final List<Point> points;
    /** The smallest and largest value drawn, which the axis names. */
    private final double least;

    private final double most;
    /** The axis's range: the values' with some room above and below, so no marker sits on the frame. */
    private final double low;

    private final double high;

    private KpiChart(
            int horizonDays,
            List<Integer> checkInDays,
            Optional<BigDecimal> baseline,
            Optional<BigDecimal> target,
            boolean bound,
            List<Point> points) {
        this.horizonDays = horizonDays;
        this.checkInDays = List.copyOf(checkInDays);
        this.baseline = baseline;
        this.target = target;
        this.bound = bound;
        this.points = List.copyOf(points);
        this.lastDay =
                Math.max(horizonDays, points.stream().mapToInt(Point::day).max().orElse(0));
        List<Double> values = new ArrayList<>();
        baseline.ifPresent(b -> values.add(b.doubleValue()));
        target.ifPresent(t -> values.add(t.doubleValue()));
        points.forEach(p -> values.add(p.value().doubleValue()));
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double pad = max > min ? (max - min) * 0.1 : Math.max(1, Math.abs(max) * 0.1);
        this.least = min;
        this.most = max;
        this.low = min - pad;
        this.high = max + pad;
    }

    /** The chart of a KPI, when it has numbers to draw: a baseline, a target or a numeric actual value. */
    public static Optional<KpiChart> of(Kpi kpi, Scorecard scorecard) {
        return of(kpi, kpi.actuals(), scorecard);
    }

    /** The chart of a KPI with the given actual values of it (those measured by a day, say). */
    public static Optional<KpiChart> of(Kpi kpi, List<KpiActual> actuals, Scorecard scorecard) {
        int horizon = scorecard.horizonDays();
        List<Point> points = new ArrayList<>();
        for (KpiActual actual : actuals) {
            actual.number()
                    .ifPresent(n ->
                            points.add(new Point(actual.day(), n, KpiTrack.status(kpi, horizon, actual.day(), n))));
        }
        if (points.isEmpty() && (kpi.baseline().isEmpty() || kpi.target().isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new KpiChart(
                horizon,
                scorecard.checkInDays(),
                kpi.baseline(),
                kpi.target(),
                kpi.direction().isBound(),
                points));
    }

    private double x(int day) {
        return LEFT + (WIDTH - LEFT - RIGHT) * (double) day / lastDay;
    }

    private double y(BigDecimal value) {
        return y(value.doubleValue());
    }

    private double y(double value) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (high - value) / (high - low);
    }

    /** The planned path as a polyline: from the baseline to the target, then level; a bound is level throughout. */
    private List<double[]> plannedPath() {
        if (target.isEmpty()) {
            return List.of();
        }
        double end = y(target.get());
        if (bound || baseline.isEmpty()) {
            return bound ? List.of(new double[] {x(0), end}, new double[] {x(lastDay), end}) : List.of();
        }
        List<double[]> path = new ArrayList<>();
        path.add(new double[] {x(0), y(baseline.get())});
        path.add(new double[] {x(horizonDays), end});
        if (lastDay > horizonDays) {
            path.add(new double[] {x(lastDay), end});
        }
        return path;
    }

    /** The actual line starts at the baseline on day 0, when there is one. */
    private List<double[]> actualLine() {
        List<double[]> line = new ArrayList<>();
        if (!points.isEmpty()) {
            baseline.ifPresent(b -> line.add(new double[] {x(0), y(b)}));
        }
        points.forEach(p -> line.add(new double[] {x(p.day()), y(p.value())}));
        return line;
    }

    /** Inline SVG, hidden from screen readers: the table beside it carries the same numbers. */
    public Html svg() {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"kpi-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(HEIGHT)
                .append("\" aria-hidden=\"true\" focusable=\"false\">");
        double bottom = HEIGHT - BOTTOM;
        svg.append(line("chart-axis", LEFT, TOP, LEFT, bottom))
                .append(line("chart-axis", LEFT, bottom, WIDTH - RIGHT, bottom));
        for (int i = 0; i < checkInDays.size(); i++) {
            double at = x(checkInDays.get(i));
            svg.append(line("chart-grid", at, TOP, at, bottom));
            svg.append(text("chart-label", at, HEIGHT - 8, "middle", Integer.toString(i + 1)));
        }
        svg.append(text("chart-label", LEFT - 6, y(most) + 4, "end", number(most)));
        if (least < most) {
            svg.append(text("chart-label", LEFT - 6, y(least) + 4, "end", number(least)));
        }
        List<double[]> planned = plannedPath();
        if (!planned.isEmpty()) {
            svg.append(polyline("chart-planned", planned));
        }
        List<double[]> actual = actualLine();
        if (actual.size() > 1) {
            svg.append(polyline("chart-actual", actual));
        }
        baseline.ifPresent(b -> svg.append(circle("chart-baseline", x(0), y(b), 4)));
        target.ifPresent(t -> svg.append(diamond("chart-target", x(horizonDays), y(t))));
        for (Point p : points) {
            svg.append(marker(p));
        }
        svg.append("</svg>");
        return new Html(svg.toString());
    }

    private String marker(Point p) {
        double cx = x(p.day());
        double cy = y(p.value());
        String status = p.status().map(s -> "chart-point " + s.key()).orElse("chart-point");
        return switch (p.status().orElse(KpiStatus.ON_TRACK)) {
            case ON_TRACK -> circle(status, cx, cy, 5);
            case AT_RISK ->
                "<path class=\"" + status + "\" d=\"M" + f(cx) + " " + f(cy - 6) + "L" + f(cx + 6) + " " + f(cy + 5)
                        + "L" + f(cx - 6) + " " + f(cy + 5) + "Z\"/>";
            case OFF_TRACK ->
                "<rect class=\"" + status + "\" x=\"" + f(cx - 5) + "\" y=\"" + f(cy - 5)
                        + "\" width=\"10\" height=\"10\"/>";
        };
    }

    private static String line(String cls, double x1, double y1, double x2, double y2) {
        return "<line class=\"" + cls + "\" x1=\"" + f(x1) + "\" y1=\"" + f(y1) + "\" x2=\"" + f(x2) + "\" y2=\""
                + f(y2) + "\"/>";
    }

    private static String polyline(String cls, List<double[]> points) {
        StringBuilder at = new StringBuilder();
        for (double[] p : points) {
            at.append(at.length() == 0 ? "" : " ").append(f(p[0])).append(',').append(f(p[1]));
        }
        return "<polyline class=\"" + cls + "\" fill=\"none\" points=\"" + at + "\"/>";
    }

    private static String circle(String cls, double cx, double cy, double r) {
        return "<circle class=\"" + cls + "\" cx=\"" + f(cx) + "\" cy=\"" + f(cy) + "\" r=\"" + f(r) + "\"/>";
    }

    private static String diamond(String cls, double cx, double cy) {
        return "<path class=\"" + cls + "\" d=\"M" + f(cx) + " " + f(cy - 6) + "L" + f(cx + 6) + " " + f(cy) + "L"
                + f(cx) + " " + f(cy + 6) + "L" + f(cx - 6) + " " + f(cy) + "Z\"/>";
    }

    /** Only digits, a sign and a point reach this text: the numbers are formatted here. */
    private static String text(String cls, double x, double y, String anchor, String digits) {
        return "<text class=\"" + cls + "\" x=\"" + f(x) + "\" y=\"" + f(y) + "\" text-anchor=\"" + anchor + "\">"
                + digits + "</text>";
    }

    /**
     * A coordinate with one decimal, exactly as {@code String.format(Locale.ROOT, "%.1f", value)} writes it (half up
     * from the shortest decimal form), without the formatter: it was a tenth of a kit page's CPU.
     */
    static String f(double value) {
        if (!Double.isFinite(value)) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
        String text = rounded.toPlainString();
        // BigDecimal has no negative zero; the formatter keeps the sign of a small negative value
        return rounded.signum() == 0 && (value < 0 || (value == 0 && 1 / value < 0)) ? "-" + text : text;
    }

    /** An axis value, rounded to what the axis can show: up to two decimals, no exponent. */
    static String number(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
        String plain = rounded.stripTrailingZeros().toPlainString();
        return plain.equals("-0") ? "0" : plain;
    }

    /**
     * The same chart for print, in fixed colours that print in grey as well: a one-page vector PDF as a data URI, which
     * the print templates show as an image.
     */
    public String printDataUri() {
        return VectorDrawing.dataUri(WIDTH, HEIGHT, this::paint);
    }

    private void paint(Graphics2D g) {
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        double bottom = HEIGHT - BOTTOM;
        g.setColor(new Color(0xD6DCE6));
        g.setStroke(new BasicStroke(0.75f));
        for (int day : checkInDays) {
            g.draw(new Line2D.Double(x(day), TOP, x(day), bottom));
        }
        g.setColor(new Color(0x566173));
        g.setStroke(new BasicStroke(1f));
        g.draw(new Line2D.Double(LEFT, TOP, LEFT, bottom));
        g.draw(new Line2D.Double(LEFT, bottom, WIDTH - RIGHT, bottom));
        g.setColor(new Color(0x374151));
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f));
        drawPolyline(g, plannedPath());
        g.setColor(new Color(0x1D4ED8));
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        List<double[]> actual = actualLine();
        if (actual.size() > 1) {
            drawPolyline(g, actual);
        }
        g.setStroke(new BasicStroke(1.5f));
        baseline.ifPresent(b -> {
            g.setColor(Color.WHITE);
            g.fill(new Ellipse2D.Double(x(0) - 4, y(b) - 4, 8, 8));
            g.setColor(new Color(0x374151));
            g.draw(new Ellipse2D.Double(x(0) - 4, y(b) - 4, 8, 8));
        });
        target.ifPresent(t -> {
            g.setColor(new Color(0x374151));
            g.fill(diamondShape(x(horizonDays), y(t)));
        });
        for (Point p : points) {
            g.setColor(printColour(p.status()));
            double cx = x(p.day());
            double cy = y(p.value());
            switch (p.status().orElse(KpiStatus.ON_TRACK)) {
                case ON_TRACK -> g.fill(new Ellipse2D.Double(cx - 5, cy - 5, 10, 10));
                case AT_RISK -> g.fill(triangleShape(cx, cy));
                case OFF_TRACK -> g.fill(new Rectangle2D.Double(cx - 5, cy - 5, 10, 10));
            }
        }
    }

    private static Color printColour(Optional<KpiStatus> status) {
        return status.map(s -> switch (s) {
                    case ON_TRACK -> new Color(0x1F7A3D);
                    case AT_RISK -> new Color(0x9A5B00);
                    case OFF_TRACK -> new Color(0xB42318);
                })
                .orElse(new Color(0x1D4ED8));
    }

    private static void drawPolyline(Graphics2D g, List<double[]> points) {
        for (int i = 1; i < points.size(); i++) {
            g.draw(new Line2D.Double(points.get(i - 1)[0], points.get(i - 1)[1], points.get(i)[0], points.get(i)[1]));
        }
    }

    private static Path2D diamondShape(double cx, double cy) {
        Path2D path = new Path2D.Double();
        path.moveTo(cx, cy - 6);
        path.lineTo(cx + 6, cy);
        path.lineTo(cx, cy + 6);
        path.lineTo(cx - 6, cy);
        path.closePath();
        return path;
    }

    private static Path2D triangleShape(double cx, double cy) {
        Path2D path = new Path2D.Double();
        path.moveTo(cx, cy - 6);
        path.lineTo(cx + 6, cy + 5);
        path.lineTo(cx - 6, cy + 5);
        path.closePath();
        return path;
    }
}
