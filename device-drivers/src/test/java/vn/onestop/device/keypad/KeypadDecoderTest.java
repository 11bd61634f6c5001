package vn.onestop.device.keypad;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The shipped generic keypad profile: frames in any chunking, bad ones refused with a reason. */
class KeypadDecoderTest {
    static final Path CONFIG = Path.of(System.getProperty("onestop.config.dir", "../config"));

    static byte[] press(int address, char key) {
        String body = String.format(Locale.ROOT, "%02d%c", address, key);
        int x = 0;
        for (char c : body.toCharArray()) {
            x ^= c;
        }
        return ("\u0002" + body + String.format(Locale.ROOT, "%02X", x) + "\r").getBytes(StandardCharsets.US_ASCII);
    }

    private final KeypadDecoder decoder = new KeypadDecoder(KeypadProfile.load(
            CONFIG.resolve("keypads/generic-ascii.properties")));

    @Test
    void framesSplitAnywhereBecomePresses() {
        byte[] both = concat(press(2, '1'), press(3, '2'));
        List<KeypadDecoder.Result> got = new ArrayList<>();
        for (byte b : both) {
            got.addAll(decoder.feed(new byte[] {b}, 1));
        }
        assertThat(got).containsExactly(new KeypadDecoder.Press(2, KeyAction.NEXT),
                new KeypadDecoder.Press(3, KeyAction.RECALL));
        assertThat(decoder.feed(press(12, '9'), press(12, '9').length))
                .containsExactly(new KeypadDecoder.Press(12, KeyAction.CLOSE));
    }

    @Test
    void wrongCheckUnknownKeyAndNoiseAreRefused() {
        byte[] bad = press(2, '1');
        bad[4] = 'F';
        assertThat(decoder.feed(bad, bad.length)).singleElement().isInstanceOf(KeypadDecoder.Refused.class)
                .asString().contains("check value");
        byte[] unknown = press(2, '7');
        assertThat(decoder.feed(unknown, unknown.length).get(0).toString()).contains("key code '7'");
        byte[] noise = new byte[80];
        assertThat(decoder.feed(noise, noise.length).get(0).toString()).contains("no frame end");
        byte[] after = press(2, '3');
        assertThat(decoder.feed(after, after.length)).containsExactly(new KeypadDecoder.Press(2, KeyAction.NO_SHOW));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
