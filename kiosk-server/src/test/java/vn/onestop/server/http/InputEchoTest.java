package vn.onestop.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.server.db.Rows;
import vn.onestop.server.TestServer;

/** Security review, finding 15: what a client sent is not echoed in errors nor kept raw in the audit log. */
class InputEchoTest {
    @TempDir
    Path dir;
    TestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aJsonSyntaxErrorNamesThePlaceNotTheText() throws Exception {
        server = new TestServer(dir);
        TestServer.Reply r = server.send("POST", "/api/v1/auth/login", null, null,
                "{\"username\": NguyenVanAn001203004567, \"password\": \"x\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("detail").asText()).contains("line 1, column").doesNotContain("NguyenVanAn")
                .doesNotContain("001203004567");
    }

    @Test
    void aFailedLoginsUserNameIsKeptShortAndWithoutControlCharacters() throws Exception {
        server = new TestServer(dir);
        String typed = "admin\r\n2026-11-25 login ok " + "x".repeat(300);
        assertThat(server.send("POST", "/api/v1/auth/login", Map.of("username", typed, "password",
                "wrong-password-1"), null, null).status()).isEqualTo(401);
        List<String> actors = server.db.read(c -> Rows.list(c, "SELECT actor FROM audit_log WHERE action = "
                + "'login.failed'", rs -> rs.getString(1)));
        assertThat(actors).hasSize(1);
        assertThat(actors.get(0)).hasSizeLessThanOrEqualTo(64).doesNotContain("\r").doesNotContain("\n")
                .startsWith("admin??2026");
    }
}
