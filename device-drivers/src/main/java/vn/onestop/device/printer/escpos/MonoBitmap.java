package vn.onestop.device.printer.escpos;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/** A black-and-white image packed as ESC/POS rasters are: 8 dots a byte, most significant bit first. */
public final class MonoBitmap {
    private final int widthBytes;
    private final int height;
    private final byte[] data;

    public MonoBitmap(int widthBytes, int height, byte[] data) {
        if (data.length != widthBytes * height) {
            throw new IllegalArgumentException("raster data must be " + widthBytes * height + " bytes, not "
                    + data.length);
        }
        this.widthBytes = widthBytes;
        this.height = height;
        this.data = data.clone();
    }

    /** Dots darker than mid-grey become black. */
    public static MonoBitmap fromImage(BufferedImage image) {
        int widthBytes = (image.getWidth() + 7) / 8;
        byte[] data = new byte[widthBytes * image.getHeight()];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int luminance = ((rgb >> 16 & 0xFF) * 3 + (rgb >> 8 & 0xFF) * 6 + (rgb & 0xFF)) / 10;
                boolean opaque = (rgb >>> 24) > 127;
                if (opaque && luminance < 128) {
                    data[y * widthBytes + x / 8] |= (byte) (0x80 >> (x % 8));
                }
            }
        }
        return new MonoBitmap(widthBytes, image.getHeight(), data);
    }

    public int widthBytes() {
        return widthBytes;
    }

    public int widthDots() {
        return widthBytes * 8;
    }

    public int height() {
        return height;
    }

    public boolean black(int x, int y) {
        return (data[y * widthBytes + x / 8] & (0x80 >> (x % 8))) != 0;
    }

    public boolean rowBlank(int y) {
        for (int i = y * widthBytes; i < (y + 1) * widthBytes; i++) {
            if (data[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive), byte columns {@code left} to {@code right}. */
    public MonoBitmap crop(int from, int to, int left, int right) {
        int w = right - left;
        byte[] out = new byte[w * (to - from)];
        for (int y = from; y < to; y++) {
            System.arraycopy(data, y * widthBytes + left, out, (y - from) * w, w);
        }
        return new MonoBitmap(w, to - from, out);
    }

    /** First and last-plus-one byte column holding ink in rows {@code from..to}; {0,0} when blank. */
    public int[] inkColumns(int from, int to) {
        int left = widthBytes;
        int right = 0;
        for (int y = from; y < to; y++) {
            for (int x = 0; x < widthBytes; x++) {
                if (data[y * widthBytes + x] != 0) {
                    left = Math.min(left, x);
                    right = Math.max(right, x + 1);
                }
            }
        }
        return left >= right ? new int[] {0, 0} : new int[] {left, right};
    }

    public byte[] data() {
        return data.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MonoBitmap m && m.widthBytes == widthBytes && m.height == height
                && Arrays.equals(m.data, data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data) * 31 + widthBytes;
    }
}
