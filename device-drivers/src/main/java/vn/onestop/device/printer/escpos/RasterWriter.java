package vn.onestop.device.printer.escpos;

import java.io.ByteArrayOutputStream;

/**
 * Sends a bitmap the cheap way: runs of blank rows as paper feeds ({@code ESC J n}), runs of inked rows
 * as {@code GS v 0} bands of at most {@code bandRows} rows, all cropped to the byte columns holding ink
 * in the whole bitmap, so that the alignment ({@code ESC a}) places every band alike.
 */
final class RasterWriter {
    private final int bandRows;

    RasterWriter(int bandRows) {
        this.bandRows = bandRows;
    }

    void write(MonoBitmap bitmap, ByteArrayOutputStream out) {
        write(bitmap, false, out);
    }

    /**
     * With {@code doubled}, each bit prints as 2x2 dots ({@code GS v 0} mode 3): a quarter of the bytes
     * for images drawn in blocks of 2 dots anyway, such as QR modules of an even size.
     */
    void write(MonoBitmap bitmap, boolean doubled, ByteArrayOutputStream out) {
        // One column range for the whole bitmap: bands cropped apart would be aligned apart.
        int[] cols = bitmap.inkColumns(0, bitmap.height());
        int y = 0;
        while (y < bitmap.height()) {
            int start = y;
            if (bitmap.rowBlank(y)) {
                while (y < bitmap.height() && bitmap.rowBlank(y)) {
                    y++;
                }
                feed((y - start) * (doubled ? 2 : 1), out);
            } else {
                while (y < bitmap.height() && !bitmap.rowBlank(y) && y - start < bandRows) {
                    y++;
                }
                band(bitmap.crop(start, y, cols[0], cols[1]), doubled, out);
            }
        }
    }

    /** {@code ESC J n} in steps of at most 255 dots. */
    static void feed(int dots, ByteArrayOutputStream out) {
        int left = dots;
        while (left > 0) {
            int step = Math.min(255, left);
            out.write(EscPos.ESC);
            out.write(EscPos.FEED_DOTS);
            out.write(step);
            left -= step;
        }
    }

    /** {@code GS v 0 0 xL xH yL yH} and exactly x*y bytes of data. */
    static void band(MonoBitmap band, ByteArrayOutputStream out) {
        band(band, false, out);
    }

    /** Mode byte m: 0 normal, 3 double width and double height. */
    static void band(MonoBitmap band, boolean doubled, ByteArrayOutputStream out) {
        out.write(EscPos.GS);
        out.write(EscPos.RASTER);
        out.write('0');
        out.write(doubled ? 3 : 0);
        out.write(band.widthBytes() & 0xFF);
        out.write(band.widthBytes() >> 8);
        out.write(band.height() & 0xFF);
        out.write(band.height() >> 8);
        out.writeBytes(band.data());
    }
}
