package vn.onestop.device.keypad;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import vn.onestop.device.display.Checksum;

/**
 * A serial/RF caller keypad receiver's frames, from {@code config/keypads/*.properties}: optional start bytes, the
 * keypad's address as ASCII decimal digits, the key code (ASCII), an optional check value as two ASCII hex digits
 * over address and key, and the end bytes; plus which key code means which action.
 */
public record KeypadProfile(String name, int baud, byte[] start, byte[] end, int addressDigits, Checksum checksum,
        Map<String, KeyAction> keys) {

    public KeypadProfile {
        keys = Map.copyOf(keys);
        if (end.length == 0) {
            throw new IllegalArgumentException("frame.end is needed: frames are cut at it");
        }
        if (addressDigits < 1 || addressDigits > 4) {
            throw new IllegalArgumentException("address.digits must be 1..4");
        }
        if (checksum.size() > 1) {
            throw new IllegalArgumentException("a keypad check value is one byte (none, xor or sum8)");
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no key.<code>=<action> lines");
        }
    }

    public static KeypadProfile load(Path file) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read keypad profile " + file + ": " + e.getMessage(), e);
        }
        try {
            return fromProperties(p);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Keypad profile " + file + ": " + e.getMessage(), e);
        }
    }

    public static KeypadProfile fromProperties(Properties p) {
        Map<String, KeyAction> keys = new HashMap<>();
        for (String k : p.stringPropertyNames()) {
            if (k.startsWith("key.")) {
                try {
                    keys.put(k.substring(4), KeyAction.of(p.getProperty(k)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(k + ": " + e.getMessage(), e);
                }
            }
        }
        return new KeypadProfile(p.getProperty("name", "unnamed").trim(),
                Integer.parseInt(p.getProperty("baud", "9600").trim()), hex(p, "frame.start"), hex(p, "frame.end"),
                Integer.parseInt(p.getProperty("address.digits", "2").trim()),
                Checksum.of(p.getProperty("checksum", "none")), keys);
    }

    private static byte[] hex(Properties p, String key) {
        String v = p.getProperty(key, "").replace(" ", "");
        try {
            return HexFormat.of().parseHex(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": '" + v + "' is not hex bytes", e);
        }
    }
}
