package vn.onestop.server.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.onestop.server.Filings;
import vn.onestop.server.ServerSuite;
import vn.onestop.server.TestServer;
import vn.onestop.server.staff.Role;

/**
 * Issue 22 over HTTP (SQLite, and PostgreSQL in the suite's second pass): a kiosk prepares a dossier and uploads its
 * scanned documents; an official opens it by preparation code and receives it with the official code, asks for a
 * supplement or refuses it; lookups by preparation and official code; nothing is received twice.
 */
class ReceptionApiTest extends ServerSuite {
    static final String OFFICIAL = "000.00.00.H41-251125-0007";
    String kiosk;
    TestServer.StaffClient clerk;

    @BeforeEach
    void start() throws Exception {
        kiosk = server.enrolKiosk("Sảnh A");
        clerk = server.staff("clerk", Role.COUNTER_STAFF);
    }

    private String prepare(String key) throws Exception {
        TestServer.Reply r = server.kiosk(kiosk, "POST", "/api/v1/dossiers", Filings.dossier(key));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("preparationCode").asText();
    }

    private HttpResponse<String> upload(String token, String code, int index, byte[] pdf, String type)
            throws Exception {
        return server.http.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/v1/dossiers/" + code
                + "/documents/" + index)).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Content-Type", type).PUT(HttpRequest.BodyPublishers.ofByteArray(pdf)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(HttpResponse<String> r) throws Exception {
        return server.json.readTree(r.body());
    }

    @Test
    void aKioskFilingIsPreparedWithACodeAndNoSlipAndLookupShowsIt() throws Exception {
        TestServer.Reply r = server.kiosk(kiosk, "POST", "/api/v1/dossiers", Filings.dossier("prepare-key-1"));
        assertThat(r.status()).isEqualTo(201);
        String code = r.json().get("preparationCode").asText();
        assertThat(code).matches("[23456789ABCDEFGHJKMNPQRSTWXYZ]{8}");
        assertThat(r.json().get("slip").isNull()).isTrue();
        assertThat(r.json().get("dossier").get("status").asText()).isEqualTo("prepared");
        assertThat(r.json().get("dossier").get("statusVi").asText()).isEqualTo("Đã chuẩn bị, chờ cán bộ tiếp nhận");
        assertThat(r.json().get("dossier").get("appointmentAt").isNull()).isTrue();
        TestServer.Reply again = server.kiosk(kiosk, "POST", "/api/v1/dossiers", Filings.dossier("prepare-key-1"));
        assertThat(again.json().get("preparationCode").asText()).as("idempotent by key").isEqualTo(code);
        String typed = code.substring(0, 4).toLowerCase() + "-" + code.substring(4);
        TestServer.Reply lookup = server.kiosk(kiosk, "GET", "/api/v1/dossiers/" + typed, null);
        assertThat(lookup.status()).as(lookup.body()).isEqualTo(200);
        assertThat(lookup.json().get("status").asText()).isEqualTo("prepared");
        assertThat(lookup.json().get("reception").asText()).isEqualTo("pending");
        assertThat(lookup.body()).doesNotContain(Filings.ID).doesNotContain("Nguyễn");
    }

    @Test
    void documentsAreValidatedStoredIdempotentlyAndReplaced() throws Exception {
        String code = prepare("prepare-key-2");
        byte[] first = PreparedPdfs.a4(3, 0);
        HttpResponse<String> ok = upload(kiosk, code, 0, first, "application/pdf");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(json(ok).get("pages").asInt()).isEqualTo(3);
        assertThat(json(ok).get("bytes").asLong()).isEqualTo(first.length);
        HttpResponse<String> same = upload(kiosk, code, 0, first, "application/pdf");
        assertThat(same.statusCode()).isEqualTo(200);
        assertThat(json(same)).isEqualTo(json(ok));
        byte[] landscape = PreparedPdfs.of(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()), 2,
                7);
        HttpResponse<String> replaced = upload(kiosk, code, 0, landscape, "application/pdf");
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        assertThat(json(replaced).get("pages").asInt()).isEqualTo(2);
        assertThat(json(replaced).get("sha256").asText()).isNotEqualTo(json(ok).get("sha256").asText());

        HttpResponse<String> notPdf = upload(kiosk, code, 1, "GIF89a not a pdf".getBytes(), "application/pdf");
        assertThat(notPdf.statusCode()).isEqualTo(415);
        assertThat(json(notPdf).get("detail").asText()).contains("not a PDF");
        HttpResponse<String> letter = upload(kiosk, code, 1, PreparedPdfs.of(PDRectangle.LETTER, 1, 0),
                "application/pdf");
        assertThat(letter.statusCode()).isEqualTo(422);
        assertThat(json(letter).get("detail").asText()).contains("Page 1").contains("not A4");
        byte[] broken = java.util.Arrays.copyOf(first, 40);
        HttpResponse<String> damaged = upload(kiosk, code, 1, broken, "application/pdf");
        assertThat(damaged.statusCode()).isEqualTo(422);
        HttpResponse<String> outside = upload(kiosk, code, 2, first, "application/pdf");
        assertThat(outside.statusCode()).isEqualTo(400);
        assertThat(json(outside).get("detail").asText()).contains("index must be 0 to 1");

        JsonNode opened = server.as(clerk, "GET", "/api/v1/staff/prepared/" + code, null).json();
        assertThat(opened.get("documents").get(0).get("pages").asInt()).isEqualTo(2);
        assertThat(opened.get("documents").get(1).get("pages").isNull()).as("nothing kept of refused uploads")
                .isTrue();
    }

    @Test
    void aDocumentOverTheConfiguredLimitIs413() throws Exception {
        server.close();
        server = new TestServer(dir, TestServer.config().toBuilder().reception(new ReceptionSettings(20_000, 15f,
                java.util.regex.Pattern.compile(ReceptionSettings.DEFAULT_OFFICIAL_CODE_PATTERN), "X",
                SlipTexts.defaults())).build());
        kiosk = server.enrolKiosk("Sảnh A");
        String code = prepare("prepare-key-3");
        byte[] big = PreparedPdfs.a4(400, 0);
        assertThat(big.length).isGreaterThan(20_000);
        HttpResponse<String> r = upload(kiosk, code, 0, big, "application/pdf");
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(json(r).get("detail").asText()).contains("dossier.documents.maxBytes");
    }

    @Test
    void receivingRecordsTheOfficialCodeAndTheAppointmentRunsFromReception() throws Exception {
        String code = prepare("prepare-key-4");
        assertThat(upload(kiosk, code, 0, PreparedPdfs.a4(1, 0), "application/pdf").statusCode()).isEqualTo(200);
        // Prepared on Wed 25 Nov 2026 08:00; received two days later, Fri 27 Nov 09:30 (local).
        server.clock.set(java.time.Instant.parse("2026-11-27T02:30:00Z"));
        clerk = server.login("clerk", TestServer.PASSWORD);
        TestServer.Reply bad = server.as(clerk, "POST", "/api/v1/staff/prepared/" + code + "/receive",
                Map.of("officialCode", "abc"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("detail").asText()).contains("000.00.00.H41-251125-0001");
        TestServer.Reply empty = server.as(clerk, "POST", "/api/v1/staff/prepared/" + code + "/receive",
                Map.of("officialCode", " "));
        assertThat(empty.status()).as("no connector: the official types the code").isEqualTo(400);
        TestServer.Reply r = server.as(clerk, "POST", "/api/v1/staff/prepared/" + code + "/receive",
                Map.of("officialCode", " " + OFFICIAL.toLowerCase() + " "));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode view = r.json().get("dossier");
        assertThat(view.get("officialCode").asText()).isEqualTo(OFFICIAL);
        assertThat(view.get("status").asText()).isEqualTo("received");
        assertThat(view.get("reception").asText()).isEqualTo("official");
        assertThat(view.get("receivedAt").asText()).isEqualTo("2026-11-27T02:30:00Z");
        // LLTP-1: 10 working days from Friday 27 Nov 09:30 -> Friday 11 Dec (not from the preparation on the 25th).
        assertThat(view.get("appointmentAt").asText()).startsWith("2026-12-11");
        assertThat(r.json().get("slipUrl").asText()).isEqualTo("/api/v1/staff/dossiers/" + code + "/slip.pdf");

        TestServer.Reply again = server.as(clerk, "POST", "/api/v1/staff/prepared/" + code + "/receive",
                Map.of("officialCode", "000.00.00.H41-251125-0099"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asText()).contains(OFFICIAL);
        HttpResponse<String> late = upload(kiosk, code, 1, PreparedPdfs.a4(1, 3), "application/pdf");
        assertThat(late.statusCode()).as("documents are fixed once received").isEqualTo(409);

        TestServer.Reply byOfficial = server.kiosk(kiosk, "GET", "/api/v1/dossiers/" + OFFICIAL, null);
        assertThat(byOfficial.status()).as(byOfficial.body()).isEqualTo(200);
        assertThat(byOfficial.json().get("officialCode").asText()).isEqualTo(OFFICIAL);
        assertThat(byOfficial.json().get("statusVi").asText()).isEqualTo("Đã tiếp nhận");
        TestServer.Reply byPreparation = server.kiosk(kiosk, "GET", "/api/v1/dossiers/" + code, null);
        assertThat(byPreparation.json().get("officialCode").asText()).isEqualTo(OFFICIAL);
        JsonNode timeline = byPreparation.json().get("timeline");
        assertThat(timeline.get(0).get("status").asText()).isEqualTo("prepared");
        assertThat(timeline.get(1).get("status").asText()).isEqualTo("received");

        List<String> history = server.as(clerk, "GET", "/api/v1/staff/dossiers/" + code + "/history", null).json()
                .findValuesAsText("actor");
        assertThat(history).containsExactly("kiosk:" + kioskId(), "clerk");
        assertThat(server.app.audit().latest(50).stream().anyMatch(a -> a.action().equals("dossier.receive")
                && a.actor().equals("clerk") && a.target().equals(code))).isTrue();
        var slip = server.http.send(HttpRequest.newBuilder(URI.create(server.base() + r.json().get("slipUrl")
                .asText())).header("Cookie", clerk.cookie()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(slip.statusCode()).isEqualTo(200);
        assertThat(new String(slip.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    private String kioskId() throws Exception {
        return server.db.read(c -> vn.onestop.server.db.Rows.one(c, "SELECT kiosk_id FROM dossier", rs ->
                rs.getString(1))).orElseThrow();
    }

    @Test
    void supplementThenReceiveAndRefusalEachIssueTheirSlip() throws Exception {
        String code = prepare("prepare-key-5");
        TestServer.Reply none = server.as(clerk, "POST", "/api/v1/staff/prepared/" + code + "/supplement",
                Map.of("missing", List.of(), "note", ""));
        assertThat(none.status()).isEqualTo(400);
        TestServer.Reply s = server.as(clerk, "POST", "/api/v1/staff/prepared/" + code + "/supplement",
                Map.of("missing", List.of("Bản chụp thẻ Căn cước"), "note", "Ảnh chụp bị mờ, chụp lại"));
        assertThat(s.status()).as(s.body()).isEqualTo(200);
        assertThat(s.json().get("dossier").get("status").asText()).isEqualTo("supplement_requested");
        assertThat(s.json().get("slipUrl").asText()).startsWith("/api/v1/staff/prepared/" + code + "/slips/");
        var pdf = server.http.send(HttpRequest.newBuilder(URI.create(server.base() + s.json().get("slipUrl")
                .asText())).header("Cookie", clerk.cookie()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        // The citizen brings the missing paper: the kiosk replaces the document, the official receives.
        assertThat(upload(kiosk, code, 1, PreparedPdfs.a4(1, 9), "application/pdf").statusCode()).isEqualTo(200);
        TestServer.Reply r = server.as(clerk, "POST", "/api/v1/staff/prepared/" + code + "/receive",
                Map.of("officialCode", OFFICIAL));
        assertThat(r.status()).as(r.body()).isEqualTo(200);

        String other = prepare("prepare-key-6");
        TestServer.Reply noReason = server.as(clerk, "POST", "/api/v1/staff/prepared/" + other + "/refuse",
                Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        TestServer.Reply refused = server.as(clerk, "POST", "/api/v1/staff/prepared/" + other + "/refuse",
                Map.of("reason", "Thủ tục không thuộc thẩm quyền giải quyết của trung tâm"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(200);
        assertThat(refused.json().get("dossier").get("status").asText()).isEqualTo("refused");
        assertThat(server.as(clerk, "POST", "/api/v1/staff/prepared/" + other + "/receive",
                Map.of("officialCode", "000.00.00.H41-251125-0008")).status()).isEqualTo(409);
        assertThat(server.kiosk(kiosk, "GET", "/api/v1/dossiers/" + other, null).json().get("statusVi").asText())
                .isEqualTo("Bị từ chối");
        TestServer.Reply statusRoute = server.as(clerk, "POST", "/api/v1/staff/dossiers/" + prepare("prepare-key-7")
                + "/status", Map.of("status", "received"));
        assertThat(statusRoute.status()).as("prepared dossiers are decided in the reception panel only")
                .isEqualTo(409);
    }

    @Test
    void unknownAndOtherCentresCodesGetTheSameNotFound() throws Exception {
        String ours = prepare("prepare-key-8");
        // A dossier prepared at another centre sharing the database (a provincial server, issue 21): same code shape.
        server.db.write(c -> vn.onestop.server.db.Rows.update(c, "UPDATE dossier SET centre_id = ?, agency_code = ? "
                + "WHERE code = ?", "other-centre", "H99.99", ours));
        TestServer.Reply other = server.as(clerk, "GET", "/api/v1/staff/prepared/" + ours, null);
        TestServer.Reply unknown = server.as(clerk, "GET", "/api/v1/staff/prepared/ZZZZ2222", null);
        TestServer.Reply typo = server.as(clerk, "GET", "/api/v1/staff/prepared/0OI1", null);
        assertThat(other.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(typo.status()).isEqualTo(404);
        assertThat(other.json().get("detail")).isEqualTo(unknown.json().get("detail"))
                .isEqualTo(typo.json().get("detail"));
        assertThat(server.kiosk(kiosk, "GET", "/api/v1/dossiers/" + ours, null).json().get("detail"))
                .isEqualTo(server.kiosk(kiosk, "GET", "/api/v1/dossiers/ZZZZ2222", null).json().get("detail"));
        assertThat(upload(kiosk, ours, 0, PreparedPdfs.a4(1, 0), "application/pdf").statusCode()).isEqualTo(404);
        assertThat(server.as(clerk, "POST", "/api/v1/staff/prepared/" + ours + "/receive",
                Map.of("officialCode", OFFICIAL)).status()).isEqualTo(404);
    }

    @Test
    void twoOfficialsReceivingAtOnceOneWins() throws Exception {
        String code = prepare("prepare-key-9");
        TestServer.StaffClient other = server.staff("clerk2", Role.COUNTER_STAFF);
        String body1 = server.json.writeValueAsString(Map.of("officialCode", OFFICIAL));
        String body2 = server.json.writeValueAsString(Map.of("officialCode", "000.00.00.H41-251125-0042"));
        CompletableFuture<HttpResponse<String>> a = server.http.sendAsync(receive(clerk, code, body1),
                HttpResponse.BodyHandlers.ofString());
        CompletableFuture<HttpResponse<String>> b = server.http.sendAsync(receive(other, code, body2),
                HttpResponse.BodyHandlers.ofString());
        List<Integer> statuses = List.of(a.get().statusCode(), b.get().statusCode());
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        String winner = (a.get().statusCode() == 200 ? a : b).get().body();
        String kept = server.json.readTree(winner).get("dossier").get("officialCode").asText();
        HttpResponse<String> loser = (a.get().statusCode() == 409 ? a : b).get();
        assertThat(loser.body()).contains(kept);
        long received = server.db.read(c -> vn.onestop.server.db.Rows.count(c, "SELECT COUNT(*) FROM "
                + "dossier_status_history WHERE dossier_code = ? AND status = 'received'", code));
        assertThat(received).isEqualTo(1);
    }

    private HttpRequest receive(TestServer.StaffClient who, String code, String body) {
        return HttpRequest.newBuilder(URI.create(server.base() + "/api/v1/staff/prepared/" + code + "/receive"))
                .header("Cookie", who.cookie()).header("X-CSRF-Token", who.csrf())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    @Test
    void theConnectorAssignsTheOfficialCodeOnceAndRefusesAnother() throws Exception {
        String code = prepare("prepare-key-10");
        DossierService service = server.app.dossiers();
        assertThat(service.assignOfficialCode(code, OFFICIAL, "connector").officialCode()).isEqualTo(OFFICIAL);
        assertThat(service.assignOfficialCode(code, OFFICIAL, "connector").officialCode()).isEqualTo(OFFICIAL);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.assignOfficialCode(code,
                "000.00.00.H41-251125-0055", "connector")).hasMessageContaining(OFFICIAL);
        TestServer.Reply other = server.as(clerk, "POST", "/api/v1/staff/prepared/" + code + "/receive",
                Map.of("officialCode", "000.00.00.H41-251125-0056"));
        assertThat(other.status()).as("not another code than the provincial system's").isEqualTo(409);
        assertThat(other.json().get("detail").asText()).contains(OFFICIAL);
        TestServer.Reply r = server.as(clerk, "POST", "/api/v1/staff/prepared/" + code + "/receive",
                Map.of("officialCode", ""));
        assertThat(r.status()).as("the connector's code is kept: " + r.body()).isEqualTo(200);
        assertThat(r.json().get("dossier").get("officialCode").asText()).isEqualTo(OFFICIAL);
        assertThat(r.json().get("slipUrl").isNull()).isFalse();
    }
}
