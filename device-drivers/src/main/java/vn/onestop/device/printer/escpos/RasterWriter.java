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
        // One column range for the whole bitmap: bands cropped apart would be aligned apart.
        int[] cols = bitmap.inkColumns(0, bitmap.height());
        int y = 0;
        while (y < bitmap.height()) {
            int start = y;
            if (bitmap.rowBlank(y)) {
                while (y < bitmap.height() && bitmap.rowBlank(y)) {
                    y++;
                }
                feed(y - start, out);
            } else {
                while (y < bitmap.height() && !bitmap.rowBlank(y) && y - start < bandRows) {
                    y++;
                }
                band(bitmap.crop(start, y, cols[0], cols[1]), out);
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
        out.write(EscPos.GS);
        out.write(EscPos.RASTER);
        out.write('0');
        out.write(0);
        out.write(band.widthBytes() & 0xFF);
        out.write(band.widthBytes() >> 8);
        out.write(band.height() & 0xFF);
        out.write(band.height() >> 8);
        out.writeBytes(band.data());
    }
}
