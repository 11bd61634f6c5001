package vn.onestop.device.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.device.printer.escpos.EscPosPrinter;
import vn.onestop.device.serial.SerialSettings;

class PrinterFactoryTest {
    private static final Path CONFIG = Path.of(System.getProperty("onestop.config.dir"));
    @TempDir
    Path dir;

    @Test
    void serialPrinterSettingsComeFromTheKioskProperties() {
        Properties p = new Properties();
        p.setProperty("printer.port", "/dev/serial/by-id/usb-printer");
        p.setProperty("printer.baud", "38400");
        p.setProperty("printer.flow", "rtscts");
        p.setProperty("printer.profile", "epson-tm-t88");
        PrinterSettings s = PrinterSettings.fromProperties(p);
        assertThat(s.type()).isEqualTo(PrinterSettings.Type.ESCPOS);
        assertThat(s.serial().flowControl()).isEqualTo(SerialSettings.FlowControl.RTS_CTS);
        assertThat(s.statusTimeout()).isEqualTo(Duration.ofSeconds(1));
        try (TicketPrinter printer = PrinterFactory.create(s, CONFIG, Clock.systemUTC())) {
            assertThat(printer).isInstanceOf(EscPosPrinter.class);
            assertThat(printer.status()).as("nothing on that port").isEqualTo(PrinterStatus.noAnswer());
        }
    }

    @Test
    void virtualPrinterWritesPngFiles() throws Exception {
        Properties p = new Properties();
        p.setProperty("printer.type", "virtual");
        p.setProperty("printer.virtual.out", dir.toString());
        try (TicketPrinter printer = PrinterFactory.create(PrinterSettings.fromProperties(p), CONFIG,
                Clock.systemUTC())) {
            printer.print(SampleTickets.queueTicket());
        }
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.toString().endsWith(".png")).count()).isEqualTo(1);
        }
    }

    @Test
    void wrongValuesNameTheKey() {
        Properties p = new Properties();
        p.setProperty("printer.type", "laser");
        assertThatThrownBy(() -> PrinterSettings.fromProperties(p)).hasMessageContaining("printer.type");
        p.setProperty("printer.type", "virtual");
        p.setProperty("printer.profile", "../../etc/passwd");
        assertThatThrownBy(() -> PrinterSettings.fromProperties(p)).hasMessageContaining("printer.profile");
        p.setProperty("printer.profile", "no-such-printer");
        assertThatThrownBy(() -> PrinterFactory.create(PrinterSettings.fromProperties(p), CONFIG, Clock.systemUTC()))
                .hasMessageContaining("no-such-printer.properties");
    }
}
