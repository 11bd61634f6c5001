package vn.onestop.server.retention;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.server.Filings;
import vn.onestop.server.ScanFiles;
import vn.onestop.server.TestPostgres;
import vn.onestop.server.TestServer;
import vn.onestop.server.db.Rows;
import vn.onestop.server.staff.Role;

/**
 * The retention job erases the personal data of dossiers closed longer than {@code dossier.retentionDays} (90 in
 * the shipped config) and keeps what statistics and the public lookup need; the clock is the test's.
 */
class PersonalDataRetentionTest {
    private static final String[] PERSONAL = {Filings.ID, Filings.NAME, "2003-02-01", "Hai Bà Trưng", "0912345678",
        "an.nguyen@example.vn", "Tràng Tiền", "gọi số 0912"};
    @TempDir
    Path dir;
    TestServer server;
    String kiosk;
    TestServer.StaffClient clerk;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private void start(Instant now) throws Exception {
        server = new TestServer(dir, TestServer.config(), now);
        kiosk = server.enrolKiosk("Sảnh A");
        clerk = server.staff("clerk", Role.COUNTER_STAFF);
    }

    private String register(String key) throws Exception {
        return Filings.received(server, kiosk, Filings.dossier(key), "H41.21-261125-00"
                + key.substring(key.length() - 2));
    }

    private void move(String code, String status, String note) throws Exception {
        server.clock.advance(Duration.ofHours(1));
        TestServer.Reply r = server.as(clerk, "POST", "/api/v1/staff/dossiers/" + code + "/status",
                note == null ? Map.of("status", status) : Map.of("status", status, "note", note));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private int get(String path) throws Exception {
        return server.as(clerk, "GET", path, null).status();
    }

    private void uploadScan(String code) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(server.base() + "/api/v1/staff/dossiers/" + code + "/pages"))
                .header("Cookie", clerk.cookie()).header("X-CSRF-Token", clerk.csrf())
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(ScanFiles.image("png", 300, 400, Color.GRAY))).build();
        assertThat(server.http.send(r, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(201);
    }

    /** Every column of the dossier's rows (dossier, slip, history) as one text. */
    private String stored(String code) {
        return server.db.read(c -> Rows.list(c, "SELECT * FROM dossier WHERE code = ?", PersonalDataRetentionTest::allColumns, code)
                + " " + Rows.list(c, "SELECT * FROM dossier_slip WHERE dossier_code = ?", PersonalDataRetentionTest::allColumns, code)
                + " " + Rows.list(c, "SELECT * FROM dossier_status_history WHERE dossier_code = ?", PersonalDataRetentionTest::allColumns,
                code));
    }

    private static String allColumns(java.sql.ResultSet rs) throws java.sql.SQLException {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            sb.append(rs.getString(i)).append('|');
        }
        return sb.toString();
    }

    @Test
    void personalDataOfADossierDeliveredOverNinetyDaysAgoIsErasedAndItsCodeStatusAndTimelineKept() throws Exception {
        start(Instant.parse("2026-11-25T01:00:00Z"));
        String delivered = register("retention-01");
        String open = register("retention-02");
        uploadScan(delivered);
        assertThat(get("/api/v1/staff/dossiers/" + delivered + "/slip.pdf")).isEqualTo(200);
        move(delivered, "processing", "gọi số 0912345678 khi có kết quả");
        move(delivered, "done", null);
        move(delivered, "delivered", null);
        Path scans = dir.resolve("dossiers").resolve(delivered);
        assertThat(scans.resolve("pages.pdf")).exists();

        server.clock.advance(Duration.ofDays(89));
        assertThat(server.app.retention().runOnce()).as("89 days after delivery").isZero();
        assertThat(stored(delivered)).contains(Filings.ID, Filings.NAME);
        server.clock.advance(Duration.ofDays(2));
        assertThat(server.app.retention().runOnce()).as("91 days after delivery").isEqualTo(1);
        clerk = server.login("clerk", TestServer.PASSWORD);

        assertThat(stored(delivered)).doesNotContain(PERSONAL);
        assertThat(stored(open)).as("a dossier still open keeps its data").contains(Filings.ID, Filings.NAME);
        assertThat(scans).doesNotExist();
        assertThat(get("/api/v1/staff/dossiers/" + delivered + "/slip.pdf")).isEqualTo(410);
        assertThat(get("/api/v1/staff/dossiers/" + delivered + "/pages.pdf")).isEqualTo(410);
        assertThat(get("/api/v1/staff/dossiers/" + open + "/slip.pdf")).isEqualTo(200);
        JsonNode lookup = server.kiosk(kiosk, "GET", "/api/v1/dossiers/" + delivered, null).json();
        assertThat(lookup.get("status").asText()).isEqualTo("delivered");
        assertThat(lookup.get("timeline")).as("prepared, received, processing, done, delivered").hasSize(5);
        assertThat(server.as(clerk, "GET", "/api/v1/staff/dossiers/" + delivered + "/history", null).json())
                .hasSize(5);
        assertThat(server.app.retention().runOnce()).as("a second run finds nothing left").isZero();
    }

    @Test
    void eachRunIsInTheAuditLogWithACountAndNoPersonalData() throws Exception {
        start(Instant.parse("2026-11-25T01:00:00Z"));
        String code = register("retention-03");
        move(code, "refused", "thiếu giấy tờ");
        server.clock.advance(Duration.ofDays(200));
        assertThat(server.app.retention().runOnce()).as("refused but not handed back: still needed").isZero();
        clerk = server.login("clerk", TestServer.PASSWORD);
        move(code, "delivered", null);
        server.clock.advance(Duration.ofDays(91));
        assertThat(server.app.retention().runOnce()).isEqualTo(1);

        TestServer.StaffClient admin = server.staff("admin", Role.ADMIN);
        String audit = server.as(admin, "GET", "/api/v1/admin/audit", null).body();
        assertThat(audit).contains("dossier.personal-data.erase", "1 closed dossier(s) erased", "0 closed dossier(s)")
                .doesNotContain(PERSONAL);
    }

    @Test
    void theJobRunsWhenTheServerStarts() throws Exception {
        Assumptions.assumeFalse(TestPostgres.suiteOnPostgres(),
                "restarts on the same database: a SQLite file (each PostgreSQL TestServer makes a fresh database)");
        start(Instant.parse("2026-11-25T01:00:00Z"));
        String code = register("retention-04");
        move(code, "done", null);
        move(code, "delivered", null);
        server.close();
        server = new TestServer(dir, TestServer.config(), Instant.parse("2027-03-01T01:00:00Z"));

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (stored(code).contains(Filings.ID) && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
        assertThat(stored(code)).doesNotContain(PERSONAL);
        assertThat(Files.exists(dir.resolve("dossiers").resolve(code))).isFalse();
    }
}
