package vn.onestop.device.keypad;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a keypad receiver's byte stream into key presses, per its {@link KeypadProfile}: pure code, bytes in,
 * presses out, in whatever chunks the port delivers them. A frame that cannot be read (bad address, unknown key,
 * wrong check value, too long) becomes a {@link Refused} with the reason; nothing is guessed.
 */
public final class KeypadDecoder {
    private static final int MAX_FRAME = 64;
    private final KeypadProfile profile;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    public KeypadDecoder(KeypadProfile profile) {
        this.profile = profile;
    }

    /** What one frame said. */
    public sealed interface Result permits Press, Refused {}

    /** Keypad {@code address} pressed the key of {@code action}. */
    public record Press(int address, KeyAction action) implements Result {}

    /** A frame that was not understood, and why (safe to log: it holds no personal data). */
    public record Refused(String reason) implements Result {}

    public List<Result> feed(byte[] data, int length) {
        List<Result> out = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            pending.write(data[i]);
            byte[] sofar = pending.toByteArray();
            if (endsWith(sofar, profile.end())) {
                pending.reset();
                out.add(frame(Arrays.copyOf(sofar, sofar.length - profile.end().length)));
            } else if (sofar.length > MAX_FRAME) {
                pending.reset();
                out.add(new Refused("no frame end within " + MAX_FRAME + " bytes: wrong keypad profile or baud rate?"));
            }
        }
        return out;
    }

    private Result frame(byte[] raw) {
        byte[] start = profile.start();
        int from = indexOf(raw, start);
        if (from < 0) {
            return new Refused("frame without its start bytes " + HexFormat.of().formatHex(start));
        }
        byte[] body = Arrays.copyOfRange(raw, from + start.length, raw.length);
        int checkChars = profile.checksum().size() * 2;
        if (body.length < profile.addressDigits() + 1 + checkChars) {
            return new Refused("frame too short (" + body.length + " bytes)");
        }
        int payloadEnd = body.length - checkChars;
        if (checkChars > 0) {
            String sent = new String(body, payloadEnd, checkChars, StandardCharsets.US_ASCII);
            String want = String.format(Locale.ROOT, "%02X", profile.checksum().compute(body, 0, payloadEnd));
            if (!sent.equalsIgnoreCase(want)) {
                return new Refused("check value " + sent + " is wrong (expected " + want + ")");
            }
        }
        String text = new String(body, 0, payloadEnd, StandardCharsets.US_ASCII);
        String digits = text.substring(0, profile.addressDigits());
        if (!digits.chars().allMatch(Character::isDigit)) {
            return new Refused("keypad address '" + digits + "' is not digits");
        }
        String key = text.substring(profile.addressDigits());
        KeyAction action = profile.keys().get(key);
        if (action == null) {
            return new Refused("key code '" + key + "' is not in keypad profile " + profile.name());
        }
        return new Press(Integer.parseInt(digits), action);
    }

    private static boolean endsWith(byte[] data, byte[] suffix) {
        if (data.length < suffix.length) {
            return false;
        }
        return Arrays.equals(data, data.length - suffix.length, data.length, suffix, 0, suffix.length);
    }

    /** Last occurrence of {@code start} (0 when empty): line noise before it is dropped. */
    private static int indexOf(byte[] data, byte[] start) {
        if (start.length == 0) {
            return 0;
        }
        for (int i = data.length - start.length; i >= 0; i--) {
            if (Arrays.equals(data, i, i + start.length, start, 0, start.length)) {
                return i;
            }
        }
        return -1;
    }
}
