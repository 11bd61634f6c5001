package vn.onestop.device.display.virtual;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import vn.onestop.device.display.CounterDisplay;
import vn.onestop.device.display.DisplayException;

/**
 * Counter displays with no hardware, for the demo and tests: each display keeps its state and writes it as
 * {@code display-<address>.png} in a folder, drawn as a red 5x7 dot-matrix LED module ({@link #CELL} pixels a dot,
 * a 2-dot gap between characters, a 2-dot margin; a blinking display gets an amber frame), drawn pixel by pixel
 * into a BufferedImage on the caller's thread.
 */
public final class VirtualDisplayBus {
    /** Pixels per dot of the matrix. */
    public static final int CELL = 8;
    /** Dots between characters and around the text. */
    public static final int GAP = 2;
    static final Color LIT = new Color(255, 40, 20);
    static final Color DARK = new Color(45, 10, 10);
    static final Color BLINK = new Color(255, 190, 0);
    private final Path folder;
    private final int width;

    /** Displays of {@code width} characters writing into {@code folder}. */
    public VirtualDisplayBus(Path folder, int width) {
        this.folder = folder;
        this.width = width;
    }

    public CounterDisplay display(int address) {
        return new Virtual(address);
    }

    /** Where the PNG of {@code address} is written. */
    public Path file(int address) {
        return folder.resolve("display-" + address + ".png");
    }

    /**
     * The image of {@code text} as the display draws it (pure; no file). Pixels are set directly, without
     * Graphics2D, so it works in a process with no display and without {@code java.awt.headless}.
     */
    public BufferedImage render(String text, boolean blink) {
        String shown = pad(text);
        int cols = GAP + width * (DotFont.COLS + GAP);
        int rows = GAP + DotFont.ROWS + GAP;
        BufferedImage img = new BufferedImage(cols * CELL, rows * CELL, BufferedImage.TYPE_INT_RGB);
        int frame = (blink ? BLINK : Color.BLACK).getRGB();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                boolean border = x < CELL || y < CELL || x >= img.getWidth() - CELL || y >= img.getHeight() - CELL;
                img.setRGB(x, y, border ? frame : Color.BLACK.getRGB());
            }
        }
        for (int i = 0; i < shown.length(); i++) {
            int x0 = GAP + i * (DotFont.COLS + GAP);
            for (int r = 0; r < DotFont.ROWS; r++) {
                for (int c = 0; c < DotFont.COLS; c++) {
                    dot(img, (x0 + c) * CELL, (GAP + r) * CELL, DotFont.lit(shown.charAt(i), c, r) ? LIT : DARK);
                }
            }
        }
        return img;
    }

    /** One LED: a filled circle in its cell, one pixel of black around it. */
    private static void dot(BufferedImage img, int left, int top, Color colour) {
        double centre = (CELL - 1) / 2.0;
        double radius = CELL / 2.0 - 1;
        for (int dy = 0; dy < CELL; dy++) {
            for (int dx = 0; dx < CELL; dx++) {
                double ex = dx - centre;
                double ey = dy - centre;
                if (ex * ex + ey * ey <= radius * radius) {
                    img.setRGB(left + dx, top + dy, colour.getRGB());
                }
            }
        }
    }

    private String pad(String text) {
        String t = text.length() > width ? text.substring(text.length() - width) : text;
        return " ".repeat(width - t.length()) + t;
    }

    private final class Virtual implements CounterDisplay {
        private final int address;

        Virtual(int address) {
            this.address = address;
        }

        @Override
        public void show(String number, boolean blink) throws DisplayException {
            write(render(number, blink));
        }

        @Override
        public void clear() throws DisplayException {
            write(render("", false));
        }

        @Override
        public void testPattern() throws DisplayException {
            write(render("8".repeat(width), false));
        }

        @Override
        public String where() {
            return "virtual display " + address + " (" + file(address) + ")";
        }

        private void write(BufferedImage img) throws DisplayException {
            Path file = file(address);
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try {
                Files.createDirectories(folder);
                ImageIO.write(img, "png", tmp.toFile());
                Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new DisplayException("Cannot write the virtual display to " + file + ": " + e.getMessage(), e);
            }
        }
    }
}
