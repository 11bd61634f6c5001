package vn.onestop.device.scanner.serial;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.onestop.device.scanner.CccdSamples;
import vn.onestop.device.scanner.serial.CodeFramer.Result;
import vn.onestop.device.scanner.serial.CodeFramer.Result.Code;
import vn.onestop.device.scanner.serial.CodeFramer.Result.Rejected;

class CodeFramerTest {

    private static List<Result> feedInChunks(CodeFramer framer, byte[] bytes, Random random) {
        List<Result> out = new ArrayList<>();
        int i = 0;
        while (i < bytes.length) {
            int n = Math.min(bytes.length - i, 1 + random.nextInt(9));
            out.addAll(framer.feed(bytes, i, n));
            i += n;
        }
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        int total = 0;
        for (byte[] p : parts) {
            total += p.length;
        }
        byte[] out = new byte[total];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(FrameFormat.Terminator.class)
    void vietnameseCodesSplitAtEveryBytePositionArriveWhole(FrameFormat.Terminator terminator) {
        FrameFormat format = FrameFormat.terminatedBy(terminator, 4096);
        byte[] wire = format.encode(CccdSamples.HANOI_WOMAN);
        for (int cut = 1; cut < wire.length; cut++) {
            CodeFramer framer = new CodeFramer(format);
            List<Result> out = new ArrayList<>(framer.feed(wire, 0, cut));
            out.addAll(framer.feed(wire, cut, wire.length - cut));
            assertThat(out).as("split at byte %d", cut).containsExactly(new Code(CccdSamples.HANOI_WOMAN));
        }
    }

    @Test
    void manyCodesInRandomChunksComeOutInOrder() {
        FrameFormat format = FrameFormat.terminatedBy(FrameFormat.Terminator.CRLF, 4096);
        byte[] wire = new byte[0];
        for (String code : CccdSamples.ALL) {
            wire = concat(wire, format.encode(code));
        }
        List<Result> out = feedInChunks(new CodeFramer(format), wire, new Random(7));
        assertThat(out).containsExactlyElementsOf(CccdSamples.ALL.stream().map(Code::new).toList());
    }

    @Test
    void prefixAndSuffixFramesIgnoreLineEndsAndReportNoise() {
        FrameFormat format = FrameFormat.parse("02/03", 4096);
        byte[] wire = concat(format.encode("TK-0042"), "\r\n".getBytes(StandardCharsets.US_ASCII),
                "junk".getBytes(StandardCharsets.US_ASCII), format.encode(CccdSamples.HCMC_MAN));
        List<Result> out = feedInChunks(new CodeFramer(format), wire, new Random(3));
        assertThat(out).containsExactly(new Code("TK-0042"), new Rejected(CodeFramer.UNFRAMED_DATA),
                new Code(CccdSamples.HCMC_MAN));
    }

    @Test
    void invalidUtf8IsRejectedAndTheNextCodeIsRead() {
        FrameFormat format = FrameFormat.terminatedBy(FrameFormat.Terminator.CR, 4096);
        byte[] latin1 = "Nguy\u1EC5n".getBytes(StandardCharsets.UTF_8);
        latin1[5] = (byte) 0xFF;
        byte[] wire = concat(latin1, new byte[] {'\r'}, format.encode("ABC"));
        assertThat(new CodeFramer(format).feed(wire, 0, wire.length))
                .containsExactly(new Rejected(CodeFramer.INVALID_UTF8), new Code("ABC"));
    }

    @Test
    void oversizedInputIsRejectedOnceThenFramingResumesAtTheNextTerminator() {
        FrameFormat format = FrameFormat.terminatedBy(FrameFormat.Terminator.CRLF, 64);
        byte[] noise = new byte[10_000];
        new Random(1).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            if (noise[i] == '\r') {
                noise[i] = 'x';
            }
        }
        byte[] wire = concat(noise, new byte[] {'\r', '\n'}, format.encode("DOSSIER-7"));
        List<Result> out = feedInChunks(new CodeFramer(format), wire, new Random(2));
        assertThat(out).containsExactly(new Rejected(CodeFramer.TOO_LONG), new Code("DOSSIER-7"));
    }

    @Test
    void aCodeOfExactlyTheLimitIsAccepted() {
        FrameFormat format = FrameFormat.terminatedBy(FrameFormat.Terminator.CRLF, 8);
        byte[] wire = format.encode("12345678");
        assertThat(new CodeFramer(format).feed(wire, 0, wire.length)).containsExactly(new Code("12345678"));
    }

    @Test
    void scannerSendingCrlfToAKioskSetToCrGivesCleanCodes() {
        FrameFormat kiosk = FrameFormat.terminatedBy(FrameFormat.Terminator.CR, 4096);
        byte[] wire = "A1\r\nB2\r\n".getBytes(StandardCharsets.US_ASCII);
        CodeFramer framer = new CodeFramer(kiosk);
        assertThat(framer.feed(wire, 0, wire.length)).containsExactly(new Code("A1"), new Code("B2"));
        assertThat(framer.hasPartial()).isFalse();
    }

    @Test
    void aPartialCodeIsReportedWhenAbandoned() {
        CodeFramer framer = new CodeFramer(FrameFormat.terminatedBy(FrameFormat.Terminator.CR, 4096));
        byte[] part = "001199012345|".getBytes(StandardCharsets.UTF_8);
        assertThat(framer.feed(part, 0, part.length)).isEmpty();
        assertThat(framer.abandonPartial()).isEqualTo(new Rejected(CodeFramer.INCOMPLETE));
        assertThat(framer.abandonPartial()).isNull();
    }

    @Test
    void badFrameSettingsTellTheTechnicianWhatIsAccepted() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FrameFormat.parse("ETX", 10))
                .hasMessageContaining("CR, LF, CRLF");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FrameFormat.parse("2/03", 10))
                .hasMessageContaining("hex bytes");
    }
}
