package vn.onestop.device.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.onestop.device.printer.PrinterStatus;
import vn.onestop.device.serial.SerialLink;
import vn.onestop.device.serial.SerialLinkException;

/** An unplugged printer polled all night must not write a warning every few seconds. */
class UnreachablePrinterLogTest {

    /** A port whose device is gone until {@link #plugged} is set; when plugged it answers nothing. */
    private static final class UnpluggedLink implements SerialLink {
        private final String name = "/dev/unplugged-" + UUID.randomUUID();
        private volatile boolean plugged;

        @Override
        public String portName() {
            return name;
        }

        @Override
        public void open() throws SerialLinkException {
            if (!plugged) {
                throw new SerialLinkException(SerialLinkException.Kind.NO_SUCH_PORT, "No serial port at " + name);
            }
        }

        @Override
        public void write(byte[] data) {
            // a plugged but silent printer takes the bytes
        }

        @Override
        public int read(byte[] buffer, int timeoutMillis) {
            return 0;
        }

        @Override
        public boolean isConnected() {
            return plugged;
        }

        @Override
        public void close() {
            plugged = false;
        }
    }

    @Test
    void anUnreachablePrinterIsWarnedAboutOnceThenAgainAfterItCameBack() throws Exception {
        UnpluggedLink link = new UnpluggedLink();
        EscPosPrinter printer = new EscPosPrinter(link, new TicketEncoder(Profiles.load("generic-80mm"),
                new RobotoFonts()), Clock.systemUTC(), Duration.ofMillis(50));
        for (int i = 0; i < 10; i++) {
            assertThat(printer.status()).isEqualTo(PrinterStatus.noAnswer());
        }
        assertThat(warnings(link.portName())).isEqualTo(1);
        link.plugged = true;
        printer.status();
        link.plugged = false;
        for (int i = 0; i < 5; i++) {
            printer.status();
        }
        assertThat(warnings(link.portName())).as("warned again after it was reached once").isEqualTo(2);
    }

    private static long warnings(String port) throws Exception {
        String log = Files.readString(Path.of("target", "test-logs", "test.log"), StandardCharsets.UTF_8);
        return log.lines().filter(l -> l.contains(" WARN ") && l.contains(port)).count();
    }
}
