package vn.onestop.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.server.TestServer;
import vn.onestop.server.staff.Access;
import vn.onestop.server.staff.Role;

/** The findings of docs/security-review.md (OWASP ASVS 4.0 level 2) that were fixed, one test each. */
class SecurityReviewTest {
    @TempDir
    Path dir;
    TestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private void start(boolean behindTls) {
        server = new TestServer(dir, TestServer.config().toBuilder().security(new HttpSecurity(behindTls, 30)).build());
    }

    private int me(TestServer.StaffClient s) throws Exception {
        return server.as(s, "GET", "/api/v1/auth/me", null).status();
    }

    /** ASVS 3.2.1: a login makes a new session and ends the one the browser came with. */
    @Test
    void loginGivesANewSessionAndEndsTheOneTheBrowserCameWith() throws Exception {
        start(false);
        TestServer.StaffClient first = server.staff("clerk", Role.COUNTER_STAFF);
        TestServer.Reply again = server.send("POST", "/api/v1/auth/login", Map.of("username", "clerk", "password",
                TestServer.PASSWORD), Map.of("Cookie", first.cookie()), null);
        assertThat(again.status()).isEqualTo(200);
        String second = again.response().headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];

        assertThat(second).isNotEqualTo(first.cookie());
        assertThat(me(first)).as("the session from before the login").isEqualTo(401);
        assertThat(me(new TestServer.StaffClient(second, again.json().get("csrfToken").asText()))).isEqualTo(200);
    }

    /** ASVS 3.3.2: 30 minutes without use end a session; use keeps it until its absolute end (12 h). */
    @Test
    void anIdleSessionEndsAfterThirtyMinutesAndAnActiveOneAtItsAbsoluteEnd() throws Exception {
        start(false);
        TestServer.StaffClient idle = server.staff("idle", Role.COUNTER_STAFF);
        TestServer.StaffClient busy = server.staff("busy", Role.COUNTER_STAFF);
        for (int i = 0; i < 35; i++) {
            server.clock.advance(Duration.ofMinutes(20));
            assertThat(me(busy)).as("used every 20 minutes, after %d min", (i + 1) * 20).isEqualTo(200);
        }
        assertThat(me(idle)).as("unused for 11 hours 40 minutes").isEqualTo(401);
        server.clock.advance(Duration.ofMinutes(20));
        assertThat(me(busy)).as("past the 12-hour absolute end").isEqualTo(401);
    }

    /** ASVS 2.1.1, 2.1.2, 2.1.7: 12-128 characters, not a common password, not the user name, not a number. */
    @Test
    void weakPasswordsAreRefusedWithoutQuotingThem() throws Exception {
        start(false);
        TestServer.StaffClient admin = server.staff("admin", Role.ADMIN);
        Map<String, String> refused = Map.of("short-pass1", "12-128", "password1234", "common",
                "Matkhau@2024!", "common", "qwertyuiop12", "common", "001203004567", "digits",
                "lan.nguyen-is-me", "user name", "aaaaaaaaaaaaaaaa", "repeat", "x".repeat(129), "12-128");
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> e : refused.entrySet()) {
            TestServer.Reply r = server.as(admin, "POST", "/api/v1/admin/staff", Map.of("username", "lan.nguyen",
                    "displayName", "Chị Lan", "role", "counter_staff", "password", e.getKey()));
            String detail = r.status() == 400 ? r.json().get("detail").asText() : "";
            if (!detail.contains(e.getValue()) || detail.contains(e.getKey())) {
                wrong.add(e.getKey() + " -> " + r.status() + " " + r.body());
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(server.as(admin, "POST", "/api/v1/admin/staff", Map.of("username", "lan.nguyen", "displayName",
                "Chị Lan", "role", "counter_staff", "password", "mùa thu lá vàng rơi")).status()).isEqualTo(201);
    }

    /** ASVS 3.4.1, 3.4.4, 14.4.5: behind TLS the cookie is Secure and __Host- and every answer sends HSTS. */
    @Test
    void behindTlsTheSessionCookieIsSecureAndHostPrefixedAndHstsIsSent() throws Exception {
        start(true);
        server.app.staff().create("test", "clerk", "Clerk", Role.COUNTER_STAFF, TestServer.PASSWORD.toCharArray());
        TestServer.Reply login = server.send("POST", "/api/v1/auth/login", Map.of("username", "clerk", "password",
                TestServer.PASSWORD), null, null);
        String cookie = login.response().headers().firstValue("Set-Cookie").orElseThrow();

        assertThat(cookie).startsWith("__Host-onestop_session=").contains("; Secure", "; HttpOnly",
                "; SameSite=Strict", "; Path=/").doesNotContain("Domain");
        assertThat(login.response().headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                h -> assertThat(h).contains("max-age=31536000"));
        TestServer.StaffClient s = new TestServer.StaffClient(cookie.split(";")[0], login.json().get("csrfToken")
                .asText());
        assertThat(me(s)).isEqualTo(200);
        assertThat(server.as(s, "POST", "/api/v1/auth/logout", null).response().headers()
                .firstValue("Set-Cookie").orElseThrow()).startsWith("__Host-onestop_session=;").contains("Max-Age=0");
    }

    /**
     * ASVS 2.2.1 behind the proxy: every connection comes from nginx, so failed logins are counted per client
     * address from X-Forwarded-For (nginx's own last entry); one guesser no longer locks out every counter.
     */
    @Test
    void behindTheProxyOneGuessingAddressDoesNotLockOutTheOthers() throws Exception {
        start(true);
        server.app.staff().create("test", "clerk", "Clerk", Role.COUNTER_STAFF, TestServer.PASSWORD.toCharArray());
        for (int i = 0; i < 20; i++) { // an address may fail 4 x staff.maxFailedLogins (5) times in 15 minutes
            server.send("POST", "/api/v1/auth/login", Map.of("username", "guess" + i, "password", "wrong-password-x"),
                    Map.of("X-Forwarded-For", "203.0.113.9"), null);
        }
        TestServer.Reply guesser = server.send("POST", "/api/v1/auth/login", Map.of("username", "clerk", "password",
                TestServer.PASSWORD), Map.of("X-Forwarded-For", "127.0.0.1, 203.0.113.9"), null);
        TestServer.Reply colleague = server.send("POST", "/api/v1/auth/login", Map.of("username", "clerk",
                "password", TestServer.PASSWORD), Map.of("X-Forwarded-For", "203.0.113.9, 10.0.0.7"), null);

        assertThat(guesser.status()).as("the guessing address, whatever it writes before nginx's entry")
                .isEqualTo(429);
        assertThat(colleague.status()).as("another address, even claiming the guesser's first").isEqualTo(200);
    }

    /** Plain HTTP (a demo on a laptop): no HSTS, which would lock browsers out of it. */
    @Test
    void overPlainHttpNoHstsIsSent() throws Exception {
        start(false);
        TestServer.Reply health = server.send("GET", "/health", null, null, null);
        assertThat(health.response().headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    /** ASVS 8.2.1, 14.4.3-14.4.7, 14.3.3: no caching, no sniffing, no framing, no server version. */
    @Test
    void authenticatedAnswersAreNotCachedNorFramedAndNameNoServerVersion() throws Exception {
        start(false);
        TestServer.StaffClient boss = server.staff("boss", Role.SUPERVISOR);
        for (String path : List.of("/api/v1/supervisor/queues", "/staff/dashboard", "/api/v1/auth/me")) {
            HttpResponse<String> r = server.as(boss, "GET", path, null).response();
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).as(path)
                    .contains("frame-ancestors 'none'");
            assertThat(r.headers().firstValue("Server").orElse("")).as(path).doesNotContainIgnoringCase("jetty");
        }
    }

    /** ASVS 13.2.5 / 4.2.2: a cross-site form can post text/plain without a preflight: JSON bodies only. */
    @Test
    void aJsonBodySentAsAFormIsRefused() throws Exception {
        start(false);
        server.app.staff().create("test", "clerk", "Clerk", Role.COUNTER_STAFF, TestServer.PASSWORD.toCharArray());
        String body = "{\"username\":\"clerk\",\"password\":\"" + TestServer.PASSWORD + "\"}";
        HttpResponse<String> r = server.http.send(HttpRequest.newBuilder(URI.create(server.base()
                + "/api/v1/auth/login")).header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers
                .ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(415);
        assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
    }

    /** ASVS 4.2.2: every staff state change, on every route, needs the session's CSRF token. */
    @Test
    void everyStaffStateChangeNeedsTheCsrfToken() throws Exception {
        start(false);
        TestServer.StaffClient admin = server.staff("admin", Role.ADMIN);
        List<String> unprotected = new ArrayList<>();
        for (RouteTable.Route route : server.app.routes()) {
            if (route.method().equals("GET") || route.access().contains(Access.PUBLIC)
                    || route.access().equals(List.of(Access.KIOSK)) || route.access().equals(List.of(Access.GATEWAY))
                    || route.access().equals(List.of(Access.RATING_DEVICE))) {
                // Device routes take a bearer token, never the session cookie: nothing for a cross-site form to ride on.
                continue;
            }
            String path = route.path().replaceAll("\\{[^}]+}", "1");
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.base() + path))
                    .method(route.method(), HttpRequest.BodyPublishers.ofString("{}"))
                    .header("Content-Type", "application/json").header("Cookie", admin.cookie());
            int status = server.http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 403) {
                unprotected.add(route.method() + " " + route.path() + " -> " + status);
            }
        }
        assertThat(unprotected).isEmpty();
        assertThat(me(admin)).as("nothing above logged the admin out").isEqualTo(200);
    }
}
