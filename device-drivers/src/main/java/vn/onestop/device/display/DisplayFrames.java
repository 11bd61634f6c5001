package vn.onestop.device.display;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Builds the bytes of one frame for one display on the bus from its {@link DisplayProfile}: pure code, frames in,
 * bytes out. A profile without a blink or test command falls back to a steady show (of the test text for TEST).
 */
public final class DisplayFrames {
    private final DisplayProfile profile;

    public DisplayFrames(DisplayProfile profile) {
        this.profile = profile;
    }

    public DisplayProfile profile() {
        return profile;
    }

    /** The frame that shows {@code text} at {@code address}, blinking if {@code blink} and the model can. */
    public byte[] show(int address, String text, boolean blink) {
        DisplayCommand c = blink && profile.commands().containsKey(DisplayCommand.BLINK) ? DisplayCommand.BLINK
                : DisplayCommand.SHOW;
        return frame(address, c, text(text));
    }

    public byte[] clear(int address) {
        return frame(address, DisplayCommand.CLEAR, profile.clearWithBlanks() ? text("") : new byte[0]);
    }

    /** Brightness 0..{@code maxBrightness}. */
    public byte[] brightness(int address, int level) {
        if (!profile.commands().containsKey(DisplayCommand.BRIGHTNESS)) {
            throw new IllegalArgumentException(profile.name() + " has no brightness command");
        }
        if (level < 0 || level > profile.maxBrightness()) {
            throw new IllegalArgumentException("Brightness " + level + " is outside 0.." + profile.maxBrightness());
        }
        byte[] payload = profile.brightnessFormat() == DisplayProfile.BrightnessFormat.BINARY
                ? new byte[] {(byte) level} : new byte[] {(byte) ('0' + level)};
        return frame(address, DisplayCommand.BRIGHTNESS, payload);
    }

    public byte[] testPattern(int address) {
        if (profile.commands().containsKey(DisplayCommand.TEST)) {
            return frame(address, DisplayCommand.TEST, new byte[0]);
        }
        return frame(address, DisplayCommand.SHOW, text(profile.testText()));
    }

    private byte[] text(String text) {
        return DisplayText.encode(text, profile.width(), profile.align(), profile.pad(), profile.upperCase(),
                profile.vietnamese());
    }

    private byte[] frame(int address, DisplayCommand command, byte[] payload) {
        profile.checkAddress(address);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int checkFrom = -1;
        for (String token : profile.frame()) {
            if (token.startsWith("{") && checkFrom < 0) {
                checkFrom = profile.checkCovers() == DisplayProfile.CheckCovers.ALL ? 0 : out.size();
            }
            switch (token) {
                case "{addr}" -> out.writeBytes(address(address));
                case "{cmd}" -> out.writeBytes(profile.commands().getOrDefault(command, new byte[0]));
                case "{len}" -> out.write(payload.length);
                case "{text}" -> out.writeBytes(payload);
                case "{chk}" -> out.writeBytes(check(out.toByteArray(), Math.max(checkFrom, 0)));
                default -> out.writeBytes(java.util.HexFormat.of().parseHex(token));
            }
        }
        return out.toByteArray();
    }

    private byte[] address(int address) {
        return switch (profile.address()) {
            case BINARY -> new byte[] {(byte) address};
            case ASCII2 -> String.format(Locale.ROOT, "%02d", address).getBytes(StandardCharsets.US_ASCII);
            case ASCII3 -> String.format(Locale.ROOT, "%03d", address).getBytes(StandardCharsets.US_ASCII);
            case HEX2 -> String.format(Locale.ROOT, "%02X", address).getBytes(StandardCharsets.US_ASCII);
        };
    }

    private byte[] check(byte[] sofar, int from) {
        Checksum sum = profile.checksum();
        int value = sum.compute(sofar, from, sofar.length);
        int size = sum.size();
        byte[] binary = new byte[size];
        for (int i = 0; i < size; i++) {
            int shift = profile.checkBigEndian() ? 8 * (size - 1 - i) : 8 * i;
            binary[i] = (byte) (value >>> shift);
        }
        if (profile.checkFormat() == DisplayProfile.CheckFormat.BINARY) {
            return binary;
        }
        return java.util.HexFormat.of().withUpperCase().formatHex(binary).getBytes(StandardCharsets.US_ASCII);
    }
}
