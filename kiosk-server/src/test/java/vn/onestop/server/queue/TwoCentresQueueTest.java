package vn.onestop.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.onestop.server.ServerSuite;
import vn.onestop.server.TestServer;
import vn.onestop.server.db.Rows;
import vn.onestop.server.staff.Role;
import vn.onestop.testkit.Wait;

/**
 * Issue 21: two centres on one server, on SQLite and PostgreSQL. The centre 'main' (X) is the one every install
 * has; the centre 'xa-y' (Y) is made as the admin pages will make it: a row in {@code centre}, its services and
 * priority classes from {@link CentreSetup#seedNewCentre}, a counter, a kiosk enrolled with a code of Y, a clerk
 * whose role is at Y.
 */
class TwoCentresQueueTest extends ServerSuite {
    String kioskX;
    String kioskY;
    TestServer.StaffClient clerkX;
    TestServer.StaffClient clerkY;

    @BeforeEach
    void secondCentre() throws Exception {
        long now = server.clock.millis();
        server.db.write(c -> {
            Rows.update(c, "INSERT INTO centre (id, name_vi, name_en, kind, agency_code, time_zone, created_at, "
                    + "updated_at) VALUES ('xa-y', 'Trung tâm phục vụ hành chính công xã Y', 'Y commune centre', "
                    + "'commune', '000.00.00.Y01', 'Asia/Ho_Chi_Minh', ?, ?)", now, now);
            new CentreSetup(TestServer.config()).seedNewCentre(c, "xa-y");
            // A service only Y has.
            Rows.update(c, "INSERT INTO service (centre_id, code, name_vi, name_en, position) "
                    + "VALUES ('xa-y', 'Z', 'Đất đai xã Y', 'Land, commune Y', 99)");
            Rows.update(c, "INSERT INTO counter (id, name, services, is_open, priority_streak, centre_id) "
                    + "VALUES ('xa-y-1', 'Quầy 1 xã Y', 'A', 0, 0, 'xa-y')");
            return null;
        });
        kioskX = server.enrolKiosk("kiosk X");
        String codeY = server.app.kiosks().createEnrolmentCode("test", "xa-y");
        kioskY = server.send("POST", "/api/v1/kiosk/enrol", Map.of("enrolmentCode", codeY, "kioskName", "kiosk Y"),
                null, null).json().get("token").asText();
        clerkX = server.staff("clerk-x", Role.COUNTER_STAFF);
        server.app.staff().create("test", "clerk-y", "Clerk Y", Role.COUNTER_STAFF, TestServer.PASSWORD.toCharArray());
        server.db.write(c -> Rows.update(c, "UPDATE staff_grant SET centre_id = 'xa-y' WHERE username = 'clerk-y'"));
        clerkY = server.login("clerk-y", TestServer.PASSWORD);
    }

    private JsonNode issue(String kiosk, String service, String key) throws Exception {
        TestServer.Reply r = server.kiosk(kiosk, "POST", "/api/v1/tickets", Map.of("idempotencyKey", key,
                "serviceCode", service));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private TestServer.Reply next(TestServer.StaffClient clerk, String counter) throws Exception {
        return server.as(clerk, "POST", "/api/v1/counters/" + counter + "/next", null);
    }

    @Test
    void bothCentresIssueA001AndEachClerkCallsOnlyTheirOwnCentresTickets() throws Exception {
        JsonNode atY = issue(kioskY, "A", "centre-y-0001");
        server.clock.advance(Duration.ofMinutes(1));
        JsonNode atX = issue(kioskX, "A", "centre-x-0001");
        assertThat(atY.get("displayNumber").asText()).isEqualTo("A001");
        assertThat(atX.get("displayNumber").asText()).as("numbering is per centre").isEqualTo("A001");
        assertThat(atX.get("peopleAhead").asInt()).as("Y's waiting ticket is not ahead at X").isZero();

        assertThat(server.as(clerkX, "POST", "/api/v1/counters/1/open", null).status()).isEqualTo(204);
        TestServer.Reply first = next(clerkX, "1");
        assertThat(first.json().get("id").asText()).as("X's clerk gets X's ticket, though Y's is older")
                .isEqualTo(atX.get("id").asText());
        assertThat(next(clerkX, "1").status()).as("nothing left at X: Y's ticket is never called at X")
                .isEqualTo(204);

        assertThat(server.as(clerkY, "POST", "/api/v1/counters/xa-y-1/open", null).status()).isEqualTo(204);
        assertThat(next(clerkY, "xa-y-1").json().get("id").asText()).isEqualTo(atY.get("id").asText());

        // A counter of the other centre is the same answer as one that does not exist.
        TestServer.Reply otherCounter = next(clerkX, "xa-y-1");
        TestServer.Reply unknown = next(clerkX, "no-such");
        assertThat(otherCounter.status()).isEqualTo(404).isEqualTo(unknown.status());
        assertThat(server.as(clerkX, "GET", "/api/v1/counters/xa-y-1/state", null).status()).isEqualTo(404);
        TestServer.StaffClient supervisorX = server.staff("super-x", Role.SUPERVISOR);
        assertThat(server.as(supervisorX, "POST", "/api/v1/counters/xa-y-1/open", null).status()).isEqualTo(404);
        // Another centre's ticket is unknown to X's kiosk and X's staff.
        assertThat(server.kiosk(kioskX, "GET", "/api/v1/tickets/" + atY.get("id").asText(), null).status())
                .isEqualTo(404);
        // X's overview lists only X's counters.
        assertThat(server.as(supervisorX, "GET", "/api/v1/supervisor/counters", null).body()).doesNotContain("xa-y-1");
    }

    @Test
    void aKioskEnrolledAtXIssuesAtXOnlyAndGetsItsCentresConfiguration() throws Exception {
        TestServer.Reply onlyY = server.kiosk(kioskX, "POST", "/api/v1/tickets", Map.of("idempotencyKey",
                "centre-x-zzzz", "serviceCode", "Z"));
        assertThat(onlyY.status()).as("a service only Y has").isEqualTo(400);
        assertThat(onlyY.body()).contains("Z");
        // Naming Y changes nothing: a kiosk issues at the centre it was enrolled at.
        TestServer.Reply named = server.send("POST", "/api/v1/tickets?centre=xa-y", Map.of("idempotencyKey",
                "centre-x-0002", "serviceCode", "A"), Map.of("Authorization", "Bearer " + kioskX,
                        "X-Onestop-Centre", "xa-y"), null);
        assertThat(named.status()).isEqualTo(201);
        TestServer.StaffClient supervisorY = supervisorAtY();
        JsonNode queuesY = server.as(supervisorY, "GET", "/api/v1/supervisor/queues", null).json();
        assertThat(queuesY.findValues("waiting").stream().mapToInt(JsonNode::asInt).sum())
                .as("nothing waits at Y").isZero();
        assertThat(server.as(clerkX, "GET", "/api/v1/supervisor/queues", null).json().get(0).get("waiting").asInt())
                .isEqualTo(1);
        assertThat(issue(kioskY, "Z", "centre-y-zzzz").get("displayNumber").asText()).isEqualTo("Z001");

        TestServer.Reply configX = server.kiosk(kioskX, "GET", "/api/v1/kiosk/config", null);
        TestServer.Reply configY = server.kiosk(kioskY, "GET", "/api/v1/kiosk/config", null);
        assertThat(configY.status()).as(configY.body()).isEqualTo(200);
        assertThat(configY.json().get("centreName").asText()).isEqualTo("Trung tâm phục vụ hành chính công xã Y");
        assertThat(configY.json().get("services").findValuesAsText("code")).contains("A", "Z");
        assertThat(configX.json().get("services").findValuesAsText("code")).doesNotContain("Z");
        String etagX = configX.response().headers().firstValue("ETag").orElseThrow();
        String etagY = configY.response().headers().firstValue("ETag").orElseThrow();
        assertThat(etagY).isNotEqualTo(etagX);
        assertThat(server.send("GET", "/api/v1/kiosk/config", null, Map.of("Authorization", "Bearer " + kioskX,
                "If-None-Match", etagY), null).status()).as("Y's ETag is not X's").isEqualTo(200);
        assertThat(server.send("GET", "/api/v1/kiosk/config", null, Map.of("Authorization", "Bearer " + kioskY,
                "If-None-Match", etagY), null).status()).isEqualTo(304);
        // A renamed service reaches Y's kiosks through a new ETag once the change is published.
        server.db.write(c -> {
            Rows.update(c, "UPDATE service SET name_vi = 'Đất đai (mới)' WHERE centre_id = 'xa-y' AND code = 'Z'");
            server.app.events().publish(c, CentreSettings.CHANGED, Map.of("centreId", "xa-y", "what", "services"));
            return null;
        });
        Wait.until(() -> !etagY.equals(etag(kioskY)), Duration.ofSeconds(5), "Y's configuration ETag changes");
        assertThat(server.kiosk(kioskY, "GET", "/api/v1/kiosk/config", null).body()).contains("Đất đai (mới)");
        assertThat(server.kiosk(kioskX, "GET", "/api/v1/kiosk/config", null).response().headers()
                .firstValue("ETag").orElseThrow()).as("X's configuration is untouched").isEqualTo(etagX);
    }

    private String etag(String kiosk) {
        try {
            return server.kiosk(kiosk, "GET", "/api/v1/kiosk/config", null).response().headers().firstValue("ETag")
                    .orElseThrow();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private TestServer.StaffClient supervisorAtY() throws Exception {
        server.app.staff().create("test", "super-y", "Supervisor Y", Role.SUPERVISOR,
                TestServer.PASSWORD.toCharArray());
        server.db.write(c -> Rows.update(c, "UPDATE staff_grant SET centre_id = 'xa-y' WHERE username = 'super-y'"));
        return server.login("super-y", TestServer.PASSWORD);
    }

    @Test
    void aCounterGivenASecondServiceCallsFromItOnTheNextPress() throws Exception {
        JsonNode land = issue(kioskY, "Z", "centre-y-land");
        assertThat(server.as(clerkY, "POST", "/api/v1/counters/xa-y-1/open", null).status()).isEqualTo(204);
        assertThat(next(clerkY, "xa-y-1").status()).as("counter y-1 calls from A only").isEqualTo(204);
        // What the admin pages do: write the counter row and publish the change in the same transaction.
        server.db.write(c -> {
            Rows.update(c, "UPDATE counter SET services = 'A,Z' WHERE id = 'xa-y-1'");
            server.app.events().publish(c, CentreSettings.CHANGED, Map.of("centreId", "xa-y", "what", "counters"));
            return null;
        });
        TestServer.Reply called = next(clerkY, "xa-y-1");
        assertThat(called.status()).isEqualTo(200);
        assertThat(called.json().get("id").asText()).isEqualTo(land.get("id").asText());
        assertThat(server.as(clerkY, "GET", "/api/v1/counters/xa-y-1/state", null).body()).contains("\"Z\"");
    }

    @Test
    void eachDisplayAndStaffStreamShowsOnlyItsCentresCalls() throws Exception {
        issue(kioskY, "A", "centre-y-0001");
        issue(kioskX, "A", "centre-x-0001");
        List<String> hallX = stream("/api/v1/display/events?centre=main", null);
        List<String> staffX = stream("/api/v1/events", clerkX);
        List<String> hallY = stream("/api/v1/display/events?centre=xa-y", null);
        server.as(clerkY, "POST", "/api/v1/counters/xa-y-1/open", null);
        next(clerkY, "xa-y-1");
        server.as(clerkX, "POST", "/api/v1/counters/1/open", null);
        next(clerkX, "1");
        Wait.until(() -> hallX.stream().anyMatch(l -> l.contains("\"counterId\":\"1\"")), Duration.ofSeconds(5),
                "X's call on X's hall display");
        Wait.until(() -> staffX.stream().anyMatch(l -> l.contains("\"counterId\":\"1\"")), Duration.ofSeconds(5),
                "X's call on X's staff stream");
        Wait.until(() -> hallY.stream().anyMatch(l -> l.contains("\"counterId\":\"xa-y-1\"")), Duration.ofSeconds(5),
                "Y's call on Y's hall display " + hallY);
        // Y's call came first: had X's streams carried it, it would be there before X's.
        assertThat(hallX).noneMatch(l -> l.contains("xa-y-1"));
        assertThat(staffX).noneMatch(l -> l.contains("xa-y-1") || l.contains("\"centreId\":\"xa-y\""));
        assertThat(hallY).noneMatch(l -> l.contains("\"counterId\":\"1\""));

        JsonNode boardX = server.send("GET", "/api/v1/display/state?centre=main", null, null, null).json();
        JsonNode boardY = server.send("GET", "/api/v1/display/state?centre=xa-y", null, null, null).json();
        assertThat(boardX.get("calls").findValuesAsText("counterId")).containsExactly("1");
        assertThat(boardY.get("calls").findValuesAsText("counterId")).containsExactly("xa-y-1");
        assertThat(boardY.get("counters").findValuesAsText("id")).containsExactly("xa-y-1");
        assertThat(server.send("GET", "/api/v1/display/state?centre=nowhere", null, null, null).status())
                .isEqualTo(404);
        // Naming a centre one holds no role in is refused; watching every centre needs a province-wide role.
        assertThat(server.as(clerkX, "GET", "/api/v1/supervisor/queues?centre=xa-y", null).status()).isEqualTo(403);
        assertThat(server.as(clerkX, "GET", "/api/v1/supervisor/queues?centre=*", null).status()).isEqualTo(403);
    }

    /** Opens an SSE stream (a staff member's when {@code staff} is set) and collects its lines until connected. */
    private List<String> stream(String path, TestServer.StaffClient staff) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.base() + path))
                .header("Accept", "text/event-stream").GET();
        if (staff != null) {
            b.header("Cookie", staff.cookie());
        }
        HttpResponse<InputStream> r = server.http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (java.io.IOException e) {
                // the server stopped at the end of the test
            }
        }, "stream " + path);
        reader.setDaemon(true);
        reader.start();
        Wait.until(() -> lines.stream().anyMatch(l -> l.startsWith(":") && l.contains("connected")),
                Duration.ofSeconds(5), "the stream " + path + " to connect");
        return lines;
    }
}
