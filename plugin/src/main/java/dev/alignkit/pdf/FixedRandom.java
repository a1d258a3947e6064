package dev.alignkit.pdf;

import java.security.SecureRandom;
import java.util.Arrays;

/**
 * OpenPDF names font subsets with a random six-letter tag; a constant one keeps PDFs byte-identical between
 * builds. Each subset still gets a distinct name, since the tag is followed by the font's own name.
 */
final class FixedRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;

    @Override
    public void nextBytes(byte[] bytes) {
        Arrays.fill(bytes, (byte) 0);
    }

    @Override
    public int nextInt(int bound) {
        return 0;
    }
}
