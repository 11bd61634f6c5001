package vn.onestop.server.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.onestop.server.ServerSuite;
import vn.onestop.server.TestServer;

/** Staff accounts through HTTP: first admin from a one-time secret, cookies, CSRF, rate limiting, audit. */
class StaffTest extends ServerSuite {
    @Test
    void firstAdminComesFromTheOneTimeSecretOnly() throws Exception {
        String secret = server.app.staff().newSetupSecretIfNoAdmin().orElseThrow();
        Map<String, String> wrong = Map.of("secret", "0000-0000-0000-0000", "username", "root",
                "displayName", "Root", "password", "long-enough-password");
        assertThat(server.send("POST", "/api/v1/setup/first-admin", wrong, null, null).status()).isEqualTo(403);
        Map<String, String> right = Map.of("secret", secret, "username", "root", "displayName", "Root",
                "password", "long-enough-password");
        assertThat(server.send("POST", "/api/v1/setup/first-admin", right, null, null).status()).isEqualTo(201);
        Map<String, String> again = Map.of("secret", secret, "username", "root2", "displayName", "Root",
                "password", "long-enough-password");
        assertThat(server.send("POST", "/api/v1/setup/first-admin", again, null, null).status()).isEqualTo(403);
        assertThat(server.app.staff().newSetupSecretIfNoAdmin()).isEmpty();
        TestServer.StaffClient root = server.login("root", "long-enough-password");
        assertThat(server.as(root, "GET", "/api/v1/auth/me", null).json().get("role").asText()).isEqualTo("ADMIN");
    }

    @Test
    void sessionCookieIsHttpOnlyStrictAndStateChangesNeedTheCsrfToken() throws Exception {
        server.app.staff().create("test", "clerk", "Clerk", Role.COUNTER_STAFF, TestServer.PASSWORD.toCharArray());
        TestServer.Reply login = server.send("POST", "/api/v1/auth/login",
                Map.of("username", "clerk", "password", TestServer.PASSWORD), null, null);
        String setCookie = login.response().headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).contains("HttpOnly").contains("SameSite=Strict");
        String cookie = setCookie.split(";")[0];
        TestServer.Reply noCsrf = server.send("POST", "/api/v1/counters/1/open", null, Map.of("Cookie", cookie), null);
        assertThat(noCsrf.status()).isEqualTo(403);
        assertThat(noCsrf.json().get("detail").asText()).contains("X-CSRF-Token");
        TestServer.Reply withCsrf = server.send("POST", "/api/v1/counters/1/open", null, Map.of("Cookie", cookie,
                "X-CSRF-Token", login.json().get("csrfToken").asText()), null);
        assertThat(withCsrf.status()).isEqualTo(204);
        TestServer.StaffClient admin = server.staff("admin1", Role.ADMIN);
        String audit = server.as(admin, "GET", "/api/v1/admin/audit", null).body();
        assertThat(audit).contains("counter.open").contains("clerk");
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountForAWhile() throws Exception {
        server.app.staff().create("test", "victim", "Victim", Role.SUPERVISOR, TestServer.PASSWORD.toCharArray());
        Map<String, String> wrong = Map.of("username", "victim", "password", "not-the-password");
        for (int i = 0; i < 5; i++) {
            assertThat(server.send("POST", "/api/v1/auth/login", wrong, null, null).status()).isEqualTo(401);
        }
        TestServer.Reply locked = server.send("POST", "/api/v1/auth/login",
                Map.of("username", "victim", "password", TestServer.PASSWORD), null, null);
        assertThat(locked.status()).isEqualTo(429);
        server.clock.advance(java.time.Duration.ofMinutes(16));
        assertThat(server.login("victim", TestServer.PASSWORD).cookie()).startsWith("onestop_session=");
    }

    @Test
    void passwordsAreStoredAsSlowSaltedHashes() throws Exception {
        server.app.staff().create("test", "someone", "Someone", Role.TECHNICIAN, TestServer.PASSWORD.toCharArray());
        String stored = server.db.read(c -> vn.onestop.server.db.Rows.one(c,
                "SELECT password_hash FROM staff WHERE username = 'someone'", rs -> rs.getString(1))).orElseThrow();
        assertThat(stored).startsWith("pbkdf2-sha256$1000$").doesNotContain(TestServer.PASSWORD);
    }

    @Test
    void adminCreatesAccountsAndSessionsEndAtLogoutOrExpiry() throws Exception {
        TestServer.StaffClient admin = server.staff("admin1", Role.ADMIN);
        TestServer.Reply created = server.as(admin, "POST", "/api/v1/admin/staff", Map.of("username", "clerk2",
                "displayName", "Chị Lan", "role", "counter_staff", "password", "a-long-enough-password"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        TestServer.Reply badRole = server.as(admin, "POST", "/api/v1/admin/staff", Map.of("username", "clerk3",
                "displayName", "X", "role", "janitor", "password", "a-long-enough-password"));
        assertThat(badRole.status()).isEqualTo(400);
        TestServer.StaffClient clerk = server.login("clerk2", "a-long-enough-password");
        assertThat(server.as(clerk, "GET", "/api/v1/auth/me", null).status()).isEqualTo(200);
        assertThat(server.as(clerk, "POST", "/api/v1/auth/logout", null).status()).isEqualTo(204);
        assertThat(server.as(clerk, "GET", "/api/v1/auth/me", null).status()).isEqualTo(401);
        TestServer.StaffClient later = server.login("clerk2", "a-long-enough-password");
        server.clock.advance(java.time.Duration.ofHours(13));
        assertThat(server.as(later, "GET", "/api/v1/auth/me", null).status()).as("12 h sessions").isEqualTo(401);
    }
}
