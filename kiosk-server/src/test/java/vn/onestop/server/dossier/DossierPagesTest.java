package vn.onestop.server.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.server.Filings;
import vn.onestop.server.ScanFiles;
import vn.onestop.server.TestServer;
import vn.onestop.server.dossier.scan.ScanSettings;
import vn.onestop.server.staff.Role;
import vn.onestop.testkit.PdfTools;
import vn.onestop.testkit.RequiresPdfTools;

/** Counter staff add scanned pages (JPEG, PNG, PDF) to a dossier and download the one joined PDF. */
class DossierPagesTest {
    @TempDir
    Path dir;
    @TempDir
    Path work;
    TestServer server;
    TestServer.StaffClient clerk;
    String code;

    void start(ScanSettings pages) throws Exception {
        server = new TestServer(dir, TestServer.config().toBuilder().pages(pages).build());
        String kiosk = server.enrolKiosk("Sảnh A");
        clerk = server.staff("clerk", Role.COUNTER_STAFF);
        code = server.kiosk(kiosk, "POST", "/api/v1/dossiers", Filings.dossier("pages-key-01")).json()
                .get("dossier").get("code").asText();
    }

    void start() throws Exception {
        start(TestServer.config().pages());
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private HttpResponse<byte[]> call(String method, String path, byte[] body, TestServer.StaffClient who)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.base() + path))
                .timeout(Duration.ofSeconds(30)).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (who != null) {
            b.header("Cookie", who.cookie()).header("X-CSRF-Token", who.csrf());
        }
        return server.http.send(b.header("Content-Type", "application/octet-stream").build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private JsonNode upload(byte[] file) throws Exception {
        HttpResponse<byte[]> r = call("POST", "/api/v1/staff/dossiers/" + code + "/pages", file, clerk);
        JsonNode json = server.json.readTree(r.body());
        assertThat(r.statusCode()).as(json.toString()).isEqualTo(201);
        return json;
    }

    private JsonNode refused(byte[] file, int status) throws Exception {
        HttpResponse<byte[]> r = call("POST", "/api/v1/staff/dossiers/" + code + "/pages", file, clerk);
        assertThat(r.statusCode()).as(new String(r.body())).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        return server.json.readTree(r.body());
    }

    private Path download() throws Exception {
        HttpResponse<byte[]> r = call("GET", "/api/v1/staff/dossiers/" + code + "/pages.pdf", null, clerk);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(r.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"ho-so-" + code + ".pdf\"");
        Path pdf = Files.createTempFile(work, "pages", ".pdf");
        Files.write(pdf, r.body());
        return pdf;
    }

    @Test
    @RequiresPdfTools
    void imagesAndPdfPagesAreJoinedIntoOneValidPdfWithA4PagesKeepingTheImagesAspect() throws Exception {
        start();
        assertThat(server.as(clerk, "GET", "/api/v1/staff/dossiers/" + code + "/pages", null).json()
                .get("pageCount").asInt()).isZero();
        assertThat(upload(ScanFiles.image("jpg", 600, 900, Color.RED)).get("pageCount").asInt()).isEqualTo(1);
        assertThat(upload(ScanFiles.image("png", 1200, 800, Color.GREEN)).get("pageCount").asInt()).isEqualTo(2);
        JsonNode info = upload(ScanFiles.pdf(3));
        assertThat(info.get("pageCount").asInt()).isEqualTo(5);
        assertThat(info.get("uploads")).hasSize(3);
        assertThat(info.get("uploads").get(2).get("kind").asText()).isEqualTo("pdf");
        assertThat(info.get("uploads").get(2).get("pagesAdded").asInt()).isEqualTo(3);
        assertThat(info.get("uploads").get(0).get("actor").asText()).isEqualTo("clerk");

        Path pdf = download();
        assertThat(PdfTools.run("qpdf", "--check", pdf).exit()).isZero();
        String pdfinfo = PdfTools.run("pdfinfo", "-f", 1, "-l", 5, pdf).output();
        assertThat(pdfinfo).containsPattern("Pages:\\s+5");
        assertThat(pdfinfo).containsPattern("Page\\s+1 size:\\s+595.2\\d* x 841.8\\d*");
        assertThat(pdfinfo).containsPattern("Page\\s+2 size:\\s+841.8\\d* x 595.2\\d*");
        String version = pdfinfo.replaceAll("(?s).*PDF version:\\s+([0-9.]+).*", "$1");
        assertThat(Double.parseDouble(version)).isGreaterThanOrEqualTo(1.4);

        // Page 1: a 2:3 red scan on a taller A4 page fills the height, with white bands left and right.
        PdfTools.run("pdftoppm", "-r", 30, "-f", 1, "-l", 1, "-png", "-singlefile", pdf, work.resolve("p1"));
        BufferedImage page = ImageIO.read(work.resolve("p1.png").toFile());
        assertThat(new Color(page.getRGB(page.getWidth() / 2, page.getHeight() / 2))).matches(DossierPagesTest::red);
        assertThat(new Color(page.getRGB(page.getWidth() / 2, 1))).matches(DossierPagesTest::red);
        assertThat(new Color(page.getRGB(1, page.getHeight() / 2))).isEqualTo(Color.WHITE);
        assertThat(new Color(page.getRGB(page.getWidth() - 2, page.getHeight() / 2))).isEqualTo(Color.WHITE);
        long audited = server.db.read(c -> vn.onestop.server.db.Rows.count(c,
                "SELECT COUNT(*) FROM audit_log WHERE action = 'dossier.pages.add' AND target = ?", code));
        assertThat(audited).isEqualTo(3);
    }

    private static boolean red(Color c) {
        return c.getRed() > 200 && c.getGreen() < 60 && c.getBlue() < 60;
    }

    @Test
    void badFilesAreRefusedWithAReasonAndTheJoinedPdfIsUnchanged() throws Exception {
        start();
        upload(ScanFiles.image("png", 300, 400, Color.GRAY));
        byte[] before = Files.readAllBytes(download());

        assertThat(refused("Biên bản.docx".repeat(50).getBytes(), 415).get("detail").asText())
                .contains("not a JPEG or PNG image or a PDF");
        assertThat(refused(ScanFiles.corruptJpeg(), 400).get("detail").asText()).contains("damaged");
        assertThat(refused("%PDF-1.7\n1 0 obj garbage".getBytes(), 400).get("detail").asText()).contains("damaged");
        assertThat(refused(ScanFiles.encryptedPdf(), 400).get("detail").asText()).contains("password");
        assertThat(refused(new byte[0], 400).get("detail").asText()).contains("no file");

        assertThat(Files.readAllBytes(download())).isEqualTo(before);
        JsonNode info = server.as(clerk, "GET", "/api/v1/staff/dossiers/" + code + "/pages", null).json();
        assertThat(info.get("pageCount").asInt()).isEqualTo(1);
        assertThat(info.get("uploads")).hasSize(1);
        try (var files = Files.list(dir.resolve("dossiers").resolve(code))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("pages.pdf");
        }
    }

    @Test
    void uploadsHaveTheirOwnSizeLimitAndTheDossiersPageLimit() throws Exception {
        start(new ScanSettings(2_000_000, 4, 40_000_000));
        byte[] noise = ScanFiles.noisePng(500, 500);
        assertThat(noise.length).isGreaterThan((int) TestServer.config().maxBodyBytes()).isLessThan(2_000_000);
        assertThat(upload(noise).get("pageCount").asInt()).isEqualTo(1);
        assertThat(refused(new byte[2_000_001], 413).get("detail").asText()).contains("dossier.pages.maxUploadBytes");
        assertThat(refused(ScanFiles.pdf(4), 400).get("detail").asText()).contains("at most 4");
        // Finding 14: pages are counted by walking the page tree, not from its /Count.
        assertThat(refused(ScanFiles.pdfClaimingOnePage(6), 400).get("detail").asText()).contains("at most 4");
        assertThat(upload(ScanFiles.pdf(3)).get("pageCount").asInt()).isEqualTo(4);
    }

    @Test
    void onlyCounterRolesUploadAndDownloadAndUnknownCodesAreNotFound() throws Exception {
        start();
        upload(ScanFiles.image("jpg", 100, 100, Color.BLACK));
        TestServer.StaffClient tech = server.staff("tech", Role.TECHNICIAN);
        byte[] page = ScanFiles.image("png", 100, 100, Color.BLACK);
        String pages = "/api/v1/staff/dossiers/" + code + "/pages";
        assertThat(call("POST", pages, page, tech).statusCode()).isEqualTo(403);
        assertThat(call("GET", pages + ".pdf", null, tech).statusCode()).isEqualTo(403);
        assertThat(call("POST", pages, page, null).statusCode()).isEqualTo(401);
        assertThat(call("GET", pages + ".pdf", null, null).statusCode()).isEqualTo(401);
        TestServer.StaffClient noCsrf = new TestServer.StaffClient(clerk.cookie(), "wrong");
        assertThat(call("POST", pages, page, noCsrf).statusCode()).isEqualTo(403);
        TestServer.StaffClient supervisor = server.staff("boss", Role.SUPERVISOR);
        assertThat(call("GET", pages + ".pdf", null, supervisor).statusCode()).isEqualTo(200);
        Map<String, Integer> unknown = new HashMap<>();
        for (String bad : new String[] {"H41.21-991231-9999", "..", "a%2F..%2F..%2Fetc"}) {
            unknown.put(bad, call("POST", "/api/v1/staff/dossiers/" + bad + "/pages", page, clerk).statusCode());
        }
        assertThat(unknown).allSatisfy((k, v) -> assertThat(v).as(k).isEqualTo(404));
        assertThat(server.as(clerk, "GET", pages, null).json().get("pageCount").asInt()).isEqualTo(1);
    }

    /** Security review, finding 3: a PDF whose object stream inflates to 1.5 GB is refused; the server stays up. */
    @Test
    void aPdfBombIsRefusedAndTheServerAndTheDossiersPdfStayWhole() throws Exception {
        start();
        upload(ScanFiles.pdf(2));
        byte[] before = Files.readAllBytes(download());
        byte[] bomb = ScanFiles.objectStreamBomb(1_500_000_000L);
        assertThat(bomb.length).isLessThan(2_000_000);

        assertThat(refused(bomb, 400).get("detail").asText()).contains("expand", "dossier.pages.maxInflatedMegabytes");

        assertThat(call("GET", "/health", null, null).statusCode()).isEqualTo(200);
        assertThat(Files.readAllBytes(download())).isEqualTo(before);
        // A small file of the same build is a good PDF: accepted.
        assertThat(upload(ScanFiles.objectStreamBomb(1000)).get("pageCount").asInt()).isEqualTo(3);
    }
}
