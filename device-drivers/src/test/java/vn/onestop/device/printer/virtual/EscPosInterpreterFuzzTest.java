package vn.onestop.device.printer.virtual;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import vn.onestop.device.printer.escpos.PrinterProfile;
import vn.onestop.device.printer.escpos.Profiles;
import vn.onestop.device.printer.escpos.RobotoFonts;

/**
 * Coverage-guided fuzzing of the virtual printer's ESC/POS interpreter with any byte stream a host could
 * send. Invariants: nothing escapes, bounded time, the printout does not depend on how the serial link
 * chunked the bytes (the first input byte picks the chunk size; the rest is the stream, followed by a cut),
 * and after a power cycle the printer prints a ticket again whatever it received before (a truncated raster
 * header may legitimately swallow the cut, as on a real printer).
 * Regression inputs: {@code EscPosInterpreterFuzzTestInputs/anyByteStream/}.
 */
@Tag("fuzz")
class EscPosInterpreterFuzzTest {

    /** Far above the milliseconds a stream takes, even on a loaded machine: only a blow-up trips it. */
    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final RobotoFonts FONTS = new RobotoFonts();
    private static final PrinterProfile PROFILE = Profiles.load("generic-80mm");
    private static final byte[] CUT = {0x1D, 'V', 0};
    private static final byte[] AFTER_POWER_CYCLE = {0x1B, '@', 'O', 'K', '\n', 0x1D, 'V', 0};

    static {
        print(new byte[] {0x1B, '@', 'A', '\n', 0x1D, 'V', 0}, 1); // class loading is not the target's time
    }

    @FuzzTest(maxDuration = "10s")
    void anyByteStream(byte[] data) {
        if (data.length == 0) {
            return;
        }
        int chunk = 1 + (data[0] & 0x0F);
        byte[] stream = Arrays.copyOfRange(data, 1, data.length + CUT.length);
        System.arraycopy(CUT, 0, stream, data.length - 1, CUT.length);

        long start = System.nanoTime();
        List<String> whole = print(stream, stream.length);
        List<String> chunked = print(stream, chunk);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(chunked).as("printout with %d-byte chunks", chunk).isEqualTo(whole);
        assertThat(took).isLessThan(BOUND);
    }

    /** Prints the stream fed in chunks; returns a summary of each ticket and of every status reply. */
    private static List<String> print(byte[] stream, int chunk) {
        List<String> out = new ArrayList<>();
        EscPosInterpreter interpreter = new EscPosInterpreter(PROFILE, FONTS, new VirtualPrinterState(),
                t -> out.add(t.textLines() + " qr=" + t.nativeQrPayloads() + " unknown=" + t.unknownCommands()
                        + " rasters=" + t.rasters().size() + " complete=" + t.complete()
                        + " height=" + t.image().getHeight()),
                r -> out.add("reply " + r));
        for (int at = 0; at < stream.length; at += chunk) {
            byte[] part = Arrays.copyOfRange(stream, at, Math.min(stream.length, at + chunk));
            interpreter.accept(part, part.length);
        }
        List<String> printout = new ArrayList<>(out);
        interpreter.reset();
        interpreter.accept(AFTER_POWER_CYCLE, AFTER_POWER_CYCLE.length);
        assertThat(out.subList(printout.size(), out.size())).as("a ticket after the power cycle")
                .singleElement().asString().startsWith("[OK]");
        return printout;
    }
}
