package dev.alignkit.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Saddle-stitch order: the sheets' sides, folded, read 1, 2, 3, ... */
class BookletOrderTest {
    @Test
    void eightPagesGoOnTwoSheetsOuterPagesFirst() {
        List<int[]> sides = Booklet.sides(8);
        assertEquals(4, sides.size());
        assertArrayEquals(new int[] {8, 1}, sides.get(0));
        assertArrayEquals(new int[] {2, 7}, sides.get(1));
        assertArrayEquals(new int[] {6, 3}, sides.get(2));
        assertArrayEquals(new int[] {4, 5}, sides.get(3));
    }

    @Test
    void pagesArePaddedWithBlanksToAMultipleOfFour() {
        List<int[]> sides = Booklet.sides(5);
        assertEquals(4, sides.size());
        assertArrayEquals(new int[] {0, 1}, sides.get(0));
        assertArrayEquals(new int[] {2, 0}, sides.get(1));
        assertArrayEquals(new int[] {0, 3}, sides.get(2));
        assertArrayEquals(new int[] {4, 5}, sides.get(3));
    }
}
