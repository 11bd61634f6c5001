package vn.onestop.server.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import vn.onestop.server.Browser;
import vn.onestop.server.Filings;
import vn.onestop.server.TestServer;
import vn.onestop.server.staff.Role;
import vn.onestop.testkit.PdfTools;
import vn.onestop.testkit.RequiresChromium;
import vn.onestop.testkit.RequiresPdfTools;

/**
 * The counter console's reception panel in headless Chromium (issue 22): the official opens a prepared dossier by
 * "scanning" its preparation code (a USB wedge scanner types the code and Enter into the focused field), sees its
 * data and scanned documents, and receives it with the official code (the receipt slip PDF carries that code, embeds
 * its fonts and passes qpdf), asks for a supplement or refuses it, each with its slip.
 */
@RequiresChromium
@RequiresPdfTools
@Tag("browser")
class ReceptionConsoleBrowserTest {
    static final String OFFICIAL = "000.00.00.H41-251125-0123";
    @TempDir
    Path dir;
    TestServer server;
    String kiosk;

    @BeforeEach
    void start() throws Exception {
        server = new TestServer(Files.createDirectories(dir.resolve("data")));
        kiosk = server.enrolKiosk("Sảnh A");
        server.app.staff().create("test", "clerk", "Trần Thị Bình", Role.COUNTER_STAFF,
                TestServer.PASSWORD.toCharArray());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String prepare(String key, boolean withScan) throws Exception {
        String code = server.kiosk(kiosk, "POST", "/api/v1/dossiers", Filings.dossier(key)).json()
                .get("preparationCode").asText();
        if (withScan) {
            HttpResponse<String> r = server.http.send(HttpRequest.newBuilder(URI.create(server.base()
                    + "/api/v1/dossiers/" + code + "/documents/0")).header("Authorization", "Bearer " + kiosk)
                    .header("Content-Type", "application/pdf").PUT(HttpRequest.BodyPublishers.ofByteArray(
                            PreparedPdfs.a4(2, 0))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        }
        return code;
    }

    /** Types the code and Enter into the focused field, as a keyboard-wedge QR scanner does. */
    private static void scan(Browser b, String text) {
        if (!b.find("#rc-code").equals(b.driver.switchTo().activeElement())) {
            b.find("#rc-code").click();
        }
        b.find("#rc-code").sendKeys(text + Keys.ENTER);
    }

    private Path download(String url, String name) throws Exception {
        TestServer.StaffClient clerk = server.login("clerk", TestServer.PASSWORD);
        HttpResponse<byte[]> pdf = server.http.send(HttpRequest.newBuilder(URI.create(url.startsWith("http") ? url
                : server.base() + url)).header("Cookie", clerk.cookie()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        Path file = dir.resolve(name);
        Files.write(file, pdf.body());
        return file;
    }

    private static void checkPdf(Path file) throws Exception {
        String fonts = PdfTools.run("pdffonts", file).output();
        assertThat(fonts).contains("Roboto");
        for (String line : fonts.lines().skip(2).toList()) {
            assertThat(line).as("font embedded: " + line).containsPattern("\\byes\\s+yes\\s+yes\\b");
        }
        PdfTools.Result check = PdfTools.run("qpdf", "--check", file);
        assertThat(check.exit()).as(check.output()).isZero();
    }

    @Test
    void officialScansTheCodeReceivesWithTheOfficialCodeAndTheReceiptCarriesIt() throws Exception {
        String code = prepare("browser-key-01", true);
        try (Browser b = new Browser(dir.resolve("p"))) {
            b.login(server.base(), "clerk", TestServer.PASSWORD);
            scan(b, code.substring(0, 4) + "-" + code.substring(4).toLowerCase());
            b.until(Duration.ofSeconds(5), () -> b.find("#rc-panel").isDisplayed());
            assertThat(b.find("#rc-data").getText()).contains(Filings.NAME).contains(Filings.ID)
                    .contains("Đã chuẩn bị, chờ cán bộ tiếp nhận");
            assertThat(b.find("#rc-docs").getText()).contains("Bản chụp thẻ Căn cước").contains("Chưa quét");
            String docUrl = b.find("#rc-docs a[data-doc='0']").getAttribute("href");
            assertThat(PdfTools.run("pdfinfo", download(docUrl, "doc0.pdf")).output()).containsPattern(
                    "Pages:\\s+2\\n");
            assertThat(b.find("#rc-code").getAttribute("value")).as("ready for the next scan").isEmpty();

            server.clock.set(Instant.parse("2026-11-25T03:00:00Z"));
            b.find("#rc-official").sendKeys(OFFICIAL);
            b.driver.executeScript("document.getElementById('rc-panel').scrollIntoView()");
            b.screenshot(Path.of(System.getProperty("onestop.screenshots.dir", "target/screenshots"))
                    .resolve("staff-reception.png"));
            b.find("#rc-receive").click();
            b.until(Duration.ofSeconds(10), () -> b.find("#rc-result").getText().contains(OFFICIAL));
            assertThat(b.find("#rc-decide").isDisplayed()).as("decided once").isFalse();
            assertThat(b.find("#rc-history").getText()).contains("clerk");
            String slipUrl = b.find("#rc-slip").getAttribute("href");
            Path slip = download(slipUrl, "receipt.pdf");
            Files.copy(slip, Path.of("target/reception-receipt-slip.pdf"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            String text = PdfTools.run("pdftotext", "-layout", "-enc", "UTF-8", slip, "-").output();
            assertThat(text).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Mã hồ sơ: " + OFFICIAL,
                    "Nghị định số 118/2025/NĐ-CP", "Trần Thị Bình", "10 giờ 00 phút, ngày 25/11/2026",
                    "Ông/bà " + Filings.NAME);
            checkPdf(slip);

            // The staff lookup and the kiosk lookup show the official code and status.
            b.find("#dossier-code").sendKeys(OFFICIAL + Keys.ENTER);
            b.until(Duration.ofSeconds(5), () -> b.find("#dossier-panel").isDisplayed());
            assertThat(b.find("#dossier").getText()).contains(OFFICIAL).contains("Cán bộ đã tiếp nhận")
                    .contains("Đã tiếp nhận");
        }
        TestServer.Reply lookup = server.kiosk(kiosk, "GET", "/api/v1/dossiers/" + OFFICIAL, null);
        assertThat(lookup.json().get("officialCode").asText()).isEqualTo(OFFICIAL);
        assertThat(lookup.json().get("status").asText()).isEqualTo("received");
    }

    @Test
    void unknownCodeSaysNotFoundThenSupplementAndRefusalPrintTheirSlips() throws Exception {
        String first = prepare("browser-key-02", false);
        String second = prepare("browser-key-03", false);
        try (Browser b = new Browser(dir.resolve("p"))) {
            b.login(server.base(), "clerk", TestServer.PASSWORD);
            scan(b, "ZZZZ2222");
            b.until(Duration.ofSeconds(5), () -> b.find("#rc-msg").getText().contains("Không tìm thấy"));
            assertThat(b.find("#rc-panel").isDisplayed()).isFalse();

            scan(b, first);
            b.until(Duration.ofSeconds(5), () -> b.find("#rc-panel").isDisplayed());
            b.find("#rc-missing input[data-missing='1']").click();
            b.find("#rc-note").sendKeys("Bản sao giấy khai sinh");
            b.find("#rc-supplement").click();
            b.until(Duration.ofSeconds(10), () -> b.find("#rc-result").getText().contains("Đã yêu cầu bổ sung"));
            assertThat(b.find("#rc-data").getText()).contains("Yêu cầu bổ sung hồ sơ");
            Path supplement = download(b.find("#rc-slip").getAttribute("href"), "supplement.pdf");
            String text = PdfTools.run("pdftotext", "-layout", "-enc", "UTF-8", supplement, "-").output();
            assertThat(text).contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "1. Bản chụp thẻ Căn cước",
                    "2. Bản sao giấy khai sinh", vn.onestop.core.dossier.PreparationCode.display(first), "Trần Thị Bình");
            checkPdf(supplement);

            scan(b, second);
            b.until(Duration.ofSeconds(5), () -> b.find("#rc-data").getText().contains(
                    second.substring(0, 4) + "-" + second.substring(4)));
            b.find("#rc-refuse").click();
            b.until(Duration.ofSeconds(5), () -> b.find("#rc-result").getText().contains("Ghi lý do"));
            b.find("#rc-reason").sendKeys("Thủ tục phải nộp trực tuyến trên Cổng dịch vụ công quốc gia");
            b.find("#rc-refuse").click();
            b.until(Duration.ofSeconds(10), () -> b.find("#rc-result").getText().contains("Đã từ chối"));
            Path refusal = download(b.find("#rc-slip").getAttribute("href"), "refusal.pdf");
            String refused = PdfTools.run("pdftotext", "-layout", "-enc", "UTF-8", refusal, "-").output();
            assertThat(refused).contains("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ",
                    "Thủ tục phải nộp trực tuyến trên Cổng dịch vụ công quốc gia");
            checkPdf(refusal);
        }
        assertThat(List.of(server.kiosk(kiosk, "GET", "/api/v1/dossiers/" + first, null).json().get("status")
                .asText(), server.kiosk(kiosk, "GET", "/api/v1/dossiers/" + second, null).json().get("status")
                .asText())).containsExactly("supplement_requested", "refused");
    }
}
