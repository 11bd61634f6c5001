package vn.onestop.device.printer.escpos;

import com.google.zxing.qrcode.encoder.ByteMatrix;
import java.util.ArrayList;
import java.util.List;

/**
 * A QR code as a few user-defined characters printed enlarged: each character cell (12 x 24 dots in Font A)
 * holds one bit per module, and {@code GS !} prints every bit as {@code scale} x {@code scale} dots, the
 * module size. A 33-module symbol is 3 x 2 cells, about 200 bytes where a raster at half resolution is about
 * 1,300. The cells of one row go as one line of text, the rows one under the other with the line spacing set
 * to the cell height, so that a line of enlarged characters advances the paper by exactly their height.
 * Modules are centred across the cells of a row; the blank left at the bottom of the last row counts as quiet
 * zone. Blank cells print as spaces.
 */
final class QrTiles {
    /** {@code GS !} enlarges up to 8 times. */
    static final int MAX_SCALE = 8;
    private final ByteMatrix matrix;
    private final int scale;
    private final int cellWidth;
    private final int cellHeight;
    private final int cols;
    private final int rows;
    private final int padLeft;

    private QrTiles(ByteMatrix matrix, int scale, int cellWidth, int cellHeight) {
        this.matrix = matrix;
        this.scale = scale;
        this.cellWidth = cellWidth;
        this.cellHeight = cellHeight;
        this.cols = (matrix.getWidth() + cellWidth - 1) / cellWidth;
        this.rows = (matrix.getHeight() + cellHeight - 1) / cellHeight;
        this.padLeft = (cols * cellWidth - matrix.getWidth()) / 2;
    }

    /** The layout, or null when the module size is beyond {@code GS !} or the cells do not fit the line. */
    static QrTiles plan(ByteMatrix matrix, int moduleDots, int cellWidth, int cellHeight, int dotsPerLine) {
        if (moduleDots < 1 || moduleDots > MAX_SCALE) {
            return null;
        }
        QrTiles tiles = new QrTiles(matrix, moduleDots, cellWidth, cellHeight);
        return tiles.cols * cellWidth * moduleDots <= dotsPerLine ? tiles : null;
    }

    /** Dots of blank paper under the symbol inside the last row of cells. */
    int blankBelowDots() {
        return (rows * cellHeight - matrix.getHeight()) * scale;
    }

    /** Downloads and prints the rows; leaves bold off, the size unknown to {@code w} and the line spacing restored. */
    void write(EscPosWriter w, UserCharLines user, int lineSpacingDots) {
        w.bold(false).scale(scale);
        w.command(EscPos.ESC, EscPos.LINE_SPACING, (byte) cellHeight);
        for (int row = 0; row < rows; row++) {
            List<byte[]> cells = new ArrayList<>();
            for (int col = 0; col < cols; col++) {
                cells.add(cell(row, col));
            }
            List<byte[]> inked = cells.stream().filter(c -> c.length > 0).toList();
            int[] codes = user.pictures(w, inked, cellHeight / 8);
            byte[] line = new byte[cols];
            int next = 0;
            for (int col = 0; col < cols; col++) {
                line[col] = (byte) (cells.get(col).length > 0 ? codes[next++] : ' ');
            }
            w.bytes(line).lineFeed();
        }
        w.command(EscPos.ESC, EscPos.LINE_SPACING, (byte) lineSpacingDots);
    }

    /** One cell as {@code ESC &} columns up to its last inked one; empty when the cell is blank. */
    private byte[] cell(int row, int col) {
        int bytesPerColumn = cellHeight / 8;
        byte[] data = new byte[cellWidth * bytesPerColumn];
        int columns = 0;
        for (int x = 0; x < cellWidth; x++) {
            int mx = col * cellWidth + x - padLeft;
            for (int y = 0; y < cellHeight; y++) {
                int my = row * cellHeight + y;
                if (mx >= 0 && mx < matrix.getWidth() && my < matrix.getHeight() && matrix.get(mx, my) == 1) {
                    data[x * bytesPerColumn + y / 8] |= (byte) (0x80 >> (y % 8));
                    columns = x + 1;
                }
            }
        }
        return java.util.Arrays.copyOf(data, columns * bytesPerColumn);
    }
}
