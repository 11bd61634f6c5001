package vn.onestop.kiosk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A technician edits this kiosk's device settings on the server's API; at its next heartbeat the running kiosk
 * fetches them, saves and applies them without a restart and reports the version back; a refused value is
 * reported with its reason and changes nothing.
 */
@Tag("gui")
class RemoteDeviceSettingsGuiTest extends KioskGuiSuite {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aSettingChangedOnTheServerIsAppliedAtTheNextHeartbeatAndReported() throws Exception {
        kiosk = new KioskHarness(tmp, Clock.systemDefaultZone(), Map.of());
        InProcessServer.StaffCall tech = kiosk.server.technician("tech1");
        String id = fleet(tech).get(0).get("id").asText();

        String saved = tech.send("POST", "/api/v1/technician/kiosks/" + id + "/device-settings",
                "{\"settings\":{\"printer.baud\":\"19200\",\"ui.idle.seconds\":\"90\"}}");
        assertThat(saved).startsWith("200 ");
        kiosk.app.server().alertNow();
        KioskHarness.waitFor("version 1 applied and reported", () -> applied(tech) == 1);
        String file = Files.readString(kiosk.configDir.resolve("kiosk.properties"));
        assertThat(file).contains("printer.baud=19200\n").contains("ui.idle.seconds=90\n")
                .contains("# Ticket printer: escpos (serial) or virtual");
        assertThat(fleet(tech).get(0).get("applyError").isNull()).isTrue();

        tech.send("POST", "/api/v1/technician/kiosks/" + id + "/device-settings",
                "{\"settings\":{\"ui.idle.seconds\":\"5\"}}");
        kiosk.app.server().alertNow();
        KioskHarness.waitFor("version 2 refused and reported", () -> !fleet(tech).get(0).get("applyError").isNull());
        assertThat(fleet(tech).get(0).get("applyError").asText()).contains("ui.idle.seconds");
        assertThat(applied(tech)).isEqualTo(1);
        assertThat(Files.readString(kiosk.configDir.resolve("kiosk.properties"))).contains("ui.idle.seconds=90\n");
        assertThat(Files.readString(kiosk.dataDir.resolve("device-settings-version")).strip()).isEqualTo("1");
    }

    /**
     * Security review, finding 9: a server that was taken over pushes a version with {@code server.url} (the server's
     * own check bypassed in its database): the kiosk refuses the whole version, reports why, and keeps its address.
     */
    @Test
    void aPushedVersionWithAKeyOutsideTheDeviceKeysIsRefusedByTheKiosk() throws Exception {
        kiosk = new KioskHarness(tmp, Clock.systemDefaultZone(), Map.of());
        InProcessServer.StaffCall tech = kiosk.server.technician("tech1");
        String id = fleet(tech).get(0).get("id").asText();
        assertThat(tech.send("POST", "/api/v1/technician/kiosks/" + id + "/device-settings",
                "{\"settings\":{\"ui.idle.seconds\":\"90\"}}")).startsWith("200 ");
        kiosk.app.server().alertNow();
        KioskHarness.waitFor("version 1 applied", () -> applied(tech) == 1);
        String before = Files.readString(kiosk.configDir.resolve("kiosk.properties"));

        kiosk.server.db().write(c -> vn.onestop.server.db.Rows.update(c, "UPDATE kiosk_device_settings SET settings = ?, "
                + "version = version + 1 WHERE kiosk_id = ?", "{\"server.url\":\"http://203.0.113.66:8080\","
                + "\"ui.idle.seconds\":\"120\"}", id));
        kiosk.app.server().alertNow();
        KioskHarness.waitFor("version 2 refused and reported", () -> !fleet(tech).get(0).get("applyError").isNull());
        assertThat(fleet(tech).get(0).get("applyError").asText()).contains("server.url")
                .contains("may not be set from the server");
        assertThat(applied(tech)).isEqualTo(1);
        assertThat(Files.readString(kiosk.configDir.resolve("kiosk.properties"))).isEqualTo(before)
                .doesNotContain("203.0.113.66");
    }

    private static JsonNode fleet(InProcessServer.StaffCall tech) {
        try {
            String r = tech.send("GET", "/api/v1/technician/fleet", null);
            return JSON.readTree(r.substring(r.indexOf(' ') + 1));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static int applied(InProcessServer.StaffCall tech) {
        JsonNode v = fleet(tech).get(0).get("appliedVersion");
        return v == null || v.isNull() ? 0 : v.asInt();
    }
}
