package vn.onestop.kiosk.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import vn.onestop.server.staff.Role;

/** A counter officer on the real server: an account made for the test, a login, then GETs with the session cookie. */
final class StaffClient {
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String cookie;

    StaffClient(InProcessServer server) throws Exception {
        this.base = server.url();
        server.app().staff().create("test", "canbo1", "Cán bộ một cửa", Role.COUNTER_STAFF,
                "mat-khau-du-dai-1".toCharArray());
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"canbo1\",\"password\":\"mat-khau-du-dai-1\"}"))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (login.statusCode() != 200) {
            throw new IllegalStateException("staff login answered " + login.statusCode() + ": " + login.body());
        }
        this.cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    /** The body of a staff GET; fails on any status but 200. */
    byte[] get(String path) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie)
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + r.statusCode());
        }
        return r.body();
    }
}
