package vn.onestop.device.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import vn.onestop.device.printer.PrinterStatus;
import vn.onestop.device.serial.SerialLink;

/** Framing of status replies among automatic status frames and XON/XOFF, over a scripted link. */
class StatusReaderTest {

    /** Answers each DLE EOT n with the bytes the script gives for n, one byte per read like a slow UART. */
    static final class ScriptedLink implements SerialLink {
        private final IntFunction<byte[]> script;
        private final Deque<Byte> incoming = new ArrayDeque<>();

        ScriptedLink(IntFunction<byte[]> script) {
            this.script = script;
        }

        @Override
        public String portName() {
            return "/dev/scripted";
        }

        @Override
        public void open() {
        }

        @Override
        public void write(byte[] data) {
            if (data.length == 3 && data[0] == EscPos.DLE && data[1] == EscPos.EOT) {
                for (byte b : script.apply(data[2])) {
                    incoming.add(b);
                }
            }
        }

        @Override
        public int read(byte[] buffer, int timeoutMillis) {
            if (incoming.isEmpty() || buffer.length == 0) {
                return 0;
            }
            buffer[0] = incoming.poll();
            return 1;
        }

        @Override
        public boolean isConnected() {
            return true;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void automaticStatusFrameAndXoffBeforeTheReplyAreUnderstood() throws Exception {
        ScriptedLink link = new ScriptedLink(n -> n == 1
                ? new byte[] {0x13, 0x38, 0x00, 0x0C, 0x00, 0x11, 0x1A} // XOFF, ASB (cover open, paper out), XON, reply
                : n == 4 ? new byte[] {0x72} : new byte[] {0x12});
        StatusReader reader = new StatusReader(link, Clock.systemUTC(), Duration.ofMillis(200));

        PrinterStatus status = reader.read();

        assertThat(status.paperOut()).isTrue();
        assertThat(status.offline()).isTrue();
        assertThat(reader.lastAutomaticStatus()).hasValueSatisfying(asb -> {
            assertThat(asb.coverOpen()).isTrue();
            assertThat(asb.paperOut()).isTrue();
        });
    }

    @Test
    void missingReplyIsNoAnswer() throws Exception {
        ScriptedLink link = new ScriptedLink(n -> n == 3 ? new byte[0] : new byte[] {0x12});
        assertThat(new StatusReader(link, Clock.systemUTC(), Duration.ofMillis(100)).read())
                .isEqualTo(PrinterStatus.noAnswer());
    }
}
