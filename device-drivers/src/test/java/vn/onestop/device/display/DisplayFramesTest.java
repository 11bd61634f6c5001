package vn.onestop.device.display;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The shipped display profiles produce the frames their comments describe, byte for byte. */
class DisplayFramesTest {
    static final Path CONFIG = Path.of(System.getProperty("onestop.config.dir", "../config"));

    static DisplayFrames shipped(String name) {
        return new DisplayFrames(DisplayProfile.load(CONFIG.resolve("displays/" + name + ".properties")));
    }

    @Test
    void crcMatchesThePublishedCheckValueAndAnIndependentBitwiseCrc() {
        byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);
        assertThat(Checksum.CRC16_MODBUS.compute(check, 0, check.length)).isEqualTo(0x4B37);
        assertThat(IndependentChecks.crc16Modbus(check)).isEqualTo(0x4B37);
        java.util.Random r = new java.util.Random(27);
        for (int n = 0; n < 200; n++) {
            byte[] data = new byte[r.nextInt(40)];
            r.nextBytes(data);
            assertThat(Checksum.CRC16_MODBUS.compute(data, 0, data.length)).as(HexFormat.of().formatHex(data))
                    .isEqualTo(IndependentChecks.crc16Modbus(data));
            assertThat(Checksum.XOR.compute(data, 0, data.length)).isEqualTo(IndependentChecks.xor(data));
            assertThat(Checksum.SUM8.compute(data, 0, data.length)).isEqualTo(IndependentChecks.sum8(data));
        }
    }

    @Test
    void asciiXorFrameForCounterTwo() {
        byte[] frame = shipped("generic-ascii-xor").show(2, "A012", false);
        byte[] body = "02DA012".getBytes(StandardCharsets.US_ASCII);
        String xor = String.format(Locale.ROOT, "%02X", IndependentChecks.xor(body));
        assertThat(new String(frame, StandardCharsets.US_ASCII)).isEqualTo("\u000202DA012" + xor + "\u0003");
    }

    @Test
    void asciiXorRecallBlinksAndShortNumbersAreRightAligned() {
        byte[] frame = shipped("generic-ascii-xor").show(7, "5", true);
        assertThat(new String(frame, 1, 7, StandardCharsets.US_ASCII)).isEqualTo("07B   5");
    }

    @Test
    void binaryCrcFrameCarriesLengthAndLowByteFirstCrc() {
        byte[] frame = shipped("generic-binary-crc16").show(3, "B104", false);
        ByteArrayOutputStream want = new ByteArrayOutputStream();
        want.write(3);
        want.write(0x10);
        want.write(4);
        want.writeBytes("B104".getBytes(StandardCharsets.US_ASCII));
        int crc = IndependentChecks.crc16Modbus(want.toByteArray());
        want.write(crc & 0xFF);
        want.write(crc >>> 8);
        assertThat(HexFormat.of().formatHex(frame)).isEqualTo(HexFormat.of().formatHex(want.toByteArray()));
    }

    @Test
    void clearBrightnessAndTestFrames() {
        DisplayFrames f = shipped("generic-binary-crc16");
        assertThat(Arrays.copyOf(f.clear(1), 3)).containsExactly(1, 0x12, 0);
        assertThat(Arrays.copyOf(f.brightness(1, 9), 4)).containsExactly(1, 0x13, 1, 9);
        assertThat(Arrays.copyOf(f.testPattern(1), 3)).containsExactly(1, 0x14, 0);
        DisplayFrames armfly = shipped("armfly-led485-ascii");
        assertThat(new String(armfly.testPattern(1), StandardCharsets.US_ASCII)).isEqualTo("$001,8888#");
        assertThat(new String(armfly.clear(12), StandardCharsets.US_ASCII)).isEqualTo("$012,    #");
        assertThat(new String(armfly.show(1, "a7", true), StandardCharsets.US_ASCII)).isEqualTo("$001,  A7#");
    }

    @Test
    void vietnameseLettersAreFoldedOrRefusedAsTheProfileSays() {
        assertThat(new String(DisplayText.encode("Đ12", 4, DisplayText.Align.RIGHT, ' ', true,
                DisplayText.Vietnamese.FOLD), StandardCharsets.US_ASCII)).isEqualTo(" D12");
        assertThat(new String(DisplayText.encode("Ưu1", 4, DisplayText.Align.LEFT, ' ', true,
                DisplayText.Vietnamese.FOLD), StandardCharsets.US_ASCII)).isEqualTo("UU1 ");
        assertThatThrownBy(() -> DisplayText.encode("Ư1", 4, DisplayText.Align.RIGHT, ' ', true,
                DisplayText.Vietnamese.REFUSE)).hasMessageContaining("U+01AF").hasMessageContaining("fold");
        assertThatThrownBy(() -> DisplayText.encode("★1", 4, DisplayText.Align.RIGHT, ' ', true,
                DisplayText.Vietnamese.FOLD)).hasMessageContaining("cannot show");
    }

    @Test
    void badInputIsRefusedWithAClearMessage() {
        DisplayFrames f = shipped("generic-ascii-xor");
        assertThatThrownBy(() -> f.show(100, "1", false)).hasMessageContaining("outside 1..99");
        assertThatThrownBy(() -> f.show(1, "A0123", false)).hasMessageContaining("shows 4");
        Properties p = new Properties();
        p.setProperty("frame", "02 {addr} {txt} 03");
        assertThatThrownBy(() -> DisplayProfile.fromProperties(p)).hasMessageContaining("unknown field {txt}");
        p.setProperty("frame", "02 {addr} {cmd} {text} {chk} 03");
        p.setProperty("checksum", "crc32");
        assertThatThrownBy(() -> DisplayProfile.fromProperties(p)).hasMessageContaining("checksum must be");
        p.setProperty("checksum", "xor");
        assertThatThrownBy(() -> DisplayProfile.fromProperties(p)).hasMessageContaining("command.show is missing");
    }
}
