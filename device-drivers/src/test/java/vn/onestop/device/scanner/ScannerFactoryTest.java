package vn.onestop.device.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.onestop.device.scanner.image.FolderQrScanner;
import vn.onestop.device.scanner.serial.SerialScanner;
import vn.onestop.device.scanner.sim.SimulatedScanner;
import vn.onestop.device.scanner.wedge.WedgeSettings;

class ScannerFactoryTest {

    private static Properties props(String text) throws Exception {
        Properties p = new Properties();
        p.load(new StringReader(text));
        return p;
    }

    @Test
    void eachTypeIsBuiltFromItsKeys() throws Exception {
        Clock clock = Clock.systemUTC();
        try (CodeScanner serial = ScannerFactory.create(props(
                "scanner.type=serial\nscanner.port=/dev/kiosk-scanner\nscanner.terminator=CRLF\n"), "scanner.", clock);
             CodeScanner folder = ScannerFactory.create(props("cam.type=folder\ncam.folder=/tmp/frames\n"), "cam.", clock);
             CodeScanner sim = ScannerFactory.create(props("scanner.type=simulated\n"), "scanner.", clock)) {
            assertThat(serial).isInstanceOf(SerialScanner.class);
            assertThat(folder).isInstanceOf(FolderQrScanner.class);
            assertThat(sim).isInstanceOf(SimulatedScanner.class);
        }
        WedgeSettings wedge = ScannerFactory.wedge(props("w.maxKeyGapMs=15\nw.suffix=tab\nw.prefix=]Q\n"), "w.");
        assertThat(wedge).isEqualTo(new WedgeSettings(Duration.ofMillis(15), 4, "]Q", "\t"));
    }

    @Test
    void wrongValuesNameTheKey() {
        assertThatThrownBy(() -> ScannerFactory.create(props("scanner.type=usb\n"), "scanner.", Clock.systemUTC()))
                .hasMessageContaining("scanner.type must be serial, wedge, folder or simulated");
        assertThatThrownBy(() -> ScannerFactory.create(props("scanner.type=serial\n"), "scanner.", Clock.systemUTC()))
                .hasMessageContaining("scanner.port");
        assertThatThrownBy(() -> ScannerFactory.create(props(
                "scanner.type=serial\nscanner.port=/dev/x\nscanner.duplicateWindowMs=soon\n"), "scanner.", Clock.systemUTC()))
                .hasMessageContaining("scanner.duplicateWindowMs");
        assertThatThrownBy(() -> ScannerFactory.create(props("scanner.type=folder\n"), "scanner.", Clock.systemUTC()))
                .hasMessageContaining("Missing scanner.folder");
        assertThatThrownBy(() -> ScannerFactory.wedge(props("w.suffix=space\n"), "w."))
                .hasMessageContaining("w.suffix must be enter, tab or none");
    }
}
