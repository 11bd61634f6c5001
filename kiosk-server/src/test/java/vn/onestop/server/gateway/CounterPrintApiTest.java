package vn.onestop.server.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.server.Filings;
import vn.onestop.server.TestServer;
import vn.onestop.server.staff.Role;

/**
 * The counter printer's routes over HTTP (SQLite, and PostgreSQL in the suite's second pass): only a counter whose
 * gateway reported a printer gets a print; only that counter's token fetches the slip, and only while pending; the
 * outcome is what the console reads.
 */
class CounterPrintApiTest {
    @TempDir
    Path dir;
    TestServer server;
    Map<String, String> tokens;

    @BeforeEach
    void start() {
        server = new TestServer(dir);
        String code = server.app.gateways().createCode(List.of("2", "3"), "test", "main");
        tokens = server.app.gateways().enrol(new GatewayRegistry.EnrolRequest(code, "g")).tokens();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private TestServer.Reply gateway(String counter, String method, String path, Object body) throws Exception {
        return server.send(method, "/api/v1/gateway/counters/" + counter + path, body,
                Map.of("Authorization", "Bearer " + tokens.get(counter)), null);
    }

    @Test
    void aPrintGoesToTheCounterWithAPrinterOnlyAndIsReportedOnce() throws Exception {
        String kiosk = server.enrolKiosk("Sảnh A");
        String code = Filings.received(server, kiosk, Filings.dossier("counter-print-1"), "000.00.00.H41-251125-0021");
        TestServer.StaffClient clerk = server.staff("clerk", Role.COUNTER_STAFF);
        String print = "/api/v1/staff/prepared/" + code + "/counter-print";

        TestServer.Reply none = server.as(clerk, "POST", print, Map.of("counterId", "2"));
        assertThat(none.json().get("status").asText()).as("no printer reported yet: PDF only").isEqualTo("none");
        assertThat(gateway("2", "GET", "/slips/" + code, null).status()).isEqualTo(404);

        assertThat(gateway("2", "POST", "/printer", Map.of("printer", "virtual (generic-80mm)")).status())
                .isEqualTo(204);
        assertThat(gateway("2", "POST", "/printer", Map.of()).status()).isEqualTo(400);
        TestServer.Reply pending = server.as(clerk, "POST", print, Map.of("counterId", "2"));
        assertThat(pending.json().get("status").asText()).isEqualTo("pending");
        assertThat(server.as(clerk, "POST", print, Map.of("counterId", "99")).status()).isEqualTo(400);

        assertThat(gateway("3", "GET", "/slips/" + code, null).status()).as("another counter's gateway").isEqualTo(404);
        TestServer.Reply slip = gateway("2", "GET", "/slips/" + code, null);
        assertThat(slip.status()).as(slip.body()).isEqualTo(200);
        assertThat(slip.json().get("dossierCode").asText()).isEqualTo("000.00.00.H41-251125-0021");

        TestServer.Reply failed = gateway("2", "POST", "/slips/" + code + "/result", Map.of("printed", false,
                "error", "Virtual printer reports: paper out"));
        assertThat(failed.json().get("status").asText()).isEqualTo("failed");
        TestServer.Reply seen = server.as(clerk, "GET", print, null);
        assertThat(seen.json().get("error").asText()).contains("paper out");
        assertThat(gateway("2", "GET", "/slips/" + code, null).status()).as("not pending: nothing to print")
                .isEqualTo(409);

        server.as(clerk, "POST", print, Map.of("counterId", "2"));
        gateway("2", "POST", "/slips/" + code + "/result", Map.of("printed", true));
        assertThat(server.as(clerk, "GET", print, null).json().get("status").asText()).isEqualTo("printed");
    }
}
