package dev.alignkit.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * OpenPDF derives the trailer's document {@code /ID} from the clock. This replaces it, in place and at the same
 * length (so the cross-reference offsets stay right), with a digest of the document's own bytes.
 */
final class ReproduciblePdf {
    private ReproduciblePdf() {}

    static byte[] withContentId(byte[] pdf) {
        int id = lastIndexOf(pdf, "/ID [<".getBytes(StandardCharsets.US_ASCII));
        if (id < 0) {
            return pdf;
        }
        int firstOpen = id + 5;
        int firstClose = indexOf(pdf, (byte) '>', firstOpen);
        int secondOpen = firstClose + 1;
        int secondClose = indexOf(pdf, (byte) '>', secondOpen);
        if (firstClose < 0 || pdf[secondOpen] != '<' || secondClose < 0) {
            return pdf;
        }
        byte[] digest = sha256(pdf, id);
        byte[] result = pdf.clone();
        fillHex(result, firstOpen + 1, firstClose, digest);
        fillHex(result, secondOpen + 1, secondClose, digest);
        return result;
    }

    private static void fillHex(byte[] target, int from, int to, byte[] digest) {
        byte[] hex = HexFormat.of().withUpperCase().formatHex(digest).getBytes(StandardCharsets.US_ASCII);
        for (int i = from, j = 0; i < to; i++, j = (j + 1) % hex.length) {
            target[i] = hex[j];
        }
    }

    private static byte[] sha256(byte[] data, int length) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(data, 0, length);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int indexOf(byte[] data, byte value, int from) {
        for (int i = from; i < data.length; i++) {
            if (data[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = data.length - pattern.length; i >= 0; i--) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
