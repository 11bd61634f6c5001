package vn.onestop.device.scanner.serial;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import vn.onestop.device.scanner.IdentityReader;
import vn.onestop.device.scanner.ScanEvent;
import vn.onestop.device.scanner.TestIdentity;

/**
 * Coverage-guided fuzzing of the serial scanner path: bytes, framed by {@link CodeFramer}, read by
 * {@link IdentityReader}. The first input byte picks the frame format (CR, LF, CRLF or STX/ETX) and the
 * chunk size; the rest is the byte stream. Invariants: nothing escapes, the codes do not depend on the
 * chunking, no code exceeds the limit or keeps a line end, every outcome is a whole identity or a refusal
 * with reasons (never a partial identity), bounded time.
 * Regression inputs: {@code CodeFramerFuzzTestInputs/anyScannerStream/}.
 */
@Tag("fuzz")
class CodeFramerFuzzTest {

    /** Far above the microseconds a stream takes, even on a loaded machine: only a blow-up trips it. */
    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final int MAX_CODE_BYTES = 512;
    private static final IdentityReader READER = TestIdentity.reader();
    private static final String[] FORMATS = {"CR", "LF", "CRLF", "02/03"};

    static {
        READER.read(new ScanEvent.CodeScanned("079185004321|025123456|Trần Thị Bình|02111985|Nữ|45/6 Lê Lợi|22062021",
                ScanEvent.Source.SERIAL, TestIdentity.TODAY.instant())); // class loading is not the target's time
    }

    @FuzzTest(maxDuration = "10s")
    void anyScannerStream(byte[] data) {
        if (data.length == 0) {
            return;
        }
        FrameFormat format = FrameFormat.parse(FORMATS[data[0] & 0x03], MAX_CODE_BYTES);
        int chunk = 1 + ((data[0] & 0xFF) >> 2 & 0x0F);
        byte[] stream = Arrays.copyOfRange(data, 1, data.length);

        long start = System.nanoTime();
        List<CodeFramer.Result> whole = frame(format, stream, stream.length);
        List<CodeFramer.Result> chunked = frame(format, stream, chunk);
        assertThat(chunked).as("codes with %d-byte chunks", chunk).isEqualTo(whole);
        for (CodeFramer.Result r : whole) {
            check(r);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND);
    }

    private static List<CodeFramer.Result> frame(FrameFormat format, byte[] stream, int chunk) {
        CodeFramer framer = new CodeFramer(format);
        List<CodeFramer.Result> out = new ArrayList<>();
        for (int at = 0; at < stream.length; at += chunk) {
            out.addAll(framer.feed(stream, at, Math.min(chunk, stream.length - at)));
        }
        CodeFramer.Result.Rejected leftover = framer.abandonPartial();
        if (leftover != null) {
            out.add(leftover);
        }
        assertThat(framer.hasPartial()).as("clean after abandoning the partial code").isFalse()
                .isEqualTo(new CodeFramer(format).hasPartial());
        return out;
    }

    private static void check(CodeFramer.Result result) {
        Instant at = TestIdentity.TODAY.instant();
        ScanEvent event;
        if (result instanceof CodeFramer.Result.Code code) {
            assertThat(code.text()).isNotEmpty().doesNotStartWith("\r").doesNotStartWith("\n")
                    .doesNotEndWith("\r").doesNotEndWith("\n");
            assertThat(code.text().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(MAX_CODE_BYTES);
            event = new ScanEvent.CodeScanned(code.text(), ScanEvent.Source.SERIAL, at);
        } else {
            String reason = ((CodeFramer.Result.Rejected) result).reason();
            assertThat(reason).isIn(CodeFramer.INVALID_UTF8, CodeFramer.TOO_LONG, CodeFramer.UNFRAMED_DATA,
                    CodeFramer.INCOMPLETE);
            event = new ScanEvent.ScanFailed(reason, ScanEvent.Source.SERIAL, at);
        }
        IdentityReader.Outcome outcome = READER.read(event);
        if (outcome instanceof IdentityReader.Outcome.Accepted accepted) {
            assertThat(result).isInstanceOf(CodeFramer.Result.Code.class);
            assertThat(accepted.identity().idNumber()).matches("\\d{12}");
        } else {
            assertThat(((IdentityReader.Outcome.Refused) outcome).reasons()).isNotEmpty();
        }
    }
}
