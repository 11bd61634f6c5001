package vn.onestop.device.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class SerialSettingsTest {

    @Test
    void readsEveryKeyWithPrefix() {
        Properties p = new Properties();
        p.setProperty("printer.port", "/dev/serial/by-id/usb-printer");
        p.setProperty("printer.baud", "38400");
        p.setProperty("printer.parity", "even");
        p.setProperty("printer.stopBits", "2");
        p.setProperty("printer.flow", "RTS/CTS");

        SerialSettings s = SerialSettings.fromProperties(p, "printer.");

        assertThat(s).isEqualTo(new SerialSettings("/dev/serial/by-id/usb-printer", 38400, 8,
                SerialSettings.Parity.EVEN, SerialSettings.StopBits.TWO, SerialSettings.FlowControl.RTS_CTS));
        assertThat(s.bitsPerByte()).isEqualTo(12.0);
    }

    @Test
    void defaultsAre9600EightNoneOneWithoutFlowControl() {
        Properties p = new Properties();
        p.setProperty("scanner.port", "/dev/ttyACM0");
        assertThat(SerialSettings.fromProperties(p, "scanner.")).isEqualTo(SerialSettings.of("/dev/ttyACM0", 9600));
        assertThat(SerialSettings.of("/dev/x", 9600).wireMillis(960)).isEqualTo(1000.0);
    }

    @Test
    void badValuesNameTheKey() {
        Properties p = new Properties();
        assertThatThrownBy(() -> SerialSettings.fromProperties(p, "printer.")).hasMessageContaining("printer.port");
        p.setProperty("printer.port", "/dev/ttyS0");
        p.setProperty("printer.baud", "fast");
        assertThatThrownBy(() -> SerialSettings.fromProperties(p, "printer.")).hasMessageContaining("printer.baud");
        p.setProperty("printer.baud", "9600");
        p.setProperty("printer.flow", "dsr");
        assertThatThrownBy(() -> SerialSettings.fromProperties(p, "printer.")).hasMessageContaining("printer.flow");
    }

    @Test
    void permissionErrorTellsTheTechnicianAboutDialout() {
        SerialLinkException e = PortErrors.openFailed("/dev/ttyUSB0", PortErrors.EACCES);
        assertThat(e.kind()).isEqualTo(SerialLinkException.Kind.PERMISSION_DENIED);
        assertThat(e.getMessage()).contains("/dev/ttyUSB0", "dialout", "log out");
    }
}
