package vn.onestop.kiosk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.core.config.Settings;
import vn.onestop.device.printer.PrinterStatus;
import vn.onestop.kiosk.check.KioskCheck;
import vn.onestop.kiosk.check.KioskCheck.Finding;
import vn.onestop.kiosk.config.KioskConfig;
import vn.onestop.kiosk.server.KioskServerClient;
import vn.onestop.kiosk.server.TokenStore;

/** The technician's check command against a real server: what it says when things are fine and when not. */
class KioskCheckTest {
    @TempDir
    Path dir;
    private InProcessServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private KioskCheck check(String serverUrl, String extra) throws Exception {
        KioskConfig config = KioskConfig.from(Settings.parse(dir.resolve("kiosk.properties"),
                "server.url=" + serverUrl + "\nprinter.type=virtual\nscanner.type=simulated\n" + extra));
        return new KioskCheck(config, Path.of(System.getProperty("onestop.config.dir")), dir.resolve("kiosk"),
                Clock.systemUTC());
    }

    @Test
    void anEnrolledKioskWithSimulatedDevicesIsReady() throws Exception {
        server = new InProcessServer(dir.resolve("server"));
        KioskServerClient client = new KioskServerClient(server.url(), new TokenStore(dir.resolve("kiosk")));
        KioskCheck check = check(server.url(), "");

        List<Finding> before = check.run();
        assertThat(before).filteredOn(f -> !f.ok()).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("Enrolment");
            assertThat(f.text()).contains("not enrolled").contains("technician mode");
        });

        client.enrol(server.enrolmentCode(), "check test");
        assertThat(check.run()).allMatch(Finding::ok);
    }

    @Test
    void aStoppedServerAndAMissingPrinterAreNamedWithWhatToDo() throws Exception {
        KioskCheck check = check("http://127.0.0.1:9", "printer.type=escpos\nprinter.port=" + dir.resolve("ttyNone")
                + "\nscanner.type=serial\nscanner.port=" + dir.resolve("ttyScanner") + "\n");
        List<Finding> findings = check.run();
        assertThat(findings).extracting(Finding::ok).containsOnly(false);
        assertThat(findings.get(0).text()).contains("no device at").contains("ttyNone");
        assertThat(findings.get(1).text()).contains("USB-CDC");
        assertThat(findings.get(2).text()).contains("not reachable").contains("server.url");
    }

    @Test
    void printerStatusIsPutInPlainWords() {
        assertThat(KioskCheck.describe("/dev/p", PrinterStatus.noAnswer()).text()).contains("printer is off");
        PrinterStatus paperOut = new PrinterStatus(true, true, false, false, true, false, false, false);
        assertThat(KioskCheck.describe("/dev/p", paperOut)).satisfies(f -> {
            assertThat(f.ok()).isFalse();
            assertThat(f.text()).contains("paper out");
        });
        PrinterStatus nearEnd = new PrinterStatus(true, false, false, true, false, false, false, false);
        assertThat(KioskCheck.describe("/dev/p", nearEnd)).satisfies(f -> {
            assertThat(f.ok()).isTrue();
            assertThat(f.text()).contains("near its end");
        });
    }
}
