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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;
import vn.onestop.server.db.StorageException;
import vn.onestop.server.province.CentreMerge;
import vn.onestop.server.staff.Role;
import vn.onestop.testkit.RequiresPostgres;

/**
 * {@code ServerMain merge-centres}: two centres that each ran alone on SQLite continue, the same day, on one
 * province PostgreSQL database: their tickets keep their numbers, their counters and clerks keep working.
 */
class PgMergeCentresTest {
    private static final Instant MORNING = Instant.parse("2026-11-25T01:30:00Z");
    @TempDir
    Path dir;

    /** What one centre did on its own server before the merge. */
    private record Day(String kiosk, String calledId, String waitingId, String dossierCode) {}

    private Day centreDay(Path data, String agencyCode, String service, String counter, int tickets) throws Exception {
        Files.createDirectories(data);
        ServerConfig config = TestServer.config().toBuilder().agencyCode(agencyCode).build();
        try (TestServer server = new TestServer(Database.openSqlite(data), config, MORNING)) {
            String kiosk = server.enrolKiosk("Sảnh");
            for (int i = 0; i < tickets; i++) {
                TestServer.Reply r = server.kiosk(kiosk, "POST", "/api/v1/tickets", Map.of("idempotencyKey",
                        "before-merge-" + i, "serviceCode", service));
                assertThat(r.status()).as(r.body()).isEqualTo(201);
            }
            TestServer.StaffClient clerk = server.staff("clerk", Role.COUNTER_STAFF);
            server.as(clerk, "POST", "/api/v1/counters/" + counter + "/open", null);
            String called = server.as(clerk, "POST", "/api/v1/counters/" + counter + "/next", null).json().get("id").asText();
            String waiting = server.db.read(c -> Rows.one(c, "SELECT id FROM ticket WHERE number = 2",
                    rs -> rs.getString(1))).orElseThrow();
            String dossier = Filings.received(server, kiosk, Filings.dossier("dossier-1"),
                    "000.00." + agencyCode.substring(agencyCode.length() - 2) + ".H41-261125-0001");
            return new Day(kiosk, called, waiting, dossier);
        }
    }

    @Test
    @RequiresPostgres
    void twoCentresContinueTheirDayOnOneProvinceDatabase() throws Exception {
        Path wardData = dir.resolve("ward");
        Path communeData = dir.resolve("commune");
        // Different services (counter 1 serves A, counter 3 B and C) so that this test also holds where numbering
        // and queues are per service only; both centres at A001 the same day is the per-centre queue's own test.
        Day ward = centreDay(wardData, "H41.21.01", "A", "1", 3);
        Day commune = centreDay(communeData, "H41.21.02", "B", "3", 2);

        try (TestPostgres pg = TestPostgres.create()) {
            Path password = dir.resolve("pg-password");
            Files.writeString(password, pg.password());
            String[] args = {"merge-centres",
                "--centre", wardData.resolve("onestop.db") + "=phuong-ben-nghe",
                "--name-vi", "phuong-ben-nghe=Phường Bến Nghé", "--name-en", "phuong-ben-nghe=Ben Nghe Ward",
                "--kind", "phuong-ben-nghe=commune",
                "--centre", communeData.resolve("onestop.db") + "=xa-tan-phu",
                "--name-vi", "xa-tan-phu=Xã Tân Phú", "--kind", "xa-tan-phu=commune",
                "--to", pg.url(), "--user", pg.user(), "--password-file", password.toString()};
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            List<CentreMerge.Result> merged = MergeCentresCommand.run(args,
                    new PrintStream(out, true, StandardCharsets.UTF_8));
            String printed = out.toString(StandardCharsets.UTF_8);
            assertThat(printed).contains("centre phuong-ben-nghe from", "ticket: 3 rows", "ticket: 2 rows",
                    "counter 1 is now xa-tan-phu-1", "staff account clerk is now xa-tan-phu.clerk");
            assertThat(merged.get(0).copied()).containsEntry("ticket", 3L).containsEntry("kiosk", 1L)
                    .containsEntry("dossier", 1L);
            assertThat(merged.get(1).copied()).containsEntry("ticket", 2L).containsEntry("staff", 2L);
            assertThat(merged.get(1).usernames()).containsEntry("clerk", "xa-tan-phu.clerk")
                    .containsEntry("receiver", "xa-tan-phu.receiver");

            try (Database province = Database.openPostgres(pg.settings(2))) {
                assertThat(strings(province, "SELECT id || ' ' || name_vi || ' ' || kind || ' ' "
                        + "|| agency_code FROM centre ORDER BY id")).containsExactly(
                        "phuong-ben-nghe Phường Bến Nghé commune H41.21.01", "xa-tan-phu Xã Tân Phú commune H41.21.02");
                assertThat(strings(province, "SELECT centre_id || ':' || code FROM dossier ORDER BY "
                        + "centre_id")).as("dossier codes kept").containsExactly(
                        "phuong-ben-nghe:" + ward.dossierCode(), "xa-tan-phu:" + commune.dossierCode());
                assertThat(strings(province, "SELECT centre_id || ' ' || id FROM counter ORDER BY id"))
                        .contains("phuong-ben-nghe phuong-ben-nghe-1", "xa-tan-phu xa-tan-phu-1")
                        .noneMatch(row -> row.endsWith(" 1"));
                assertThat(strings(province, "SELECT username || '@' || centre_id FROM staff_grant "
                        + "ORDER BY username")).containsExactly("clerk@phuong-ben-nghe",
                        "receiver@phuong-ben-nghe", "xa-tan-phu.clerk@xa-tan-phu", "xa-tan-phu.receiver@xa-tan-phu");
            }

            try (TestServer server = new TestServer(Database.openPostgres(pg.settings(4)), MORNING)) {
                TestServer.StaffClient wardClerk = server.login("clerk", TestServer.PASSWORD);
                TestServer.StaffClient communeClerk = server.login("xa-tan-phu.clerk", TestServer.PASSWORD);
                JsonNode wardCalled = server.as(wardClerk, "GET", "/api/v1/tickets/" + ward.calledId(), null).json();
                assertThat(wardCalled.get("displayNumber").asText()).isEqualTo("A001");
                assertThat(wardCalled.get("status").asText()).isEqualTo("called");
                JsonNode communeCalled = server.as(communeClerk, "GET", "/api/v1/tickets/" + commune.calledId(),
                        null).json();
                assertThat(communeCalled.get("displayNumber").asText()).isEqualTo("B001");

                assertThat(issue(server, ward.kiosk(), "after-merge-1", "A")).as("numbering continues").isEqualTo("A004");
                assertThat(issue(server, commune.kiosk(), "after-merge-2", "B")).isEqualTo("B003");
                JsonNode next = server.as(communeClerk, "POST", "/api/v1/counters/xa-tan-phu-3/next", null).json();
                assertThat(next.get("id").asText()).as(next.toString()).isEqualTo(commune.waitingId());
                assertThat(next.get("displayNumber").asText()).isEqualTo("B002");
            }

            assertThatThrownBy(() -> MergeCentresCommand.run(args, new PrintStream(new ByteArrayOutputStream(),
                    true, StandardCharsets.UTF_8))).isInstanceOf(StorageException.class)
                    .hasMessageContaining("already holds a centre 'phuong-ben-nghe'")
                    .hasMessageContaining("Nothing was changed");
        }
    }

    private static String issue(TestServer server, String kiosk, String key, String service) throws Exception {
        TestServer.Reply r = server.kiosk(kiosk, "POST", "/api/v1/tickets", Map.of("idempotencyKey", key,
                "serviceCode", service));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("displayNumber").asText();
    }

    private static List<String> strings(Database db, String sql) {
        return db.read(c -> Rows.list(c, sql, rs -> rs.getString(1)));
    }

    @Test
    void badOptionsAreRefusedWithTheOptionNamed() {
        assertThatThrownBy(() -> MergeCentresCommand.run(new String[] {"merge-centres", "--centre",
                dir.resolve("missing.db") + "=ward-1", "--to", "jdbc:postgresql://127.0.0.1/x"}, System.out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no such SQLite file");
        assertThatThrownBy(() -> MergeCentresCommand.run(new String[] {"merge-centres", "--centre", "a.db"},
                System.out)).hasMessageContaining("--centre takes DATA/onestop.db=CENTRE_ID");
        assertThatThrownBy(() -> MergeCentresCommand.run(new String[] {"merge-centres", "--to", "x"}, System.out))
                .hasMessageContaining("at least one source");
        assertThatThrownBy(() -> MergeCentresCommand.run(new String[] {"merge-centres", "--centre", "a.db=x1",
                "--kind", "other=commune"}, System.out)).hasMessageContaining("'other', which no --centre names");
    }
}
