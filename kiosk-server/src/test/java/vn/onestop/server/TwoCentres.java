package vn.onestop.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import vn.onestop.server.db.Rows;
import vn.onestop.server.staff.Secrets;
import vn.onestop.server.staff.Role;

/**
 * A second centre on a test server (issue 21): centre X is the server's own 'main' (agency code H41.21 from
 * config/server.properties), centre Y a commune centre with its own agency code and counter {@value #Y_COUNTER}.
 * Rows are written directly, as the admin pages would (another branch makes those); a kiosk of Y is enrolled
 * over HTTP with an enrolment code made for Y, and staff of Y hold their role there only.
 */
public final class TwoCentres {
    public static final String X = "main";
    public static final String Y = "phuong-y";
    public static final String Y_AGENCY = "H41.99";
    public static final String Y_NAME = "Trung tâm phục vụ hành chính công phường Y";
    public static final String Y_COUNTER = "phuong-y-1";
    private final TestServer server;

    public TwoCentres(TestServer server) {
        this.server = server;
        long now = server.clock.millis();
        server.db.write(c -> {
            Rows.update(c, "INSERT INTO centre (id, name_vi, name_en, kind, province_code, agency_code, address, "
                    + "time_zone, opening_hours, created_at, updated_at) VALUES (?, ?, ?, 'commune', '01', ?, NULL, "
                    + "'Asia/Ho_Chi_Minh', NULL, ?, ?)", Y, Y_NAME, "Ward Y public service centre", Y_AGENCY, now,
                    now);
            new vn.onestop.server.queue.CentreSetup(TestServer.config()).seedNewCentre(c, Y);
            Rows.update(c, "INSERT INTO counter (id, name, services, is_open, priority_streak, centre_id) VALUES "
                    + "(?, ?, 'A', 0, 0, ?)", Y_COUNTER, "Quầy 1 phường Y", Y);
            return null;
        });
    }

    /** Enrols a kiosk at centre Y (an enrolment code made for Y) and returns its bearer token. */
    public String enrolKioskAtY(String name) throws Exception {
        String code = server.app.kiosks().createEnrolmentCode("test");
        server.db.write(c -> Rows.update(c, "UPDATE enrolment_code SET centre_id = ? WHERE code_hash = ?", Y,
                Secrets.sha256(code)));
        TestServer.Reply r = server.send("POST", "/api/v1/kiosk/enrol", Map.of("enrolmentCode", code,
                "kioskName", name), null, null);
        if (r.status() != 201) {
            throw new AssertionError("enrolment at Y failed: " + r.body());
        }
        return r.json().get("token").asText();
    }

    /** A staff member whose only role is {@code role} at centre Y, logged in. */
    public TestServer.StaffClient staffAtY(String username, Role role) throws Exception {
        server.app.staff().create("test", username, "Cán bộ " + username, role, TestServer.PASSWORD.toCharArray());
        server.db.write(c -> Rows.update(c, "UPDATE staff_grant SET centre_id = ? WHERE username = ?", Y, username));
        return server.login(username, TestServer.PASSWORD);
    }

    /** A staff member's open event stream ({@code /api/v1/events}); its lines arrive in a queue. */
    public static final class Stream implements AutoCloseable {
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final InputStream body;
        private final TestServer server;

        public Stream(TestServer server, TestServer.StaffClient staff) throws Exception {
            this.server = server;
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.base() + "/api/v1/events"))
                    .header("Cookie", staff.cookie()).header("Accept", "text/event-stream").GET().build();
            HttpResponse<InputStream> r = server.http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (r.statusCode() != 200) {
                throw new AssertionError("event stream answered HTTP " + r.statusCode());
            }
            body = r.body();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                    }
                } catch (java.io.IOException e) {
                    lines.add("closed");
                }
            }, "test-sse");
            reader.setDaemon(true);
            reader.start();
            if (lines.poll(10, TimeUnit.SECONDS) == null) {
                throw new AssertionError("the event stream sent nothing within 10 s");
            }
        }

        /** The data of every event of {@code type} until {@code count} of them arrived; fails after 10 s. */
        public List<JsonNode> next(String type, int count) throws Exception {
            List<JsonNode> found = new ArrayList<>();
            String event = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (found.size() < count && System.nanoTime() < deadline) {
                String line = lines.poll(100, TimeUnit.MILLISECONDS);
                if (line == null) {
                    continue;
                }
                if (line.startsWith("event:")) {
                    event = line.substring(6).trim();
                } else if (line.startsWith("data:") && type.equals(event)) {
                    found.add(server.json.readTree(line.substring(5).trim()));
                }
            }
            if (found.size() < count) {
                throw new AssertionError("only " + found.size() + " of " + count + " " + type + " events in 10 s");
            }
            return found;
        }

        @Override
        public void close() throws Exception {
            body.close();
        }
    }
}
