package vn.onestop.device.printer.escpos;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What one printer model can do, from {@code config/printers/NAME.properties}: printable width in dots,
 * head resolution, font cell, code tables with the vendor's numbers (and whether they were verified on
 * the model), native QR, cutter, raster band height, raster scaling and QR drawn as user-defined characters.
 */
public record PrinterProfile(
        String name,
        int dotsPerLine,
        int dpi,
        int fontWidth,
        int fontHeight,
        int lineSpacingDots,
        CodePage tcvn3Lower,
        CodePage tcvn3Upper,
        CodePage cp1258,
        boolean nativeQr,
        boolean cutter,
        int rasterBandRows,
        boolean cancelKanji,
        UserChars userChars,
        Graphics graphics) {

    /** One code table: the number for {@code ESC t n} and whether it prints right on this model. */
    public record CodePage(int number, boolean verified) {}

    /**
     * User-defined characters ({@code ESC &}, {@code ESC %}): whether to print letters the code tables lack as
     * downloaded glyphs, the character cell in dots, and whether glyphs downloaded for one ticket are reused by
     * the next (the printer keeps them until {@code ESC @}, a reset or power off). {@code builtin}: a code table
     * of the printer (PC437 or PC850) whose accented letters (é, â, à, ê, ô, ...) print from it (selected with
     * {@code ESC t n} once, before the first line that needs it) instead of being downloaded.
     */
    public record UserChars(boolean enabled, int cellWidth, int cellHeight, boolean reuse, BuiltinTable builtin) {
        public static final UserChars OFF = new UserChars(false, 12, 24, false, BuiltinTable.NONE);

        /** Without a built-in table: every letter beyond ASCII is downloaded. */
        public UserChars(boolean enabled, int cellWidth, int cellHeight, boolean reuse) {
            this(enabled, cellWidth, cellHeight, reuse, BuiltinTable.NONE);
        }

        public UserChars {
            builtin = builtin == null ? BuiltinTable.NONE : builtin;
        }
    }

    /**
     * How pictures may be sent. {@code rasterScale2}: the printer takes {@code GS v 0} modes 1-3 (each bit 2 dots
     * wide, tall or both), so an image drawn in blocks of 2 dots goes at half resolution. {@code qrUserChars}: a
     * QR code without {@code GS ( k} goes as user-defined characters holding one bit per module, enlarged to the
     * module size with {@code GS !} (1..8 times), instead of a raster (needs user-defined characters).
     */
    public record Graphics(boolean rasterScale2, boolean qrUserChars) {
        public static final Graphics BASIC = new Graphics(false, false);
    }

    public PrinterProfile {
        if (dotsPerLine < 128 || dotsPerLine % 8 != 0) {
            throw new IllegalArgumentException("dots.per.line must be a multiple of 8 of at least 128, not "
                    + dotsPerLine);
        }
        if (fontWidth < 8 || fontHeight < 8) {
            throw new IllegalArgumentException("font.width and font.height must be at least 8 dots");
        }
        if (rasterBandRows < 24 || rasterBandRows > 2047) {
            throw new IllegalArgumentException("raster.band.rows must be 24..2047, not " + rasterBandRows);
        }
        if (tcvn3Lower.number() >= 0 && tcvn3Lower.number() == tcvn3Upper.number()) {
            throw new IllegalArgumentException("codepage.tcvn3.upper is " + tcvn3Upper.number()
                    + ", the same table as codepage.tcvn3.lower: TCVN-3 needs one table for lower-case and another"
                    + " for capitals (with one table every accented capital prints lower case). Give the printer's"
                    + " upper-case table number or remove both codepage.tcvn3 keys");
        }
        if (userChars.enabled() && (userChars.cellHeight() % 8 != 0 || userChars.cellHeight() < 8
                || userChars.cellHeight() > 32 || userChars.cellWidth() < 5 || userChars.cellWidth() > 255)) {
            throw new IllegalArgumentException("userchars.cell.width and userchars.cell.height must be 5..255 and"
                    + " 8, 16, 24 or 32 dots, not " + userChars.cellWidth() + "x" + userChars.cellHeight());
        }
    }

    public int charsPerLine() {
        return dotsPerLine / fontWidth;
    }

    public boolean tcvn3Usable() {
        return tcvn3Lower.verified() && tcvn3Upper.verified();
    }

    /** A copy that trusts (or not) its TCVN-3 tables, e.g. after a technician's test print. */
    public PrinterProfile withTcvn3Verified(boolean verified) {
        return new PrinterProfile(name, dotsPerLine, dpi, fontWidth, fontHeight, lineSpacingDots,
                new CodePage(tcvn3Lower.number(), verified), new CodePage(tcvn3Upper.number(), verified), cp1258,
                nativeQr, cutter, rasterBandRows, cancelKanji, userChars, graphics);
    }

    /** A copy with user-defined characters switched on or off (benchmarks compare both). */
    public PrinterProfile withUserChars(boolean enabled) {
        return new PrinterProfile(name, dotsPerLine, dpi, fontWidth, fontHeight, lineSpacingDots, tcvn3Lower,
                tcvn3Upper, cp1258, nativeQr, cutter, rasterBandRows, cancelKanji,
                new UserChars(enabled, userChars.cellWidth(), userChars.cellHeight(), userChars.reuse(),
                        userChars.builtin()), graphics);
    }

    /** A copy with other picture settings (tests and benchmarks compare them). */
    public PrinterProfile withGraphics(Graphics wanted) {
        return new PrinterProfile(name, dotsPerLine, dpi, fontWidth, fontHeight, lineSpacingDots, tcvn3Lower,
                tcvn3Upper, cp1258, nativeQr, cutter, rasterBandRows, cancelKanji, userChars, wanted);
    }

    /** Loads {@code dir/NAME.properties}; the message names the file and key when something is wrong. */
    public static PrinterProfile load(Path dir, String profileName) {
        Path file = dir.resolve(profileName + ".properties");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("No printer profile '" + profileName + "': expected " + file);
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read printer profile " + file + ": " + e.getMessage(), e);
        }
        try {
            return fromProperties(p);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Printer profile " + file + ": " + e.getMessage(), e);
        }
    }

    static PrinterProfile fromProperties(Properties p) {
        return new PrinterProfile(
                p.getProperty("name", "unnamed"),
                number(p, "dots.per.line", 576),
                number(p, "dpi", 203),
                number(p, "font.width", 12),
                number(p, "font.height", 24),
                number(p, "line.spacing.dots", 30),
                codePage(p, "codepage.tcvn3.lower", "codepage.tcvn3.verified"),
                codePage(p, "codepage.tcvn3.upper", "codepage.tcvn3.verified"),
                codePage(p, "codepage.cp1258", "codepage.cp1258.verified"),
                flag(p, "qr.native"),
                flag(p, "cutter"),
                number(p, "raster.band.rows", 960),
                flag(p, "cancel.kanji"),
                new UserChars(flag(p, "userchars"), number(p, "userchars.cell.width", number(p, "font.width", 12)),
                        number(p, "userchars.cell.height", number(p, "font.height", 24)), flag(p, "userchars.reuse"),
                        BuiltinTable.parse("builtin.table", p.getProperty("builtin.table", "none"))),
                new Graphics(flag(p, "raster.scale2"), flag(p, "qr.userchars")));
    }

    private static CodePage codePage(Properties p, String numberKey, String verifiedKey) {
        if (p.getProperty(numberKey) == null) {
            return new CodePage(-1, false);
        }
        return new CodePage(number(p, numberKey, -1), flag(p, verifiedKey));
    }

    private static int number(Properties p, String key, int fallback) {
        String value = p.getProperty(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, not '" + value.trim() + "'", e);
        }
    }

    private static boolean flag(Properties p, String key) {
        String value = p.getProperty(key, "false").trim();
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException(key + " must be true or false, not '" + value + "'");
        }
        return Boolean.parseBoolean(value);
    }
}
