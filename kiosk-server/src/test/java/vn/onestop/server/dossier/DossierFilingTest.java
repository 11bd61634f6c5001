package vn.onestop.server.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.onestop.core.slip.SlipQr;
import vn.onestop.server.Filings;
import vn.onestop.server.ServerSuite;
import vn.onestop.server.TestServer;
import vn.onestop.server.staff.Role;
import vn.onestop.testkit.PdfTools;
import vn.onestop.testkit.RequiresPdfTools;
import vn.onestop.testkit.RequiresQrTools;

/** Filing a dossier over HTTP: the receipt, the stored slip PDF checked by poppler and qpdf, refusals. */
class DossierFilingTest extends ServerSuite {
    String kiosk;

    @BeforeEach
    void start() throws Exception {
        kiosk = server.enrolKiosk("Sảnh A");
    }

    @Test
    void postalFilingIsPreparedThenReceivedWithFeesAndTheAppointmentFromReception() throws Exception {
        TestServer.Reply r = server.kiosk(kiosk, "POST", "/api/v1/dossiers", Filings.dossier("filing-key-01"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("slip").isNull()).as("a kiosk no longer issues Mẫu 01").isTrue();
        String code = r.json().get("preparationCode").asText();
        assertThat(r.json().get("dossier").toString()).doesNotContain(Filings.ID).doesNotContain("Nguyễn")
                .doesNotContain("Tràng Tiền");
        TestServer.StaffClient clerk = server.staff("clerk", Role.COUNTER_STAFF);
        JsonNode opened = server.as(clerk, "GET", "/api/v1/staff/prepared/" + code, null).json();
        assertThat(opened.get("applicantIdNumber").asText()).isEqualTo(Filings.ID);
        assertThat(opened.get("delivery").asText()).isEqualTo("POST");
        assertThat(opened.get("postalAddress").asText()).isEqualTo("12 Tràng Tiền, phường Hoàn Kiếm, Hà Nội");
        assertThat(opened.get("documents")).hasSize(2);
        assertThat(opened.get("documents").get(1).get("form").asText()).isEqualTo("COPY");
        JsonNode received = server.as(clerk, "POST", "/api/v1/staff/prepared/" + code + "/receive",
                Map.of("officialCode", "H41.21-261125-0001")).json().get("dossier");
        assertThat(received.get("appointmentAt").asText()).startsWith("2026-12-09T08:00");
        assertThat(received.get("officialCode").asText()).isEqualTo("H41.21-261125-0001");
    }

    @Test
    @RequiresQrTools
    @RequiresPdfTools
    void staffDownloadTheStoredSlipAsAnA5PdfWithExactVietnameseAndEmbeddedFonts() throws Exception {
        String code = Filings.received(server, kiosk, Filings.dossier("filing-key-02"), "H41.21-261125-0001");
        TestServer.StaffClient tech = server.staff("tech", Role.TECHNICIAN);
        assertThat(server.as(tech, "GET", "/api/v1/staff/dossiers/" + code + "/slip.pdf", null).status())
                .isEqualTo(403);
        TestServer.StaffClient clerk = server.staff("clerk", Role.COUNTER_STAFF);
        var pdf = server.http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.base()
                + "/api/v1/staff/dossiers/" + code + "/slip.pdf")).header("Cookie", clerk.cookie()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        Path file = dir.resolve("slip.pdf");
        Files.write(file, pdf.body());
        Files.copy(file, Path.of("target/receipt-slip.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String text = PdfTools.run("pdftotext", "-layout", "-enc", "UTF-8", file, "-").output();
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Mã hồ sơ: H41.21-261125-0001", "Ông/bà Nguyễn Văn An",
                "Cấp Phiếu lý lịch tư pháp số 1 cho công dân Việt Nam", "Bản chụp thẻ Căn cước", "Bản sao",
                "08 giờ 00 phút, ngày 09/12/2026", "10 ngày làm việc", "Nhận qua dịch vụ bưu chính công ích",
                "12 Tràng Tiền, phường Hoàn Kiếm, Hà Nội", "200.000 đ", "25.000 đ", "225.000 đ",
                "Hà Nội, ngày 25 tháng 11 năm 2026", "NGƯỜI NỘP HỒ SƠ", "1900 0000");
        String fonts = PdfTools.run("pdffonts", file).output();
        assertThat(fonts).contains("Roboto-Regular", "Roboto-Bold");
        for (String line : fonts.lines().skip(2).toList()) {
            assertThat(line).as("font embedded and subset: " + line).contains("CID TrueType").containsPattern(
                    "[A-Z]{6}\\+Roboto").containsPattern("\\byes\\s+yes\\s+yes\\b");
        }
        PdfTools.run("pdftoppm", "-r", "200", "-png", "-singlefile", file, dir.resolve("page"));
        String qr = PdfTools.run("zbarimg", "-q", "--raw", dir.resolve("page.png")).output().strip();
        assertThat(SlipQr.parse(qr).dossierCode()).isEqualTo("H41.21-261125-0001");
        assertThat(qr).contains("HEN=2026-12-09T08:00").contains("CD=001******567");
        PdfTools.Result check = PdfTools.run("qpdf", "--check", file);
        assertThat(check.exit()).as(check.output()).isZero();
        String info = PdfTools.run("pdfinfo", file).output();
        // A5 is 148 x 210 mm = 419.528 x 595.276 points.
        assertThat(info).containsPattern("Page size:\\s+419.528 x 595.276 pts").containsPattern("Pages:\\s+1\\n")
                .containsPattern("PDF version:\\s+1.7");
        assertThat(new String(pdf.body(), java.nio.charset.StandardCharsets.ISO_8859_1))
                .contains("<pdfaid:part>2</pdfaid:part>").contains("/OutputIntents");
    }

    @Test
    void proceduresNotFiledAtTheKioskSayWhereToGo() throws Exception {
        Map<String, Object> passport = Filings.dossier("filing-key-03");
        passport.put("procedureCode", "HC-PT");
        TestServer.Reply r = server.kiosk(kiosk, "POST", "/api/v1/dossiers", passport);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("detail").asText()).contains("không nộp tại kiosk").contains("quầy B")
                .contains("take a ticket for service B");
    }

    @Test
    void withoutConsentOrDocumentsNothingIsFiled() throws Exception {
        Map<String, Object> noConsent = Filings.dossier("filing-key-04");
        noConsent.put("consentGiven", false);
        TestServer.Reply r = server.kiosk(kiosk, "POST", "/api/v1/dossiers", noConsent);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("detail").asText()).contains("consentGiven").contains("13/2023");
        Map<String, Object> noDocuments = Filings.dossier("filing-key-05");
        noDocuments.put("documents", List.of());
        assertThat(server.kiosk(kiosk, "POST", "/api/v1/dossiers", noDocuments).json().get("detail").asText())
                .contains("documents");
        Map<String, Object> badForm = Filings.dossier("filing-key-06");
        badForm.put("documents", List.of(Map.of("name", "Tờ khai", "form", "PHOTO", "quantity", 1)));
        assertThat(server.kiosk(kiosk, "POST", "/api/v1/dossiers", badForm).json().get("detail").asText())
                .contains("documents[0].form");
        Map<String, Object> badBirth = Filings.dossier("filing-key-08");
        badBirth.put("applicant", Map.of("name", Filings.NAME, "idNumber", Filings.ID, "dateOfBirth", "01/02/2003",
                "address", "Hà Nội"));
        TestServer.Reply birth = server.kiosk(kiosk, "POST", "/api/v1/dossiers", badBirth);
        assertThat(birth.status()).isEqualTo(400);
        assertThat(birth.json().get("detail").asText()).contains("applicant.dateOfBirth").doesNotContain("2003")
                .doesNotContain(Filings.ID).doesNotContain("Nguyễn");
        Map<String, Object> noPhone = Filings.dossier("filing-key-07");
        noPhone.remove("phone");
        TestServer.Reply phone = server.kiosk(kiosk, "POST", "/api/v1/dossiers", noPhone);
        assertThat(phone.json().get("detail").asText()).contains("phone").doesNotContain(Filings.ID);
        long stored = server.db.read(c -> vn.onestop.server.db.Rows.count(c, "SELECT COUNT(*) FROM dossier"));
        assertThat(stored).isZero();
    }

    @Test
    void aKioskFormBuiltFromTheServedCatalogueIsAccepted() throws Exception {
        JsonNode config = server.kiosk(kiosk, "GET", "/api/v1/kiosk/config", null).json();
        vn.onestop.core.wire.KioskConfiguration kc = server.json.treeToValue(config,
                vn.onestop.core.wire.KioskConfiguration.class);
        vn.onestop.core.wire.ProcedureInfo residence = kc.procedures().stream()
                .filter(p -> p.code().equals("CT-TAMTRU")).findFirst().orElseThrow();
        assertThat(residence.documents()).isNotEmpty();
        vn.onestop.core.identity.CitizenIdentity card = new vn.onestop.core.identity.CitizenIdentity(Filings.ID, "",
                Filings.NAME, java.time.LocalDate.of(2003, 2, 1), vn.onestop.core.identity.Sex.MALE,
                "Số 5 phố Huế, Hà Nội", java.time.LocalDate.of(2021, 1, 1));
        var draft = vn.onestop.core.filing.FilingDraft.start(residence, card).withPhone("0912345678")
                .withConsent(true);
        TestServer.Reply r = server.kiosk(kiosk, "POST", "/api/v1/dossiers", draft.toRegistration("draft-key-01",
                null));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        TestServer.StaffClient clerk = server.staff("clerk", Role.COUNTER_STAFF);
        JsonNode opened = server.as(clerk, "GET", "/api/v1/staff/prepared/" + r.json().get("preparationCode")
                .asText(), null).json();
        assertThat(opened.get("documents")).hasSize(residence.documents().size());
        assertThat(opened.get("delivery").asText()).isEqualTo("COUNTER");
    }
}
