package vn.onestop.server.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.onestop.server.Filings;
import vn.onestop.server.ServerSuite;
import vn.onestop.server.TestServer;
import vn.onestop.server.staff.Role;

/**
 * Issue 21: the procedure catalogue, calendar and kiosk texts edited live through the admin API: the kiosk sees an
 * edit at once (new ETag, push hint on the heartbeat), bad edits and bad import lines change nothing, export and
 * import give the same catalogue back, a new holiday moves the next appointment.
 */
class CatalogueApiTest extends ServerSuite {
    TestServer.StaffClient admin;
    TestServer.StaffClient clerk;
    String kiosk;

    @BeforeEach
    void start() throws Exception {
        admin = server.staff("boss", Role.ADMIN);
        clerk = server.staff("clerk", Role.COUNTER_STAFF);
        kiosk = server.enrolKiosk("Sảnh A");
    }

    private JsonNode kioskProcedure(JsonNode config, String code) {
        for (JsonNode p : config.get("procedures")) {
            if (p.get("code").asText().equals(code)) {
                return p;
            }
        }
        throw new AssertionError("no procedure " + code + " in the kiosk configuration");
    }

    private static Map<String, Object> heartbeat() {
        return Map.of("printer", Map.of("online", true, "paperLow", false, "paperOut", false, "coverOpen", false,
                "cutterError", false, "statusBits", 0), "scannerOk", true, "freeDiskBytes", 5_000_000_000L,
                "appVersion", "0.1.0", "outboxPending", 0);
    }

    /** Files a dossier at the kiosk, has a clerk receive it now, and returns its appointment. */
    private String appointment(String key, String officialCode) throws Exception {
        TestServer.Reply prepared = server.kiosk(kiosk, "POST", "/api/v1/dossiers", Filings.dossier(key));
        assertThat(prepared.status()).as(prepared.body()).isEqualTo(201);
        TestServer.Reply received = server.as(clerk, "POST", "/api/v1/staff/prepared/"
                + prepared.json().get("preparationCode").asText() + "/receive", Map.of("officialCode", officialCode));
        assertThat(received.status()).as(received.body()).isEqualTo(200);
        return received.json().get("dossier").get("appointmentAt").asText();
    }

    private TestServer.Reply put(String code, Object body) throws Exception {
        return server.as(admin, "PUT", "/api/v1/admin/catalogue/procedures/" + code, body);
    }

    private TestServer.Reply importText(String type, String text) throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.base()
                + "/api/v1/admin/catalogue/import")).header("Cookie", admin.cookie())
                .header("X-CSRF-Token", admin.csrf()).header("Content-Type", type)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(text)).build();
        return new TestServer.Reply(server.http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()),
                server.json);
    }

    private String export(String format) throws Exception {
        TestServer.Reply r = server.as(admin, "GET", "/api/v1/admin/catalogue/export?format=" + format, null);
        assertThat(r.status()).isEqualTo(200);
        return r.body();
    }

    @Test
    void anEditReachesTheKioskConfigurationAtOnceWithANewEtagAndIsAudited() throws Exception {
        TestServer.Reply before = server.kiosk(kiosk, "GET", "/api/v1/kiosk/config", null);
        String etag = before.response().headers().firstValue("ETag").orElseThrow();
        assertThat(kioskProcedure(before.json(), "LLTP-1").get("feeVnd").asLong()).isEqualTo(200000);
        TestServer.Reply beat = server.kiosk(kiosk, "POST", "/api/v1/kiosk/heartbeat", heartbeat());
        assertThat(beat.status()).isEqualTo(204);
        assertThat(beat.response().headers().firstValue("X-Kiosk-Config-ETag")).contains(etag);

        TestServer.Reply edit = put("LLTP-1", Map.of("fee_vnd", 250000, "processing_days", 12,
                "documents_vi", List.of("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp", "Bản chụp thẻ Căn cước")));
        assertThat(edit.status()).as(edit.body()).isEqualTo(200);
        assertThat(edit.json().get("fee_vnd").asLong()).isEqualTo(250000);
        assertThat(edit.json().get("source").asText()).as("fields not sent are kept").startsWith("Law 28/2009");

        TestServer.Reply after = server.send("GET", "/api/v1/kiosk/config", null, Map.of("Authorization",
                "Bearer " + kiosk, "If-None-Match", etag), null);
        assertThat(after.status()).as("the old ETag no longer matches").isEqualTo(200);
        String newEtag = after.response().headers().firstValue("ETag").orElseThrow();
        assertThat(newEtag).isNotEqualTo(etag);
        JsonNode lltp = kioskProcedure(after.json(), "LLTP-1");
        assertThat(lltp.get("feeVnd").asLong()).isEqualTo(250000);
        assertThat(lltp.get("processingDays").asInt()).isEqualTo(12);
        assertThat(lltp.get("documents")).hasSize(2);
        TestServer.Reply beatAfter = server.kiosk(kiosk, "POST", "/api/v1/kiosk/heartbeat", heartbeat());
        assertThat(beatAfter.response().headers().firstValue("X-Kiosk-Config-ETag")).contains(newEtag);

        assertThat(server.as(admin, "GET", "/api/v1/admin/audit", null).body())
                .contains("catalogue.procedure").contains("fee_vnd 200000 -> 250000");
        JsonNode change = server.as(admin, "GET", "/api/v1/admin/catalogue/changes", null).json().get(0);
        assertThat(change.get("actor").asText()).isEqualTo("boss");
        assertThat(change.get("before").get("fee_vnd").asLong()).isEqualTo(200000);
        assertThat(change.get("after").get("fee_vnd").asLong()).isEqualTo(250000);
    }

    @Test
    void aBadEditIsRefusedWithItsReasonAndChangesNothing() throws Exception {
        String exported = export("json");
        TestServer.Reply fee = put("LLTP-1", Map.of("fee_vnd", "a lot"));
        assertThat(fee.status()).isEqualTo(400);
        assertThat(fee.json().get("detail").asText()).contains("LLTP-1").contains("fee_vnd");
        TestServer.Reply service = put("LLTP-1", Map.of("service", "Z"));
        assertThat(service.status()).isEqualTo(400);
        assertThat(service.json().get("detail").asText()).contains("LLTP-1").contains("'service'")
                .contains("known: [A, B, C, D, E, H]");
        TestServer.Reply renamed = put("LLTP-1", Map.of("code", "OTHER"));
        assertThat(renamed.status()).isEqualTo(400);
        TestServer.Reply incomplete = put("NEW-1", Map.of("name_vi", "Thủ tục mới"));
        assertThat(incomplete.status()).as("a new procedure needs every required field").isEqualTo(400);
        assertThat(export("json")).isEqualTo(exported);
        TestServer.StaffClient supervisor = server.staff("sup", Role.SUPERVISOR);
        assertThat(server.as(supervisor, "PUT", "/api/v1/admin/catalogue/procedures/LLTP-1",
                Map.of("fee_vnd", 1)).status()).isEqualTo(403);
    }

    @Test
    void anImportWithABadLineIsRefusedWithItsLineNumberAndNothingIsImported() throws Exception {
        String exported = export("json");
        String csv = "code,fee_vnd,processing_days\n"
                + "LLTP-1,300000,10\n"
                + "LLTP-2,not a number,10\n";
        TestServer.Reply bad = importText("text/csv", csv);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("detail").asText()).contains("line 3").contains("fee_vnd");
        String unknownService = "code,service\nLLTP-1,A\nLLTP-2,Q\n";
        TestServer.Reply badService = importText("text/csv", unknownService);
        assertThat(badService.status()).isEqualTo(400);
        assertThat(badService.json().get("detail").asText()).contains("line 3").contains("LLTP-2")
                .contains("service");
        String json = "[\n  {\"code\": \"LLTP-1\", \"fee_vnd\": 1},\n  {\"code\": \"LLTP-1\", \"fee_vnd\": 2}\n]";
        TestServer.Reply twice = importText("application/json", json);
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().get("detail").asText()).contains("line 3").contains("line 2");
        assertThat(export("json")).as("nothing half imported").isEqualTo(exported);

        TestServer.Reply good = importText("text/csv", "code,fee_vnd\nLLTP-1,300000\nLLTP-2,300000\n");
        assertThat(good.status()).as(good.body()).isEqualTo(200);
        assertThat(good.json().get("changed").asInt()).isEqualTo(2);
        JsonNode config = server.kiosk(kiosk, "GET", "/api/v1/kiosk/config", null).json();
        assertThat(kioskProcedure(config, "LLTP-2").get("feeVnd").asLong()).isEqualTo(300000);
    }

    @Test
    void exportedJsonAndCsvImportBackUnchangedAndAnEditedExportChangesOnlyWhatWasEdited() throws Exception {
        String json = export("json");
        TestServer.Reply same = importText("application/json", json);
        assertThat(same.status()).as(same.body()).isEqualTo(200);
        assertThat(same.json().get("changed").asInt()).isZero();
        assertThat(same.json().get("lines").asInt()).isGreaterThan(10);
        String csv = export("csv");
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("code,name_vi,name_en");
        TestServer.Reply sameCsv = importText("text/csv", csv);
        assertThat(sameCsv.status()).as(sameCsv.body()).isEqualTo(200);
        assertThat(sameCsv.json().get("changed").asInt()).isZero();
        assertThat(export("json")).isEqualTo(json);

        ObjectNode doc = (ObjectNode) server.json.readTree(json);
        ((ObjectNode) doc.get("procedures").get(0)).put("name_vi", "Tên mới của thủ tục");
        TestServer.Reply edited = importText("application/json", server.json.writeValueAsString(doc));
        assertThat(edited.json().get("changed").asInt()).isEqualTo(1);
        assertThat(export("csv")).contains("Tên mới của thủ tục");
    }

    @Test
    void aNewHolidayMovesTheNextAppointmentAtOnce() throws Exception {
        // LLTP-1: 10 working days from Wednesday 25 November 2026.
        assertThat(appointment("holiday-key-01", "H41.21-261125-0001")).startsWith("2026-12-09");
        TestServer.Reply holiday = server.as(admin, "PUT", "/api/v1/admin/calendar/days/2026-12-01",
                Map.of("kind", "day_off", "nameVi", "Nghỉ đột xuất", "nameEn", "Extra day off", "status", "official"));
        assertThat(holiday.status()).as(holiday.body()).isEqualTo(200);
        assertThat(appointment("holiday-key-02", "H41.21-261125-0002")).startsWith("2026-12-10");
        JsonNode year = server.as(admin, "GET", "/api/v1/admin/calendar?year=2026", null).json();
        assertThat(year.get("days").toString()).contains("2026-12-01").contains("Extra day off");
        TestServer.Reply saturday = server.as(admin, "PUT", "/api/v1/admin/calendar/days/2026-12-05",
                Map.of("kind", "day_off", "nameVi", "x", "nameEn", "x"));
        assertThat(saturday.status()).isEqualTo(400);
        assertThat(saturday.json().get("detail").asText()).contains("SATURDAY");

        assertThat(server.as(admin, "DELETE", "/api/v1/admin/calendar/days/2026-12-01", null).status())
                .isEqualTo(204);
        assertThat(appointment("holiday-key-03", "H41.21-261125-0003")).startsWith("2026-12-09");
    }

    @Test
    void kioskTextsReplaceTheCentreNameAndAddANotice() throws Exception {
        TestServer.Reply bad = server.as(admin, "PUT", "/api/v1/admin/kiosk-texts", Map.of("centreNameVi", "Chỉ tiếng Việt"));
        assertThat(bad.status()).isEqualTo(400);
        TestServer.Reply ok = server.as(admin, "PUT", "/api/v1/admin/kiosk-texts", Map.of(
                "centreNameVi", "Trung tâm Phục vụ hành chính công phường Ba Đình",
                "centreNameEn", "Ba Dinh Ward Public Administration Service Centre",
                "noticeVi", "Chiều thứ Sáu nghỉ họp", "noticeEn", "Closed Friday afternoon for a meeting"));
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        JsonNode config = server.kiosk(kiosk, "GET", "/api/v1/kiosk/config", null).json();
        assertThat(config.get("centreName").asText()).isEqualTo("Trung tâm Phục vụ hành chính công phường Ba Đình");
        assertThat(config.get("notice").get("en").asText()).isEqualTo("Closed Friday afternoon for a meeting");
        assertThat(server.as(admin, "GET", "/api/v1/admin/audit", null).body()).contains("kiosk.texts");
    }

    @Test
    void inAProvinceOnlyAProvinceAdminChangesTheCatalogue() throws Exception {
        server.db.write(c -> {
            vn.onestop.server.db.Rows.update(c, "INSERT INTO centre (id, name_vi, name_en, kind, agency_code, time_zone,"
                    + " created_at, updated_at) VALUES ('ba-dinh', 'Ba Đình', 'Ba Dinh', 'commune', 'H41.22',"
                    + " 'Asia/Ho_Chi_Minh', 0, 0)");
            vn.onestop.server.db.Rows.update(c, "INSERT INTO staff_grant (username, centre_id, role, created_at) "
                    + "VALUES ('boss', '*', 'admin', 0)");
            return null;
        });
        TestServer.StaffClient centreAdmin = server.staff("local", Role.ADMIN);
        TestServer.Reply refused = server.as(centreAdmin, "PUT", "/api/v1/admin/catalogue/procedures/LLTP-1",
                Map.of("fee_vnd", 1));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asText()).contains("province admin");
        assertThat(server.as(centreAdmin, "PUT", "/api/v1/admin/calendar/days/2026-12-01", Map.of("kind", "day_off",
                "nameVi", "x", "nameEn", "x")).status()).isEqualTo(403);
        assertThat(server.as(centreAdmin, "PUT", "/api/v1/admin/kiosk-texts", Map.of("noticeVi", "Thông báo",
                "noticeEn", "Notice")).status()).as("a centre admin sets its own kiosk texts").isEqualTo(200);
        TestServer.StaffClient province = server.login("boss", TestServer.PASSWORD);
        assertThat(server.as(province, "PUT", "/api/v1/admin/catalogue/procedures/LLTP-1", Map.of("fee_vnd", 1))
                .status()).isEqualTo(200);
    }
}
