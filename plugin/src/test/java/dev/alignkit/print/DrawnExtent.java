package dev.alignkit.print;

import java.awt.geom.Point2D;
import java.io.IOException;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * How far down a page its visible drawings reach (answer boxes, ruled notes lines, table borders, images), measured from
 * the top of the page in points, ignoring the bottom margin where the running footer sits, a page-sized background and
 * white fills. Text is measured by {@link PrintedPages}.
 */
final class DrawnExtent extends PDFGraphicsStreamEngine {
    private static final int WHITE = 0xFFFFFF;
    private final float height;
    private final float lowestAllowed;
    private float lowest;

    private DrawnExtent(PDPage page, float bottomMargin) {
        super(page);
        this.height = page.getMediaBox().getHeight();
        this.lowestAllowed = height - bottomMargin;
    }

    /** The lowest point any path or image on the page reaches above the bottom margin; 0 when nothing is drawn. */
    static float of(PDPage page, float bottomMargin) {
        try {
            DrawnExtent extent = new DrawnExtent(page, bottomMargin);
            extent.processPage(page);
            return extent.lowest;
        } catch (IOException e) {
            throw new AssertionError("page does not read back", e);
        }
    }

    /** The current path's extent, from the top of the page: a path counts once it is painted, not when it clips. */
    private float pathTop = Float.MAX_VALUE;

    private float pathBottom = 0;

    private void reach(Point2D point) {
        float fromTop = height - (float) point.getY();
        pathTop = Math.min(pathTop, fromTop);
        pathBottom = Math.max(pathBottom, fromTop);
    }

    /** Paints the current path; a page-sized background is not content. */
    private void paint() {
        boolean background = pathBottom - pathTop > height * 0.8f;
        if (!background && pathBottom <= lowestAllowed) {
            lowest = Math.max(lowest, pathBottom);
        }
        discard();
    }

    private void discard() {
        pathTop = Float.MAX_VALUE;
        pathBottom = 0;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        reach(p0);
        reach(p1);
        reach(p2);
        reach(p3);
    }

    @Override
    public void moveTo(float x, float y) {
        reach(transformedPoint(x, y));
    }

    @Override
    public void lineTo(float x, float y) {
        reach(transformedPoint(x, y));
    }

    @Override
    public void drawImage(PDImage pdImage) {
        reach(getGraphicsState().getCurrentTransformationMatrix().transformPoint(0, 0));
        reach(getGraphicsState().getCurrentTransformationMatrix().transformPoint(1, 1));
        paint();
    }

    @Override
    public void clip(int windingRule) {
        // The path that follows a clip (n) is never painted.
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        reach(transformedPoint(x3, y3));
    }

    @Override
    public Point2D getCurrentPoint() {
        return new Point2D.Float(0, 0);
    }

    @Override
    public void closePath() {}

    @Override
    public void endPath() {
        discard();
    }

    @Override
    public void strokePath() {
        paint();
    }

    /** A white fill (a blank answer box, a table cell's white ground) is paper, not a mark; its border is. */
    @Override
    public void fillPath(int windingRule) {
        if (fillsWhite()) {
            discard();
        } else {
            paint();
        }
    }

    private boolean fillsWhite() {
        try {
            return (getGraphicsState().getNonStrokingColor().toRGB() & WHITE) == WHITE;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        paint();
    }

    @Override
    public void shadingFill(COSName shadingName) {}
}
