package vn.onestop.kiosk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
 * dossier prepared end to end (scan, check, join, store, deliver) in machine time (CPU of this JVM, which also runs
 * the in-process server, and of the scanimage children, from /proc/self/stat). The upload goes to the real server
 * (in-process, SQLite, random port): {@code POST /api/v1/dossiers} then {@code PUT .../documents/0}.
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

        try (InProcessServer server = new InProcessServer(tmp.resolve("server"))) {
            TokenStore tokens = new TokenStore(tmp.resolve("kiosk"));
            KioskServerClient client = new KioskServerClient(server.url(), tokens);
            client.enrol(server.enrolmentCode(), "Bench kiosk");
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
            DossierRegistration r = registration("bench-10-" + System.nanoTime());
            sender.store(r, () -> Map.of(0, tenPages), () -> { });
            sender.send(r);
            long t1 = System.nanoTime();
            long cpu1 = machineCpuMillis();
            double uploadMs = (t1 - scanned) / 1e6;
            System.out.printf("ten-page-dossier-end-to-end: %.0f ms%n", (t1 - t0) / 1e6);
            System.out.printf("ten-page-dossier-machine-time: %d ms%n", cpu1 - cpu0);
            System.out.printf("ten-page-dossier-pdf-size: %d bytes%n", tenPages.length);
            System.out.printf("preparation-store-and-upload-10-pages: %.0f ms%n", uploadMs);
            System.out.printf("preparation-upload-ratio-vs-plain-scanimage-page: %.2f x%n", uploadMs / plainMs);
            assertThat(cpu1 - cpu0).as("machine time of a 10-page dossier").isLessThan(60_000);
            assertThat(outbox.pendingCount()).isZero();
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

    /** A registration as the kiosk's form makes it (the sample card, LLTP-1, every document handed in). */
    private static DossierRegistration registration(String key) throws Exception {
        var read = vn.onestop.kiosk.flow.FlowFixtures.read(vn.onestop.kiosk.flow.FlowFixtures.parser(
                Clock.systemDefaultZone()), vn.onestop.kiosk.flow.FlowFixtures.payload("Nguyễn Văn An"),
                java.time.Instant.now());
        var citizen = ((vn.onestop.device.scanner.IdentityReader.Outcome.Accepted) read).identity();
        var p = vn.onestop.kiosk.flow.FlowFixtures.catalogue().byCode("LLTP-1").orElseThrow();
        var info = new vn.onestop.core.wire.ProcedureInfo(p.code(), p.nameVi(), p.nameEn(), p.fieldVi(),
                p.serviceCode(), p.processingDays(), p.feeVnd(), p.postalReturn(), p.fileableAtKiosk(),
                vn.onestop.core.catalogue.CitizenText.documents(p));
        return vn.onestop.core.filing.FilingDraft.start(info, citizen).withPhone("0912345678").withConsent(true)
                .toRegistration(key, null);
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
