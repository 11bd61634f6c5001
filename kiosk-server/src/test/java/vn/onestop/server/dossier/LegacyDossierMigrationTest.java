package vn.onestop.server.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.server.TestPostgres;
import vn.onestop.server.TestServer;
import vn.onestop.server.db.Database;
import vn.onestop.server.staff.Role;

/**
 * A dossier the kiosk marked received before issue 22 (schema version 26) stays readable after the migration, marked
 * "received at the kiosk (before official reception)" in the lookup and the staff views, and staff can still move it
 * on. Runs on SQLite, and on PostgreSQL in the suite's PostgreSQL pass.
 */
class LegacyDossierMigrationTest {
    static final String CODE = "H41.21-261120-0003";
    @TempDir
    Path dir;

    @Test
    void aDossierReceivedByTheKioskBeforeTheChangeStaysReadableAndMarked() throws Exception {
        TestPostgres pg = TestPostgres.suiteOnPostgres() ? TestPostgres.create() : null;
        try {
            String url = pg != null ? pg.url() : "jdbc:sqlite:" + dir.resolve("onestop.db").toAbsolutePath();
            String user = pg != null ? pg.user() : null;
            String password = pg != null ? pg.password() : null;
            Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration",
                    pg != null ? "classpath:db/postgresql" : "classpath:db/sqlite").target("26").load().migrate();
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                insertLegacy(c);
            }
            Database db = pg != null ? Database.openPostgres(pg.settings(4)) : Database.openSqlite(dir);
            try (TestServer server = new TestServer(db, Instant.parse("2026-11-25T01:00:00Z"))) {
                String kiosk = server.enrolKiosk("Sảnh A");
                TestServer.Reply r = server.kiosk(kiosk, "GET", "/api/v1/dossiers/" + CODE, null);
                assertThat(r.status()).as(r.body()).isEqualTo(200);
                JsonNode v = r.json();
                assertThat(v.get("status").asText()).isEqualTo("received");
                assertThat(v.get("reception").asText()).isEqualTo("kiosk_legacy");
                assertThat(v.get("receptionVi").asText()).isEqualTo("Tiếp nhận tại kiosk (trước khi có tiếp nhận "
                        + "chính thức)");
                assertThat(v.get("receptionEn").asText()).isEqualTo("Received at the kiosk (before official "
                        + "reception)");
                assertThat(v.get("appointmentAt").asText()).startsWith("2026-12-04T08:00");
                assertThat(v.get("officialCode").isNull()).isTrue();
                assertThat(v.get("timeline").get(0).get("status").asText()).isEqualTo("received");
                TestServer.StaffClient clerk = server.staff("clerk", Role.COUNTER_STAFF);
                TestServer.Reply moved = server.as(clerk, "POST", "/api/v1/staff/dossiers/" + CODE + "/status",
                        java.util.Map.of("status", "processing"));
                assertThat(moved.status()).as(moved.body()).isEqualTo(200);
                TestServer.Reply slip = server.as(clerk, "GET", "/api/v1/staff/dossiers/" + CODE + "/slip.pdf", null);
                assertThat(slip.status()).as("its old receipt slip can still be printed").isEqualTo(200);
            }
        } finally {
            if (pg != null) {
                pg.close();
            }
        }
    }

    private static void insertLegacy(Connection c) throws Exception {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO dossier (code, procedure_code, ticket_id, status, "
                + "received_at, appointment_at, appointment_provisional, delivery, applicant_name, applicant_id, "
                + "phone, postal_address, kiosk_id, idempotency_key, applicant_birth_date, applicant_address, email, "
                + "documents, sets, processing_days, service_code, fee_vnd, postal_fee_vnd, consent_at, log_entry, "
                + "tracking_number, updated_at) VALUES (?, 'LLTP-1', NULL, 'received', ?, '2026-12-04T08:00', 0, "
                + "'COUNTER', 'Nguyễn Văn An', '001203004567', '0912345678', NULL, 'k1', 'legacy-key-0001', "
                + "'2003-02-01', 'Số 5 phố Huế, Hà Nội', '', ?, 1, 10, 'A', 200000, 0, ?, '3/2026', NULL, ?)")) {
            long at = Instant.parse("2026-11-20T02:00:00Z").toEpochMilli();
            s.setString(1, CODE);
            s.setLong(2, at);
            s.setString(3, "[{\"name\":\"Tờ khai\",\"form\":\"ORIGINAL\",\"quantity\":1}]");
            s.setLong(4, at);
            s.setLong(5, at);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO dossier_status_history (id, dossier_code, at, "
                + "status, actor, note, tracking_number) VALUES ('h1', ?, ?, 'received', 'kiosk:k1', NULL, NULL)")) {
            s.setString(1, CODE);
            s.setLong(2, Instant.parse("2026-11-20T02:00:00Z").toEpochMilli());
            s.executeUpdate();
        }
    }
}
