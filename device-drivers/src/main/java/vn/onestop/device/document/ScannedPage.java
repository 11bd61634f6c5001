package vn.onestop.device.document;

import java.awt.image.BufferedImage;
import java.util.Objects;

/** One page as the scanner gave it: an 8-bit gray picture and its resolution (dots per inch). */
public record ScannedPage(BufferedImage image, int dpi) {
    public ScannedPage {
        Objects.requireNonNull(image, "image");
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            throw new IllegalArgumentException("a scanned page is 8-bit gray, not image type " + image.getType());
        }
        if (dpi < 50 || dpi > 1200) {
            throw new IllegalArgumentException("resolution " + dpi + " dpi is outside 50..1200");
        }
    }

    /** Width in millimetres. */
    public double widthMm() {
        return image.getWidth() * 25.4 / dpi;
    }

    /** Height in millimetres. */
    public double heightMm() {
        return image.getHeight() * 25.4 / dpi;
    }
}
