package vn.onestop.server.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.onestop.server.staff.Role;
import vn.onestop.server.Filings;
import vn.onestop.server.ServerSuite;
import vn.onestop.server.TestServer;

/**
 * A 12-digit number outside the 63 birth-registration province codes is filed, never refused; the kiosk's warning
 * reaches the receiving official in the dossier's history.
 */
class IdWarningForStaffTest extends ServerSuite {

    @Test
    void theWarningIsShownToStaffWithTheDossierAndUnknownNotesAreRefused() throws Exception {
        String kiosk = server.enrolKiosk("Sảnh A");
        TestServer.StaffClient clerk = server.staff("lan", Role.COUNTER_STAFF);
        Map<String, Object> filing = new HashMap<>(Filings.dossier("warn-key-01"));
        filing.put("applicant", Map.of("name", "Nguyễn Văn An", "idNumber", "999203012345", "dateOfBirth",
                "2003-02-01", "address", "Số 5 ngõ 12 phố Huế, Phường Hai Bà Trưng, Thành phố Hà Nội"));
        filing.put("staffNotes", List.of("ID_PROVINCE_UNKNOWN"));
        TestServer.Reply filed = server.kiosk(kiosk, "POST", "/api/v1/dossiers", filing);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String code = filed.json().get("dossier").get("code").asText();
        JsonNode history = server.as(clerk, "GET", "/api/v1/staff/dossiers/" + code + "/history", null).json();
        assertThat(history.get(0).get("note").asText()).contains("63 mã tỉnh").contains("cán bộ kiểm tra");

        String plain = server.kiosk(kiosk, "POST", "/api/v1/dossiers", Filings.dossier("warn-key-02")).json()
                .get("dossier").get("code").asText();
        assertThat(server.as(clerk, "GET", "/api/v1/staff/dossiers/" + plain + "/history", null).json().get(0)
                .get("note").asText()).isEmpty();

        Map<String, Object> bad = new HashMap<>(Filings.dossier("warn-key-03"));
        bad.put("staffNotes", List.of("ANYTHING"));
        TestServer.Reply refused = server.kiosk(kiosk, "POST", "/api/v1/dossiers", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asText()).contains("'ANYTHING'");
    }
}
