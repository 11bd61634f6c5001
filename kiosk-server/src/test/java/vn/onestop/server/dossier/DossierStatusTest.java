package vn.onestop.server.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.onestop.server.Filings;
import vn.onestop.server.ServerSuite;
import vn.onestop.server.TestServer;
import vn.onestop.server.staff.Role;

/** Staff move dossiers through their statuses; citizens look up the timeline; bad codes reveal nothing. */
class DossierStatusTest extends ServerSuite {
    String kiosk;
    TestServer.StaffClient clerk;
    String code;

    @BeforeEach
    void start() throws Exception {
        kiosk = server.enrolKiosk("Sảnh A");
        clerk = server.staff("clerk", Role.COUNTER_STAFF);
        code = Filings.received(server, kiosk, Filings.dossier("status-key-01"), "H41.21-261125-0001");
    }

    private TestServer.Reply change(String status, String tracking) throws Exception {
        server.clock.advance(Duration.ofHours(1));
        return server.as(clerk, "POST", "/api/v1/staff/dossiers/" + code + "/status", tracking == null
                ? Map.of("status", status) : Map.of("status", status, "trackingNumber", tracking));
    }

    @Test
    void theTimelineShowsEveryStatusInVietnameseAndEnglishWithoutPersonalData() throws Exception {
        assertThat(change("processing", null).status()).isEqualTo(200);
        assertThat(change("done", null).status()).isEqualTo(200);
        TestServer.Reply noTracking = change("handed_to_post", null);
        assertThat(noTracking.status()).isEqualTo(400);
        assertThat(noTracking.json().get("detail").asText()).contains("trackingNumber");
        assertThat(change("handed_to_post", "EP123456789VN").status()).isEqualTo(200);
        assertThat(change("delivered", null).status()).isEqualTo(200);
        JsonNode view = server.kiosk(kiosk, "GET", "/api/v1/dossiers/" + code, null).json();
        assertThat(view.get("status").asText()).isEqualTo("delivered");
        assertThat(view.get("statusVi").asText()).isEqualTo("Đã trả kết quả");
        assertThat(view.get("trackingNumber").asText()).isEqualTo("EP123456789VN");
        List<String> steps = new ArrayList<>();
        view.get("timeline").forEach(s -> steps.add(s.get("statusVi").asText() + " / " + s.get("statusEn").asText()));
        assertThat(steps).containsExactly("Đã chuẩn bị, chờ cán bộ tiếp nhận / Prepared, awaiting reception",
                "Đã tiếp nhận / Received", "Đang xử lý / Processing",
                "Đã có kết quả / Result ready", "Đã chuyển bưu điện trả kết quả / Handed to the post",
                "Đã trả kết quả / Result delivered");
        assertThat(view.get("timeline").get(2).get("at").asText()).isEqualTo("2026-11-25T02:00:00Z");
        assertThat(view.toString()).doesNotContain(Filings.ID).doesNotContain("Nguyễn").doesNotContain("Tràng")
                .doesNotContain("0912345678").doesNotContain("clerk");
    }

    @Test
    void eachChangeKeepsItsAuthorAndTimeAndImpossibleChangesAreRefused() throws Exception {
        TestServer.Reply backwards = change("delivered", null);
        assertThat(backwards.status()).isEqualTo(409);
        assertThat(backwards.json().get("detail").asText()).contains("'received' cannot become 'delivered'");
        change("supplement_requested", null);
        JsonNode history = server.as(clerk, "GET", "/api/v1/staff/dossiers/" + code + "/history", null).json();
        assertThat(history).hasSize(3);
        assertThat(history.get(0).get("actor").asText()).startsWith("kiosk:");
        assertThat(history.get(1).get("actor").asText()).isEqualTo("receiver");
        assertThat(history.get(2).get("actor").asText()).isEqualTo("clerk");
        assertThat(history.get(2).get("status").asText()).isEqualTo("supplement_requested");
        TestServer.StaffClient admin = server.staff("boss", Role.ADMIN);
        assertThat(server.as(admin, "GET", "/api/v1/admin/audit", null).body()).contains("dossier.status")
                .doesNotContain(Filings.ID);
        assertThat(server.as(clerk, "POST", "/api/v1/staff/dossiers/" + code + "/status",
                Map.of("status", "lost")).status()).isEqualTo(400);
        assertThat(server.kiosk(kiosk, "POST", "/api/v1/staff/dossiers/" + code + "/status",
                Map.of("status", "done")).status()).isEqualTo(401);
    }

    @Test
    void unknownAndOtherCentresCodesGetTheSameAnswerAndMalformedOnesAreNamed() throws Exception {
        TestServer.Reply unknown = server.kiosk(kiosk, "GET", "/api/v1/dossiers/H41.21-261125-0099", null);
        TestServer.Reply other = server.kiosk(kiosk, "GET", "/api/v1/dossiers/H55.242-261125-0001", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.body()).isEqualTo(unknown.body());
        assertThat(unknown.json().get("detail").asText()).contains("Không tìm thấy hồ sơ");
        TestServer.Reply malformed = server.kiosk(kiosk, "GET", "/api/v1/dossiers/001203004567", null);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("detail").asText()).contains("Mã hồ sơ không hợp lệ")
                .doesNotContain("001203004567");
        TestServer.Reply badDate = server.kiosk(kiosk, "GET", "/api/v1/dossiers/H41.21-261345-0001", null);
        assertThat(badDate.json().get("detail").asText()).contains("not a real calendar date");
        assertThat(server.kiosk(kiosk, "GET", "/api/v1/dossiers/" + code.toLowerCase(), null).status())
                .isEqualTo(200);
    }
}
