package vn.onestop.kiosk.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.device.serial.JSerialCommLink;
import vn.onestop.device.serial.SerialSettings;
import vn.onestop.testkit.RequiresSocat;
import vn.onestop.testkit.Wait;

/**
 * The device gateway against the real server (random port, SQLite): two counter displays on one pty bus, a keypad
 * receiver on another pty. Calls made through the server's HTTP routes reach the right display within a second;
 * the keypad acts for the official at its counter; unplugging the bus or restarting the server is survived.
 */
@RequiresSocat
class GatewayPtyTest {
    @TempDir
    Path dir;
    private GatewayRig rig;

    @BeforeEach
    void start() throws Exception {
        rig = new GatewayRig(dir);
        Wait.until(() -> rig.gateway.display("2").streamLive() && rig.gateway.display("3").streamLive(),
                Duration.ofSeconds(10), "the gateway's event streams to be live");
    }

    @AfterEach
    void stop() {
        if (rig != null) {
            rig.close();
        }
    }

    @Test
    void aCallShowsOnItsCountersDisplayWithinOneSecondRecallBlinksCloseClears() throws Exception {
        String number = rig.issue("A");
        GatewayRig.Staff clerk = rig.official("clerk2");
        assertThat(rig.as(clerk, "/api/v1/counters/2/open").statusCode()).isEqualTo(204);
        int before3 = rig.wire.at(3).size();

        long t0 = System.nanoTime();
        var next = rig.as(clerk, "/api/v1/counters/2/next");
        assertThat(next.statusCode()).as(next.body()).isEqualTo(200);
        Wait.until(() -> shows(2, DisplayWire.SHOW, number), Duration.ofSeconds(1),
                "display 2 to show " + number + " within 1 s of next");
        assertThat((rig.wire.last(2).nanos() - t0) / 1_000_000).isLessThan(1000);
        assertThat(rig.wire.at(3).size()).as("display 3 got nothing of counter 2's call").isEqualTo(before3);

        String ticketId = rig.json.readTree(next.body()).get("id").asText();
        rig.as(clerk, "/api/v1/counters/2/tickets/" + ticketId + "/recall");
        Wait.until(() -> shows(2, DisplayWire.BLINK, number), Duration.ofSeconds(1), "display 2 to blink on recall");

        rig.as(clerk, "/api/v1/counters/2/close");
        Wait.until(() -> rig.wire.last(2).command() == DisplayWire.CLEAR, Duration.ofSeconds(1),
                "display 2 to clear when the counter closes");
        assertThat(rig.wire.errors).isEmpty();
        Wait.until(() -> rig.app.gateways().displays("main").stream().anyMatch(d -> d.counterId().equals("2")
                && d.connected() && d.shown() == null), Duration.ofSeconds(5), "the cleared display reported");
    }

    @Test
    void theTechniciansTestPatternLightsTheDisplayThenTheNumberComesBack() throws Exception {
        String number = rig.issue("A");
        GatewayRig.Staff clerk = rig.official("clerk2");
        rig.as(clerk, "/api/v1/counters/2/open");
        rig.as(clerk, "/api/v1/counters/2/next");
        Wait.until(() -> shows(2, DisplayWire.SHOW, number), Duration.ofSeconds(1), "number shown");
        rig.app.staff().create("test", "tech", "Tech", vn.onestop.server.staff.Role.TECHNICIAN,
                "official-password-1".toCharArray());
        var login = rig.post("/api/v1/auth/login", java.util.Map.of(),
                "{\"username\":\"tech\",\"password\":\"official-password-1\"}");
        GatewayRig.Staff tech = new GatewayRig.Staff(login.headers().firstValue("Set-Cookie").orElseThrow()
                .split(";")[0], rig.json.readTree(login.body()).get("csrfToken").asText());
        assertThat(rig.as(tech, "/api/v1/technician/displays/2/test-pattern").statusCode()).isEqualTo(202);
        Wait.until(() -> rig.wire.last(2).command() == DisplayWire.TEST, Duration.ofSeconds(1), "test pattern");
        Wait.until(() -> shows(2, DisplayWire.SHOW, number), Duration.ofMillis(CounterScreen.TEMPORARY_MILLIS + 2000),
                "the number again after the test pattern");
    }

    @Test
    void keypadCallsNextForTheOfficialAtCounterTwoAndIsRefusedWhereNobodyIs() throws Exception {
        String a = rig.issue("A");
        String c = rig.issue("C");
        GatewayRig.Staff clerk = rig.official("clerk2");
        rig.as(clerk, "/api/v1/counters/2/open");
        try (JSerialCommLink keys = new JSerialCommLink(SerialSettings.of(rig.keypad.deviceSide(), 9600),
                Clock.systemUTC())) {
            keys.open();
            keys.write(press(2, '1'));
            Wait.until(() -> shows(2, DisplayWire.SHOW, a), Duration.ofSeconds(3), "the keypad's next on display 2");
            assertThat(rig.ticketStatus(a)).isEqualTo("called");
            // the audit row is written just after the call's transaction (whose event reached the display)
            Wait.until(() -> rig.auditDetails().contains("keypad at counter 2 for user clerk2"), Duration.ofSeconds(3),
                    "the keypad call audited for clerk2");

            // Counter 3 has nobody logged in: refused, nothing called, its display shows the error.
            keys.write(press(3, '1'));
            Wait.until(() -> shows(3, DisplayWire.BLINK, "ERR"), Duration.ofSeconds(3), "ERR on display 3");
            assertThat(rig.ticketStatus(c)).isEqualTo("waiting");
            Wait.until(() -> rig.app.gateways().displays("main").stream().anyMatch(d -> d.counterId().equals("3")
                    && d.lastError() != null && d.lastError().contains("No official is logged in at counter 3")),
                    Duration.ofSeconds(5), "the refusal reported as the display's last error");
        }
    }

    @Test
    void unpluggingTheBusAndPluggingItBackShowsTheCurrentNumber() throws Exception {
        String first = rig.issue("A");
        String second = rig.issue("A");
        GatewayRig.Staff clerk = rig.official("clerk2");
        rig.as(clerk, "/api/v1/counters/2/open");
        rig.as(clerk, "/api/v1/counters/2/next");
        Wait.until(() -> shows(2, DisplayWire.SHOW, first), Duration.ofSeconds(1), "first number shown");

        rig.wire.close();
        rig.bus.unplug();
        rig.as(clerk, "/api/v1/counters/2/next");
        Wait.until(() -> !rig.gateway.display("2").connected(), Duration.ofSeconds(10),
                "the gateway to notice the unplugged bus");
        Wait.until(() -> rig.app.gateways().displays("main").stream().anyMatch(d -> d.counterId().equals("2")
                && !d.connected()), Duration.ofSeconds(5), "the server to list display 2 as disconnected");

        rig.bus.plugIn();
        rig.wire = new DisplayWire(rig.bus.deviceSide());
        Wait.until(() -> shows(2, DisplayWire.SHOW, second), Duration.ofSeconds(10),
                "display 2 to show the current number after the replug");
        assertThat(rig.gateway.display("2").connected()).isTrue();
    }

    @Test
    void afterAServerRestartTheGatewayResumesAndShowsNewCalls() throws Exception {
        String first = rig.issue("A");
        String second = rig.issue("A");
        GatewayRig.Staff clerk = rig.official("clerk2");
        rig.as(clerk, "/api/v1/counters/2/open");
        int port = rig.port;
        rig.stopServer();
        Wait.until(() -> !rig.gateway.display("2").streamLive(), Duration.ofSeconds(10), "the stream to drop");
        rig.startServer(port);
        Wait.until(() -> rig.gateway.display("2").streamLive(), Duration.ofSeconds(15), "the stream to come back");
        GatewayRig.Staff again = rig.official("clerk2b");
        var refused = rig.as(again, "/api/v1/counters/2/next");
        assertThat(refused.statusCode()).as("counter 2 is still open in clerk2's name").isIn(403, 409);
        GatewayRig.Staff same = new GatewayRig.Staff(clerk.cookie(), clerk.csrf());
        rig.as(same, "/api/v1/counters/2/next");
        Wait.until(() -> shows(2, DisplayWire.SHOW, first), Duration.ofSeconds(2), "a call after the restart shown");
        assertThat(second).isNotBlank();
    }

    private boolean shows(int address, int command, String text) {
        DisplayWire.Frame f = rig.wire.last(address);
        return f != null && f.command() == command && f.text().equals(text);
    }

    static byte[] press(int address, char key) {
        String body = String.format(Locale.ROOT, "%02d%c", address, key);
        int x = 0;
        for (char ch : body.toCharArray()) {
            x ^= ch;
        }
        return ("\u0002" + body + String.format(Locale.ROOT, "%02X", x) + "\r").getBytes(StandardCharsets.US_ASCII);
    }
}
