package vn.onestop.device.document;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Turns the bytes a scanner or a camera wrote into a gray page, refusing what is not a picture or is too large
 * (bytes, or pixels before decoding, so a hostile header cannot exhaust memory). Pure: bytes in, page out.
 */
public final class PageDecoder {
    private final long maxBytes;
    private final long maxPixels;

    /** {@code maxBytes}: the largest file accepted; {@code maxPixels}: the largest width x height. */
    public PageDecoder(long maxBytes, long maxPixels) {
        this.maxBytes = maxBytes;
        this.maxPixels = maxPixels;
    }

    /** Limits for A4 at up to 600 dpi (about 35 million pixels) and 64 MB of file. */
    public static PageDecoder defaults() {
        return new PageDecoder(64L << 20, 40_000_000L);
    }

    public ScannedPage decode(byte[] bytes, int dpi) throws DocumentScanException {
        if (bytes.length == 0) {
            throw new DocumentScanException(ScanFault.NOT_AN_IMAGE, "the scanner returned no data");
        }
        if (bytes.length > maxBytes) {
            throw new DocumentScanException(ScanFault.TOO_LARGE, "the page is " + bytes.length
                    + " bytes, over the limit of " + maxBytes);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new DocumentScanException(ScanFault.NOT_AN_IMAGE, "the data is not a picture ("
                        + bytes.length + " bytes, no image format recognised)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > maxPixels) {
                    throw new DocumentScanException(ScanFault.TOO_LARGE, "the page is " + reader.getWidth(0) + "x"
                            + reader.getHeight(0) + " pixels, over the limit of " + maxPixels);
                }
                return new ScannedPage(gray(reader.read(0)), dpi);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new DocumentScanException(ScanFault.NOT_AN_IMAGE, "the picture cannot be read ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
    }

    static BufferedImage gray(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return gray;
    }
}
