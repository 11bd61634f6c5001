package vn.onestop.server.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.server.Filings;
import vn.onestop.server.TestServer;
import vn.onestop.server.staff.Role;

/** A whole filing, its refusals, status changes, lookups and the slip download leave no personal data in the log. */
class FilingLogsTest {
    private static final String ID = "079399123456";
    private static final String NAME = "Lê Thị Khuê Tú";
    private static final String ADDRESS = "Ấp Bình Quới 7, xã Thạnh Lộc";
    private static final String PHONE = "0977001122";

    @TempDir
    Path dir;

    @Test
    void noPersonalDataReachesTheLog() throws Exception {
        Path log = Path.of("target/test-logs/test.log");
        long start = Files.exists(log) ? Files.size(log) : 0;
        try (TestServer server = new TestServer(dir)) {
            String kiosk = server.enrolKiosk("Sảnh log");
            Map<String, Object> d = Filings.dossier("log-key-0001");
            d.put("applicant", Map.of("name", NAME, "idNumber", ID, "dateOfBirth", "1999-07-15", "address", ADDRESS));
            d.put("phone", PHONE);
            d.put("postalAddress", ADDRESS);
            String code = server.kiosk(kiosk, "POST", "/api/v1/dossiers", d).json().get("dossier").get("code")
                    .asText();
            Map<String, Object> bad = Filings.dossier("log-key-0002");
            bad.put("applicant", Map.of("name", NAME, "idNumber", ID, "dateOfBirth", "15/07/1999", "address", ADDRESS));
            server.kiosk(kiosk, "POST", "/api/v1/dossiers", bad);
            server.kiosk(kiosk, "GET", "/api/v1/dossiers/" + ID, null);
            server.kiosk(kiosk, "POST", "/api/v1/ratings", Map.of("dossierCode", code, "score", 1,
                    "reasons", List.of("wait"), "comment", "gọi " + PHONE));
            TestServer.StaffClient clerk = server.staff("clerk-log", Role.COUNTER_STAFF);
            server.as(clerk, "POST", "/api/v1/staff/dossiers/" + code + "/status", Map.of("status", "processing"));
            server.as(clerk, "GET", "/api/v1/staff/dossiers/" + code + "/slip.pdf", null);
        }
        String text = appended(log, start);
        assertThat(text).contains("Javalin"); // the server did log while this test ran
        // FontBox at debug lists the glyph ids of every word shaped for the PDF: a reversible copy of names.
        assertThat(text).doesNotContain("originalGlyphs");
        assertThat(text).doesNotContain(ID).doesNotContain(NAME).doesNotContain(ADDRESS).doesNotContain(PHONE)
                .doesNotContain("1999-07-15").doesNotContain("15/07/1999");
    }

    /** What the log file got since {@code start} (the file is shared by every test of the module run). */
    private static String appended(Path log, long start) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
            byte[] bytes = new byte[(int) (f.length() - start)];
            f.seek(start);
            f.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
