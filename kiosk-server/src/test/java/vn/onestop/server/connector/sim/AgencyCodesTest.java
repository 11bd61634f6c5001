package vn.onestop.server.connector.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulated provincial system with several centres (issue 21): with {@code {agency}} in its code pattern, each
 * centre's dossiers get official codes under that centre's agency code, numbered by that centre's own daily
 * sequence, and the numbering goes on after a restart (the ledger on disk).
 */
class AgencyCodesTest {
    private final ObjectMapper json = new ObjectMapper();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T03:00:00Z"), ZoneId.of("UTC"));
    @TempDir
    Path dir;

    @Test
    void eachCentreGetsCodesUnderItsAgencyCodeWithItsOwnSequence() throws Exception {
        OfficialCodePattern pattern = new OfficialCodePattern("{agency}-{yyMMdd}-{seq:4}");
        SimulatorLedger ledger = new SimulatorLedger(dir, pattern, json, clock, ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(received(ledger, "H41.21", "AAAA2222")).isEqualTo("H41.21-261125-0001");
        assertThat(received(ledger, "H41.99", "BBBB3333")).as("centre Y starts its own sequence")
                .isEqualTo("H41.99-261125-0001");
        assertThat(received(ledger, "H41.21", "CCCC4444")).isEqualTo("H41.21-261125-0002");

        SimulatorLedger restarted = new SimulatorLedger(dir, pattern, json, clock, ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(received(restarted, "H41.99", "DDDD5555")).isEqualTo("H41.99-261125-0002");
        assertThat(received(restarted, "H41.21", "EEEE6666")).isEqualTo("H41.21-261125-0003");
    }

    @Test
    void withoutAgencyInThePatternTheProvinceHasOneSequence() throws Exception {
        SimulatorLedger ledger = new SimulatorLedger(dir, new OfficialCodePattern("000.00.00.H41-{yyMMdd}-{seq:4}"),
                json, clock, ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(received(ledger, "H41.21", "AAAA2222")).isEqualTo("000.00.00.H41-261125-0001");
        assertThat(received(ledger, "H41.99", "BBBB3333")).isEqualTo("000.00.00.H41-261125-0002");
    }

    private String received(SimulatorLedger ledger, String agency, String dossier) throws Exception {
        JsonNode submission = json.valueToTree(Map.of("event", "received", "centre", Map.of("agencyCode", agency,
                "name", "Trung tâm"), "dossier", Map.of("code", dossier)));
        byte[] body = json.writeValueAsString(submission).getBytes(StandardCharsets.UTF_8);
        return ledger.accept(agency + ":" + dossier + ":received", submission, body).entry().officialCode();
    }
}
