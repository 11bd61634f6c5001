package vn.onestop.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.testkit.RequiresRoot;

/**
 * The server's data folder fills up: its SQLite file lives on a real 4 MB tmpfs mounted for the test, and a
 * filler file takes the rest of the space. Writes must fail with an error (never a lost acknowledged ticket),
 * and once space is freed the database must pass {@code PRAGMA integrity_check} and hold every ticket the
 * kiosk was told was issued. Needs root (mount): {@code @RequiresRoot}.
 */
@RequiresRoot
class DiskFullTest {
    @TempDir
    Path dir;
    Path mount;
    TestServer server;

    @BeforeEach
    void mountTinyFilesystem() throws Exception {
        mount = Files.createDirectories(dir.resolve("tiny"));
        int status = run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mount.toString());
        assertThat(status).as("mounting a 4 MB tmpfs (exit status)").isZero();
    }

    @AfterEach
    void unmount() throws Exception {
        try {
            if (server != null) {
                closeAfterDiskFull();
            }
        } finally {
            run("umount", "-l", mount.toString());
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    /** Fills the filesystem but for about {@code leaveBytes}. */
    private Path fill(long leaveBytes) throws IOException {
        Path filler = mount.resolve("filler");
        long free = Files.getFileStore(mount).getUsableSpace();
        try (var out = Files.newOutputStream(filler)) {
            byte[] block = new byte[4096];
            for (long left = free - leaveBytes; left > 0; left -= block.length) {
                out.write(block);
            }
        }
        return filler;
    }

    /** Issues tickets until the server refuses; returns the ids acknowledged with 201 and the first refusal. */
    private List<String> issueUntilRefused(String token, List<TestServer.Reply> refusals) throws Exception {
        List<String> issued = new ArrayList<>();
        for (int i = 0; i < 5000 && refusals.isEmpty(); i++) {
            TestServer.Reply r = server.kiosk(token, "POST", "/api/v1/tickets",
                    Map.of("idempotencyKey", "disk-full-" + (10000 + i), "serviceCode", "A"));
            if (r.status() == 201) {
                issued.add(r.json().get("id").asText());
            } else {
                refusals.add(r);
            }
        }
        return issued;
    }

    @Test
    void aFullDiskRefusesTicketsButLosesAndCorruptsNothing() throws Exception {
        Path data = Files.createDirectories(mount.resolve("data"));
        server = new TestServer(data);
        String token = server.enrolKiosk("Sảnh A");
        Path filler = fill(64 * 1024);

        List<TestServer.Reply> refusals = new ArrayList<>();
        List<String> issued = issueUntilRefused(token, refusals);
        assertThat(refusals).as("the disk filled up before 5000 tickets").isNotEmpty();
        TestServer.Reply refusal = refusals.get(0);
        assertThat(refusal.contentType()).startsWith("application/problem+json");

        closeAfterDiskFull();
        Files.delete(filler);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("onestop.db"));
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("ok");
            }
            for (String id : issued) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM ticket WHERE id = '" + id + "'")) {
                    assertThat(rs.getInt(1)).as("acknowledged ticket %s is stored", id).isEqualTo(1);
                }
            }
        }
        server = new TestServer(data);
        TestServer.Reply again = server.kiosk(token, "POST", "/api/v1/tickets",
                Map.of("idempotencyKey", "disk-full-after", "serviceCode", "A"));
        assertThat(again.status()).as("tickets again once space is freed: %s", again.body()).isEqualTo(201);
        assertThat(again.json().get("number").asInt()).as("no number given twice").isGreaterThan(issued.size());
    }

    @Test
    void issuingResumesWithoutARestartOnceSpaceIsFreed() throws Exception {
        Path data = Files.createDirectories(mount.resolve("data"));
        server = new TestServer(data);
        String token = server.enrolKiosk("Sảnh A");
        Path filler = fill(64 * 1024);
        List<String> issued = issueUntilRefused(token, new ArrayList<>());
        Files.delete(filler);

        TestServer.Reply again = server.kiosk(token, "POST", "/api/v1/tickets",
                Map.of("idempotencyKey", "disk-full-freed", "serviceCode", "A"));

        assertThat(again.status()).as("a ticket once space is freed: %s", again.body()).isEqualTo(201);
        assertThat(again.json().get("number").asInt()).isGreaterThan(issued.size());
    }

    /** Stops the server (closing the database after SQLITE_FULL must not throw: see the test below). */
    private void closeAfterDiskFull() {
        TestServer s = server;
        server = null;
        s.close();
    }

    @Test
    void closingTheDatabaseAfterADiskFullSucceeds() throws Exception {
        Path data = Files.createDirectories(mount.resolve("data"));
        server = new TestServer(data);
        String token = server.enrolKiosk("Sảnh A");
        fill(64 * 1024);
        issueUntilRefused(token, new ArrayList<>());

        TestServer s = server;
        server = null;
        s.close();
    }

    @Test
    void aFullDiskIsReportedAsStorageFull() throws Exception {
        Path data = Files.createDirectories(mount.resolve("data"));
        server = new TestServer(data);
        String token = server.enrolKiosk("Sảnh A");
        fill(64 * 1024);

        List<TestServer.Reply> refusals = new ArrayList<>();
        issueUntilRefused(token, refusals);

        TestServer.Reply refusal = refusals.get(0);
        closeAfterDiskFull();
        assertThat(refusal.status()).isEqualTo(503);
        assertThat(refusal.json().get("detail").asText().toLowerCase(java.util.Locale.ROOT)).contains("full");
    }
}
