package vn.onestop.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;
import vn.onestop.server.db.StorageException;
import vn.onestop.server.staff.Role;
import vn.onestop.testkit.RequiresPostgres;

/** {@code ServerMain migrate-sqlite}: a centre's day on SQLite continues on PostgreSQL where it stopped. */
class PgMigrateSqliteTest {
    private static final Instant MORNING = Instant.parse("2026-11-25T01:00:00Z");
    @TempDir
    Path dir;

    @Test
    @RequiresPostgres
    void aCentresDayContinuesOnPostgresqlAfterTheMove() throws Exception {
        String calledId;
        String waitingId;
        try (TestServer sqlite = new TestServer(Database.openSqlite(dir), MORNING)) {
            String kiosk = sqlite.enrolKiosk("Sảnh A");
            for (int i = 0; i < 3; i++) {
                sqlite.kiosk(kiosk, "POST", "/api/v1/tickets", Map.of("idempotencyKey", "move-key-" + i,
                        "serviceCode", "A"));
            }
            TestServer.StaffClient clerk = sqlite.staff("clerk", Role.COUNTER_STAFF);
            sqlite.as(clerk, "POST", "/api/v1/counters/1/open", null);
            calledId = sqlite.as(clerk, "POST", "/api/v1/counters/1/next", null).json().get("id").asText();
            waitingId = sqlite.db.read(c -> Rows.one(c, "SELECT id FROM ticket WHERE number = 3",
                    rs -> rs.getString(1))).orElseThrow();
        }
        try (TestPostgres pg = TestPostgres.create()) {
            Path password = dir.resolve("pg-password");
            Files.writeString(password, pg.password());
            String[] args = {"migrate-sqlite", "--from", dir.resolve("onestop.db").toString(), "--to", pg.url(),
                    "--user", pg.user(), "--password-file", password.toString()};
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Map<String, Long> moved = MigrateSqliteCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(moved).containsEntry("ticket", 3L).containsEntry("staff", 1L).containsEntry("kiosk", 1L);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("ticket: 3 rows");

            try (TestServer province = new TestServer(Database.openPostgres(pg.settings(4)), MORNING)) {
                TestServer.StaffClient clerk = province.login("clerk", TestServer.PASSWORD);
                JsonNode called = province.as(clerk, "GET", "/api/v1/tickets/" + calledId, null).json();
                assertThat(called.get("status").asText()).isEqualTo("called");
                assertThat(province.as(clerk, "GET", "/api/v1/tickets/" + waitingId, null).json()
                        .get("peopleAhead").asInt()).isEqualTo(1);
                String kiosk = province.enrolKiosk("Sảnh B");
                JsonNode fourth = province.kiosk(kiosk, "POST", "/api/v1/tickets", Map.of("idempotencyKey",
                        "after-move-1", "serviceCode", "A")).json();
                assertThat(fourth.get("displayNumber").asText()).as("numbering continues").isEqualTo("A004");
                JsonNode next = province.as(clerk, "POST", "/api/v1/counters/1/next", null).json();
                assertThat(next.get("displayNumber").asText()).isEqualTo("A002");
            }
            assertThatThrownBy(() -> MigrateSqliteCommand.run(args, new PrintStream(new ByteArrayOutputStream(),
                    true, StandardCharsets.UTF_8))).isInstanceOf(StorageException.class)
                    .hasMessageContaining("already holds data");
        }
    }

    @Test
    void aWrongSourceIsRefusedWithTheOptionNamed() {
        assertThatThrownBy(() -> MigrateSqliteCommand.run(new String[] {"migrate-sqlite", "--from",
                dir.resolve("missing.db").toString(), "--to", "jdbc:postgresql://127.0.0.1/x"}, System.out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--from");
        assertThatThrownBy(() -> MigrateSqliteCommand.run(new String[] {"migrate-sqlite", "--colour", "red"},
                System.out)).hasMessageContaining("Unknown option --colour");
    }
}
