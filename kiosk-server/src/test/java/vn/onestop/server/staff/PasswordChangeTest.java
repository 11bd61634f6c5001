package vn.onestop.server.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.onestop.server.ServerSuite;
import vn.onestop.server.TestServer;
import vn.onestop.server.db.Rows;

/** ASVS 2.1.5/2.1.6 and 3.3.3: staff change their own password over HTTP, and their other sessions end. */
class PasswordChangeTest extends ServerSuite {
    private static final String PATH = "/api/v1/auth/password";
    private static final String NEW = "mùa thu Hà Nội lá vàng rơi";

    private Map<String, String> body(String current, String next) {
        return Map.of("currentPassword", current, "newPassword", next);
    }

    private String storedHash() {
        return server.db.read(c -> Rows.one(c, "SELECT password_hash FROM staff WHERE username = 'clerk'",
                rs -> rs.getString(1))).orElseThrow();
    }

    private int loginStatus(String password) throws Exception {
        return server.send("POST", "/api/v1/auth/login", Map.of("username", "clerk", "password", password), null,
                null).status();
    }

    @Test
    void successChangesThePasswordEndsTheOtherSessionsAndKeepsThisOne() throws Exception {
        TestServer.StaffClient here = server.staff("clerk", Role.COUNTER_STAFF);
        TestServer.StaffClient elsewhere = server.login("clerk", TestServer.PASSWORD);
        TestServer.StaffClient colleague = server.staff("colleague", Role.COUNTER_STAFF);

        TestServer.Reply r = server.as(here, "POST", PATH, body(TestServer.PASSWORD, NEW));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("otherSessionsEnded").asInt()).isEqualTo(1);
        assertThat(server.as(elsewhere, "GET", "/api/v1/auth/me", null).status()).as("other session").isEqualTo(401);
        assertThat(server.as(here, "GET", "/api/v1/auth/me", null).status()).as("this session").isEqualTo(200);
        assertThat(server.as(here, "POST", "/api/v1/counters/1/open", null).status()).isEqualTo(204);
        assertThat(server.as(colleague, "GET", "/api/v1/auth/me", null).status()).as("other user").isEqualTo(200);
        assertThat(loginStatus(TestServer.PASSWORD)).as("old password").isEqualTo(401);
        assertThat(loginStatus(NEW)).as("new password").isEqualTo(200);
        assertThat(storedHash()).startsWith("pbkdf2-sha256$").doesNotContain(NEW);
        TestServer.StaffClient admin = server.staff("admin1", Role.ADMIN);
        String audit = server.as(admin, "GET", "/api/v1/admin/audit", null).body();
        assertThat(audit).contains("password.change").contains("clerk").doesNotContain(NEW)
                .doesNotContain(TestServer.PASSWORD);
    }

    @Test
    void aWrongCurrentPasswordIsRefusedAndChangesNothing() throws Exception {
        TestServer.StaffClient here = server.staff("clerk", Role.SUPERVISOR);
        TestServer.StaffClient elsewhere = server.login("clerk", TestServer.PASSWORD);
        String before = storedHash();

        TestServer.Reply r = server.as(here, "POST", PATH, body("not-the-password-at-all", NEW));

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asText()).contains("current password is wrong");
        assertThat(storedHash()).isEqualTo(before);
        assertThat(server.as(elsewhere, "GET", "/api/v1/auth/me", null).status()).isEqualTo(200);
        assertThat(server.as(here, "GET", "/api/v1/auth/me", null).status()).isEqualTo(200);
        assertThat(loginStatus(TestServer.PASSWORD)).isEqualTo(200);
    }

    @Test
    void wrongCurrentPasswordsCountLikeFailedLogins() throws Exception {
        TestServer.StaffClient here = server.staff("clerk", Role.TECHNICIAN);
        for (int i = 0; i < 5; i++) {
            assertThat(server.as(here, "POST", PATH, body("guess-number-" + i + "-xyz", NEW)).status()).isEqualTo(403);
        }
        TestServer.Reply locked = server.as(here, "POST", PATH, body(TestServer.PASSWORD, NEW));
        assertThat(locked.status()).isEqualTo(429);
        assertThat(loginStatus(TestServer.PASSWORD)).as("the login is locked too").isEqualTo(429);
        server.clock.advance(java.time.Duration.ofMinutes(16));
        assertThat(server.as(here, "POST", PATH, body(TestServer.PASSWORD, NEW)).status()).isEqualTo(200);
    }

    @Test
    void aWeakNewPasswordIsRefusedWithThePolicysMessage() throws Exception {
        TestServer.StaffClient here = server.staff("clerk", Role.ADMIN);
        TestServer.StaffClient elsewhere = server.login("clerk", TestServer.PASSWORD);
        String before = storedHash();
        Map<String, String> weak = Map.of("tiny-pw", "12-128 characters", "0912345678901", "only digits",
                "clerk-is-my-name", "user name", "password12345", "most common", TestServer.PASSWORD, "differ");
        for (Map.Entry<String, String> w : weak.entrySet()) {
            TestServer.Reply r = server.as(here, "POST", PATH, body(TestServer.PASSWORD, w.getKey()));
            assertThat(r.status()).as(w.getKey()).isEqualTo(400);
            assertThat(r.json().get("detail").asText()).as(w.getKey()).contains(w.getValue())
                    .doesNotContain(w.getKey());
        }
        assertThat(server.as(here, "POST", PATH, Map.of("newPassword", NEW)).status()).isEqualTo(400);
        assertThat(storedHash()).isEqualTo(before);
        assertThat(server.as(elsewhere, "GET", "/api/v1/auth/me", null).status()).isEqualTo(200);
    }

    @Test
    void withoutTheCsrfHeaderOrASessionNothingChanges() throws Exception {
        TestServer.StaffClient here = server.staff("clerk", Role.COUNTER_STAFF);
        String before = storedHash();
        TestServer.Reply noCsrf = server.send("POST", PATH, body(TestServer.PASSWORD, NEW),
                Map.of("Cookie", here.cookie()), null);
        assertThat(noCsrf.status()).isEqualTo(403);
        assertThat(noCsrf.json().get("detail").asText()).contains("X-CSRF-Token");
        assertThat(server.send("POST", PATH, body(TestServer.PASSWORD, NEW), null, null).status()).isEqualTo(401);
        assertThat(storedHash()).isEqualTo(before);
        assertThat(loginStatus(TestServer.PASSWORD)).isEqualTo(200);
    }
}
