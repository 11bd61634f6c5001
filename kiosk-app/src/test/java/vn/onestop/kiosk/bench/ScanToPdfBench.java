package vn.onestop.kiosk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.core.slip.ReturnMethod;
import vn.onestop.core.wire.Applicant;
import vn.onestop.core.wire.DossierRegistration;
import vn.onestop.device.document.PageDecoder;
import vn.onestop.device.document.PageQuality;
import vn.onestop.device.document.ScannedPage;
import vn.onestop.device.document.sane.SaneCommand;
import vn.onestop.device.document.sane.SaneScanner;
import vn.onestop.device.document.sane.SaneSettings;
import vn.onestop.kiosk.desk.FilingSender;
import vn.onestop.kiosk.documents.DocumentPdf;
import vn.onestop.kiosk.outbox.FilingOutbox;
import vn.onestop.kiosk.outbox.OutboxDatabase;
import vn.onestop.kiosk.server.KioskServerClient;
import vn.onestop.kiosk.server.TokenStore;
import vn.onestop.testkit.RequiresSane;
import vn.onestop.testkit.SaneTestDevice;

/**
 * Scan to PDF per page through SANE's test backend (A4 requested, 300 dpi gray; the backend's bed is 200 x 200 mm)
 * against a plain {@code scanimage} of the same page in the same run; a prepared dossier's upload; and a 10-page
 * dossier prepared end to end (scan, check, join, store, deliver) in machine time (CPU of this JVM and of the
 * scanimage children, from /proc/self/stat). The upload goes to a stand-in of the contract's two routes on a random
 * port: the server's routes (branch receive) were not merged into this branch when this was written.
 */
@RequiresSane
@Tag("bench")
class ScanToPdfBench {
    private static final int RUNS = 5;

    @TempDir
    Path tmp;

    @Test
    void scanToPdfUploadAndATenPageDossier() throws Exception {
        Path sane = SaneTestDevice.configure(tmp.resolve("sane"));
        SaneSettings settings = SaneSettings.a4("test").withConfigDir(sane)
                .withExtraOptions(List.of("--test-picture=Grid"));
        SaneScanner scanner = new SaneScanner(settings, PageDecoder.defaults(), tmp.resolve("work"));
        DocumentPdf pdf = DocumentPdf.defaults();
        PageQuality quality = PageQuality.defaults();
        scanner.scan(); // warm-up of both paths
        plainScan(settings, 0);

        List<Double> plain = new ArrayList<>();
        List<Double> toPdf = new ArrayList<>();
        int pdfBytes = 0;
        for (int i = 0; i < RUNS; i++) {
            plain.add(plainScan(settings, i));
            long t0 = System.nanoTime();
            ScannedPage page = scanner.scan();
            quality.check(page.image());
            pdfBytes = pdf.join(List.of(page)).pdf().length;
            toPdf.add((System.nanoTime() - t0) / 1e6);
        }
        double plainMs = median(plain);
        double pdfMs = median(toPdf);
        System.out.printf("scanimage-plain-page: %.0f ms%n", plainMs);
        System.out.printf("scan-to-pdf-page: %.0f ms%n", pdfMs);
        System.out.printf("scan-to-pdf-ratio-vs-plain-scanimage: %.2f x%n", pdfMs / plainMs);
        System.out.printf("scan-to-pdf-page-size: %d bytes%n", pdfBytes);

        HttpServer stub = stub();
        try {
            TokenStore tokens = new TokenStore(tmp);
            tokens.save("bench-token");
            KioskServerClient client = new KioskServerClient("http://127.0.0.1:" + stub.getAddress().getPort(),
                    tokens);
            FilingOutbox outbox = new FilingOutbox(new OutboxDatabase(tmp.resolve("outbox.sqlite")),
                    Clock.systemUTC());
            FilingSender sender = new FilingSender(client, outbox, FilingSender.NONE, Runnable::run);

            long cpu0 = machineCpuMillis();
            long t0 = System.nanoTime();
            List<ScannedPage> pages = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                ScannedPage page = scanner.scan();
                quality.check(page.image());
                pages.add(page);
            }
            byte[] tenPages = pdf.join(pages).pdf();
            long scanned = System.nanoTime();
            DossierRegistration r = registration("bench-10");
            sender.store(r, () -> Map.of(0, tenPages), () -> { });
            sender.send(r);
            long t1 = System.nanoTime();
            long cpu1 = machineCpuMillis();
            double uploadMs = (t1 - scanned) / 1e6;
            System.out.printf("ten-page-dossier-end-to-end: %.0f ms%n", (t1 - t0) / 1e6);
            System.out.printf("ten-page-dossier-machine-time: %d ms%n", cpu1 - cpu0);
            System.out.printf("ten-page-dossier-pdf-size: %d bytes%n", tenPages.length);
            System.out.printf("preparation-store-and-upload-10-pages (stand-in server): %.0f ms%n", uploadMs);
            System.out.printf("preparation-upload-ratio-vs-plain-scanimage-page: %.2f x%n", uploadMs / plainMs);
            assertThat(cpu1 - cpu0).as("machine time of a 10-page dossier").isLessThan(60_000);
            assertThat(outbox.pendingCount()).isZero();
        } finally {
            stub.stop(0);
        }
    }

    /** A plain scanimage of the same page into a file, as a shell would run it. */
    private double plainScan(SaneSettings settings, int i) throws Exception {
        Path out = tmp.resolve("plain-" + i + ".png");
        ProcessBuilder pb = new ProcessBuilder(SaneCommand.onePage(settings)).redirectOutput(out.toFile())
                .redirectError(new File("/dev/null"));
        pb.environment().put("SANE_CONFIG_DIR", settings.configDir().toString());
        long t0 = System.nanoTime();
        int exit = pb.start().waitFor();
        double ms = (System.nanoTime() - t0) / 1e6;
        assertThat(exit).isZero();
        Files.delete(out);
        return ms;
    }

    private static HttpServer stub() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/dossiers", ex -> {
            byte[] body = ex.getRequestBody().readAllBytes();
            String answer = ex.getRequestMethod().equals("POST")
                    ? "{\"dossier\":{\"code\":\"BNCH2345\",\"procedureCode\":\"LLTP-1\",\"status\":\"prepared\","
                    + "\"timeline\":[]},\"slip\":null,\"preparationCode\":\"BNCH2345\"}"
                    : "{\"index\":0,\"pages\":10,\"bytes\":" + body.length + ",\"sha256\":\"-\"}";
            byte[] out = answer.getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(ex.getRequestMethod().equals("POST") ? 201 : 200, out.length);
            ex.getResponseBody().write(out);
            ex.close();
        });
        server.start();
        return server;
    }

    private static DossierRegistration registration(String key) {
        return new DossierRegistration(key, "LLTP-1", null, new Applicant("Nguyễn Văn An", "001200001234",
                LocalDate.of(2000, 1, 1), "Hà Nội"), "0912345678", null, List.of(), 1, ReturnMethod.COUNTER, null,
                true);
    }

    /** CPU of this JVM and of its waited-for children (scanimage), in ms, from /proc/self/stat. */
    private static long machineCpuMillis() throws Exception {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14])) * 10;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
