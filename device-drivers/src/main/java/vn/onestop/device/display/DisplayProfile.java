package vn.onestop.device.display;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * What one model of LED counter display expects on its RS-485 bus, read from {@code config/displays/*.properties}
 * so a technician adds a model without code: the frame as a template of hex bytes and fields, how the address,
 * text and check value are written, and the command byte(s) of each action. See the README's "Counter displays".
 *
 * @param frame       template tokens: hex bytes ("02") or fields {addr} {cmd} {len} {text} {chk}
 * @param commands    command bytes by action
 * @param checkCovers ALL: from the first byte of the frame; AFTER_START: from the first field (start bytes excluded)
 */
public record DisplayProfile(String name, boolean verified, int baud, List<String> frame, AddressFormat address,
        int minAddress, int maxAddress, int width, DisplayText.Align align, char pad, boolean upperCase,
        DisplayText.Vietnamese vietnamese, Checksum checksum, CheckFormat checkFormat, boolean checkBigEndian,
        CheckCovers checkCovers, Map<DisplayCommand, byte[]> commands, BrightnessFormat brightnessFormat,
        int maxBrightness, String testText, boolean clearWithBlanks) {

    /** How the address is written: one binary byte, or 2/3 ASCII decimal digits, or 2 ASCII hex digits. */
    public enum AddressFormat { BINARY, ASCII2, ASCII3, HEX2 }

    /** The check value in binary (1-2 bytes) or as upper-case ASCII hex digits (2-4 characters). */
    public enum CheckFormat { BINARY, ASCII_HEX }

    /** Which bytes the check covers. */
    public enum CheckCovers { ALL, AFTER_START }

    /** The brightness level as one binary byte or one ASCII digit. */
    public enum BrightnessFormat { BINARY, ASCII1 }

    public static final List<String> FIELDS = List.of("{addr}", "{cmd}", "{len}", "{text}", "{chk}");

    public DisplayProfile {
        frame = List.copyOf(frame);
        commands = Map.copyOf(commands);
        if (!frame.contains("{text}")) {
            throw new IllegalArgumentException("frame must contain {text}");
        }
        if (checksum != Checksum.NONE && !frame.contains("{chk}")) {
            throw new IllegalArgumentException("checksum is " + checksum + " but frame has no {chk}");
        }
        for (DisplayCommand c : List.of(DisplayCommand.SHOW, DisplayCommand.CLEAR)) {
            if (frame.contains("{cmd}") && !commands.containsKey(c)) {
                throw new IllegalArgumentException("command." + c.key() + " is missing");
            }
        }
    }

    /** Reads a profile file; errors name the file and the key. */
    public static DisplayProfile load(Path file) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read display profile " + file + ": " + e.getMessage(), e);
        }
        try {
            return fromProperties(p);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Display profile " + file + ": " + e.getMessage(), e);
        }
    }

    public static DisplayProfile fromProperties(Properties p) {
        List<String> frame = new ArrayList<>();
        for (String token : required(p, "frame").trim().split("\\s+")) {
            String t = token.toLowerCase(Locale.ROOT);
            if (t.startsWith("{")) {
                if (!FIELDS.contains(t)) {
                    throw new IllegalArgumentException("frame: unknown field " + token + " (fields: " + FIELDS + ")");
                }
            } else {
                hex("frame", t);
            }
            frame.add(t);
        }
        Map<DisplayCommand, byte[]> commands = new java.util.EnumMap<>(DisplayCommand.class);
        for (DisplayCommand c : DisplayCommand.values()) {
            String v = p.getProperty("command." + c.key());
            if (v != null && !v.isBlank()) {
                commands.put(c, hex("command." + c.key(), v.replace(" ", "")));
            }
        }
        String pad = p.getProperty("text.pad", "space").trim();
        return new DisplayProfile(p.getProperty("name", "unnamed").trim(),
                Boolean.parseBoolean(p.getProperty("verified", "false").trim()), integer(p, "baud", 9600), frame,
                enumOf(AddressFormat.class, p, "address.format", "ascii2"), integer(p, "address.min", 1),
                integer(p, "address.max", 99), integer(p, "text.width", 4),
                enumOf(DisplayText.Align.class, p, "text.align", "right"),
                pad.equalsIgnoreCase("space") ? ' ' : pad.equalsIgnoreCase("zero") ? '0' : pad.charAt(0),
                Boolean.parseBoolean(p.getProperty("text.upper", "true").trim()),
                enumOf(DisplayText.Vietnamese.class, p, "text.vietnamese", "fold"),
                Checksum.of(p.getProperty("checksum", "none")),
                enumOf(CheckFormat.class, p, "checksum.format", "binary"),
                p.getProperty("checksum.order", "little").trim().equalsIgnoreCase("big"),
                enumOf(CheckCovers.class, p, "checksum.covers", "after-start"), commands,
                enumOf(BrightnessFormat.class, p, "brightness.format", "ascii1"), integer(p, "brightness.max", 7),
                p.getProperty("test.text", "8888").trim(),
                p.getProperty("clear.with", "empty").trim().equalsIgnoreCase("blanks"));
    }

    /** Whether {@code address} is one this model accepts. */
    public void checkAddress(int address) {
        if (address < minAddress || address > maxAddress) {
            throw new IllegalArgumentException("Display address " + address + " is outside " + minAddress + ".."
                    + maxAddress + " for " + name);
        }
    }

    private static String required(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("missing " + key);
        }
        return v;
    }

    private static byte[] hex(String key, String text) {
        try {
            if (text.length() % 2 != 0) {
                throw new IllegalArgumentException("odd length");
            }
            return HexFormat.of().parseHex(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": '" + text + "' is not hex bytes (e.g. 02 or 1B40)", e);
        }
    }

    private static int integer(Properties p, String key, int fallback) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, not '" + v.trim() + "'", e);
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, Properties p, String key, String fallback) {
        String v = p.getProperty(key, fallback).trim();
        String name = v.toUpperCase(Locale.ROOT).replace('-', '_').replace("CENTER", "CENTRE");
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " must be one of " + java.util.Arrays.stream(
                    type.getEnumConstants()).map(x -> x.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList()
                    + ", not '" + v + "'", e);
        }
    }
}
