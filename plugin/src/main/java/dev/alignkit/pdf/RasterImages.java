package dev.alignkit.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Turns PNG and GIF bytes into OpenPDF images without OpenPDF's own loader. That loader reads them through
 * {@code java.awt.image.PixelGrabber}, which fails at random ({@code ClassCastException: [B cannot be cast to [I}) when
 * worker threads grab pixels at the same time: about every other build with QR codes failed. Here the pixels are read
 * with {@link BufferedImage#getRGB}, which touches only the one image, and written as a raw image (gray or RGB, with
 * a soft mask where the image has transparency). JPEG keeps OpenPDF's loader, which copies the bytes as they are.
 */
final class RasterImages {
    private RasterImages() {}

    static Image read(byte[] bytes) throws IOException {
        try {
            if (isJpeg(bytes)) {
                return Image.getInstance(bytes);
            }
            BufferedImage picture = ImageIO.read(new ByteArrayInputStream(bytes));
            if (picture == null) {
                throw new IOException("not an image this build can read");
            }
            return raw(picture);
        } catch (BadElementException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static Image raw(BufferedImage picture) throws BadElementException, IOException {
        int width = picture.getWidth();
        int height = picture.getHeight();
        int[] argb = picture.getRGB(0, 0, width, height, null, 0, width);
        boolean gray = true;
        boolean transparent = false;
        for (int pixel : argb) {
            gray &= red(pixel) == green(pixel) && green(pixel) == blue(pixel);
            transparent |= (pixel >>> 24) != 0xFF;
        }
        int components = gray ? 1 : 3;
        byte[] colour = new byte[argb.length * components];
        byte[] alpha = new byte[argb.length];
        for (int i = 0; i < argb.length; i++) {
            int pixel = argb[i];
            if (gray) {
                colour[i] = (byte) red(pixel);
            } else {
                colour[3 * i] = (byte) red(pixel);
                colour[3 * i + 1] = (byte) green(pixel);
                colour[3 * i + 2] = (byte) blue(pixel);
            }
            alpha[i] = (byte) (pixel >>> 24);
        }
        Image image = Image.getInstance(width, height, components, 8, colour);
        if (transparent) {
            Image mask = Image.getInstance(width, height, 1, 8, alpha);
            try {
                mask.makeMask();
                image.setImageMask(mask);
            } catch (DocumentException e) {
                throw new IOException("the image's transparency cannot be kept", e);
            }
        }
        return image;
    }

    private static int red(int pixel) {
        return (pixel >> 16) & 0xFF;
    }

    private static int green(int pixel) {
        return (pixel >> 8) & 0xFF;
    }

    private static int blue(int pixel) {
        return pixel & 0xFF;
    }

    private static boolean isJpeg(byte[] bytes) {
        return bytes.length > 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8;
    }
}
