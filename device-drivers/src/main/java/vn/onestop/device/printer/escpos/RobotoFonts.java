package vn.onestop.device.printer.escpos;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;

/** The Roboto TTFs bundled in {@code flatlaf-fonts-roboto}; they cover every Vietnamese letter. */
public final class RobotoFonts {
    private static final String DIR = "/com/formdev/flatlaf/fonts/roboto/";
    private final Font regular;
    private final Font bold;

    public RobotoFonts() {
        this.regular = load("Roboto-Regular.ttf");
        this.bold = load("Roboto-Bold.ttf");
    }

    /** The face at {@code pixels} size (one pixel is one printer dot). */
    public Font font(boolean isBold, float pixels) {
        return (isBold ? bold : regular).deriveFont(pixels);
    }

    private static Font load(String file) {
        try (InputStream in = RobotoFonts.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + file + " missing: flatlaf-fonts-roboto is not on the classpath");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("Cannot load bundled font " + file + ": " + e.getMessage(), e);
        }
    }
}
