package vn.onestop.server.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.server.ServerConfig;
import vn.onestop.server.TestServer;
import vn.onestop.server.staff.Role;

/**
 * The mobile ticket's public API (issue 24) on a real server: a link only when the centre lets phones in, the
 * ticket's state, "I am coming back" once, cancel, one answer for unknown and expired links, the per-address limit
 * on wrong links, the link dying with the service day, the live stream, and a kiosk rating a ticket by its link.
 */
class MobileTicketApiTest {
    static final String BASE = "https://hcc.example.vn";
    /** 08:00 in Vietnam; the service day 2026-11-25 ends at 17:00 UTC. */
    static final Instant MORNING = Instant.parse("2026-11-25T01:00:00Z");
    @TempDir
    Path dir;
    TestServer server;
    String kiosk;
    TestServer.StaffClient clerk;

    private void start(MobileSettings mobile) throws Exception {
        ServerConfig config = TestServer.config().toBuilder().mobile(mobile).build();
        server = new TestServer(dir, config, MORNING);
        kiosk = server.enrolKiosk("Sảnh A");
        clerk = server.staff("clerk", Role.COUNTER_STAFF);
    }

    private void startOn() throws Exception {
        start(MobileSettings.off().withBaseUrl(BASE + "/"));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private JsonNode issue(String key, String service) throws Exception {
        TestServer.Reply r = server.kiosk(kiosk, "POST", "/api/v1/tickets", Map.of("idempotencyKey", key,
                "serviceCode", service));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private static String token(JsonNode issued) {
        String url = issued.get("followUrl").asText();
        assertThat(url).startsWith(BASE + "/t/");
        return url.substring((BASE + "/t/").length());
    }

    private TestServer.Reply phone(String method, String token, String action) throws Exception {
        return server.send(method, "/api/v1/mobile/tickets/" + token + action, null, null, null);
    }

    private JsonNode state(String token) throws Exception {
        TestServer.Reply r = phone("GET", token, "");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private long count(String sql, Object... params) {
        return server.db.read(c -> vn.onestop.server.db.Rows.count(c, sql, params));
    }

    private void open(String counter) throws Exception {
        assertThat(server.as(clerk, "POST", "/api/v1/counters/" + counter + "/open", null).status()).isLessThan(300);
    }

    private TestServer.Reply next(String counter) throws Exception {
        return server.as(clerk, "POST", "/api/v1/counters/" + counter + "/next", null);
    }

    @Test
    void withoutAPublicAddressTicketsCarryNoLinkAndThePhoneRoutesKnowNothing() throws Exception {
        start(MobileSettings.off());
        JsonNode issued = issue("key-off-0001", "A");
        assertThat(issued.get("followUrl").isNull()).isTrue();
        assertThat(count("SELECT COUNT(*) FROM mobile_ticket")).as("no token is made while the feature is off").isZero();
        assertThat(phone("GET", "0".repeat(48), "").status()).isEqualTo(404);
    }

    @Test
    void theLinkShowsTheTicketAndItParksOnceAndCancels() throws Exception {
        startOn();
        JsonNode a1 = issue("key-on-00001", "A");
        issue("key-on-00002", "A");
        JsonNode a3 = issue("key-on-00003", "A");
        String token = token(a3);
        assertThat(token).matches("[0-9a-f]{48}").doesNotContain(a3.get("id").asText());
        assertThat(token(a1)).isNotEqualTo(token);
        assertThat(count("SELECT COUNT(*) FROM mobile_ticket WHERE token_hash = ?", token)).as("only a hash is stored")
                .isZero();
        // A repeated issue (lost reply) gives the same ticket with a new link; the earlier one stops working.
        JsonNode again = issue("key-on-00003", "A");
        assertThat(again.get("id").asText()).isEqualTo(a3.get("id").asText());
        assertThat(phone("GET", token, "").status()).isEqualTo(404);
        token = token(again);

        TestServer.Reply page = server.send("GET", "/t/" + token, null, null, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("/static/js/mobile-ticket.js").doesNotContain("<script>");

        TestServer.Reply first = phone("GET", token, "");
        JsonNode s = first.json();
        assertThat(s.get("number").asText()).isEqualTo("A003");
        assertThat(s.get("status").asText()).isEqualTo("waiting");
        assertThat(s.get("peopleAhead").asInt()).isEqualTo(2);
        assertThat(s.get("serviceNameVi").asText()).isNotBlank();
        assertThat(s.get("serviceNameEn").asText()).isNotBlank().isNotEqualTo(s.get("serviceNameVi").asText());
        assertThat(s.get("canPark").asBoolean()).isTrue();
        assertThat(s.get("canCancel").asBoolean()).isTrue();
        assertThat(first.body()).as("no ticket id on the phone").doesNotContain(a3.get("id").asText());

        open("1");
        assertThat(next("1").json().get("displayNumber").asText()).isEqualTo("A001");
        assertThat(state(token).get("peopleAhead").asInt()).isEqualTo(1);

        JsonNode parked = phone("POST", token, "/park").json();
        assertThat(parked.get("status").asText()).isEqualTo("parked");
        assertThat(Instant.parse(parked.get("parkedUntil").asText())).isEqualTo(MORNING.plus(Duration.ofMinutes(10)));
        assertThat(parked.get("canPark").asBoolean()).isFalse();
        assertThat(parked.get("canReturn").asBoolean()).isTrue();
        TestServer.Reply twice = phone("POST", token, "/park");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("detail").asText()).contains("already used");

        // While parked, counters pass the ticket by.
        assertThat(next("1").json().get("displayNumber").asText()).isEqualTo("A002");
        assertThat(next("1").status()).as("nobody else waits").isIn(200, 204);
        assertThat(server.as(clerk, "GET", "/api/v1/counters/1/state", null).json().get("current").isNull()).isTrue();

        server.clock.advance(Duration.ofMinutes(9));
        assertThat(server.app.mobile().returnDue()).isZero();
        server.clock.advance(Duration.ofMinutes(1));
        assertThat(server.app.mobile().returnDue()).isEqualTo(1);
        JsonNode back = state(token);
        assertThat(back.get("status").asText()).isEqualTo("waiting");
        assertThat(back.get("peopleAhead").asInt()).isZero();
        assertThat(back.get("canPark").asBoolean()).as("once per ticket").isFalse();

        JsonNode cancelled = phone("POST", token, "/cancel").json();
        assertThat(cancelled.get("status").asText()).isEqualTo("voided");
        assertThat(cancelled.get("canCancel").asBoolean()).isFalse();
        assertThat(phone("POST", token, "/cancel").status()).as("a second cancel changes nothing").isEqualTo(200);
        assertThat(next("1").status()).as("the cancelled ticket is never called").isIn(200, 204);
        assertThat(server.as(clerk, "GET", "/api/v1/counters/1/state", null).json().get("current").isNull()).isTrue();
    }

    @Test
    void aCalledTicketShowsItsCounterAndCannotBeCancelledAnyMore() throws Exception {
        startOn();
        String token = token(issue("key-call-0001", "A"));
        open("2");
        next("2");
        JsonNode s = state(token);
        assertThat(s.get("status").asText()).isEqualTo("called");
        assertThat(s.get("counterId").asText()).isEqualTo("2");
        assertThat(s.get("counterName").asText()).isEqualTo("Quầy 2");
        assertThat(s.get("canCancel").asBoolean()).isFalse();
        assertThat(phone("POST", token, "/cancel").status()).isEqualTo(409);
        // "I am coming back" when called: the counter is free to call the next citizen meanwhile.
        assertThat(phone("POST", token, "/park").json().get("status").asText()).isEqualTo("parked");
        assertThat(phone("POST", token, "/back").json().get("status").asText()).isEqualTo("waiting");
        assertThat(next("2").json().get("displayNumber").asText()).as("back in its place").isEqualTo("A001");
    }

    @Test
    void unknownMalformedAndExpiredLinksGetTheSameAnswerAndTheLinkDiesWithTheDay() throws Exception {
        startOn();
        String token = token(issue("key-exp-0001", "A"));
        TestServer.Reply unknown = phone("GET", "ab".repeat(24), "");
        TestServer.Reply malformed = phone("GET", "not-a-token", "");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(malformed.body()).isEqualTo(unknown.body());

        server.clock.set(Instant.parse("2026-11-25T16:59:59Z")); // 23:59:59 in Vietnam
        assertThat(state(token).get("number").asText()).isEqualTo("A001");
        server.clock.set(Instant.parse("2026-11-25T17:00:00Z")); // midnight: the service day is over
        TestServer.Reply expired = phone("GET", token, "");
        assertThat(expired.status()).isEqualTo(404);
        assertThat(expired.body()).isEqualTo(unknown.body());
        assertThat(phone("POST", token, "/cancel").body()).isEqualTo(unknown.body());
        assertThat(phone("GET", token, "/events").status()).isEqualTo(404);
    }

    @Test
    void anAddressThatTriesTooManyWrongLinksWaitsWhateverItAsksNext() throws Exception {
        start(new MobileSettings(BASE, 10, 5, 100, 10));
        String token = token(issue("key-lim-0001", "A"));
        for (int i = 0; i < 20; i++) {
            assertThat(phone("GET", token, "").status()).as("a phone polling its own ticket is never limited")
                    .isEqualTo(200);
        }
        for (int i = 0; i < 5; i++) {
            assertThat(phone("GET", String.format("%048x", i), "").status()).isEqualTo(404);
        }
        TestServer.Reply limited = phone("GET", token, "");
        assertThat(limited.status()).as("even a good link, so the limit tells nothing about links").isEqualTo(429);
        assertThat(phone("GET", String.format("%048x", 99), "").status()).isEqualTo(429);
        server.clock.advance(Duration.ofMinutes(16));
        assertThat(phone("GET", token, "").status()).isEqualTo(200);
    }

    @Test
    void manyPhonesBehindOneAddressOpenTheirPagesAtOnce() throws Exception {
        // Phones on a carrier's NAT share one public address; honest links are never counted against it.
        start(new MobileSettings(BASE, 10, 5, 100, 10));
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            tokens.add(token(issue(String.format("key-nat-%04d", i), "A")));
        }
        ExecutorService phones = Executors.newFixedThreadPool(20);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String t : tokens) {
                answers.add(phones.submit(() -> phone("GET", t, "").status()));
            }
            for (Future<Integer> a : answers) {
                assertThat(a.get(30, TimeUnit.SECONDS)).as("40 phones, one address, maxBadTokens 5").isEqualTo(200);
            }
        } finally {
            phones.shutdownNow();
        }
        for (int i = 0; i < 5; i++) {
            assertThat(phone("GET", String.format("%048x", i), "").status()).isEqualTo(404);
        }
        assertThat(phone("GET", tokens.get(0), "").status()).as("wrong links are still limited").isEqualTo(429);
    }

    @Test
    void phonesReadTogetherSeeTheSamePlacesAsEachAlone() throws Exception {
        startOn();
        List<String> tokens = new ArrayList<>();
        tokens.add(token(issue("key-tog-0001", "A")));
        tokens.add(token(issue("key-tog-0002", "B")));
        tokens.add(token(issue("key-tog-0003", "A")));
        TestServer.Reply elderly = server.kiosk(kiosk, "POST", "/api/v1/tickets", Map.of("idempotencyKey",
                "key-tog-0004", "serviceCode", "A", "priorityClass", "elderly"));
        assertThat(elderly.status()).as(elderly.body()).isEqualTo(201);
        tokens.add(token(elderly.json()));
        tokens.add(token(issue("key-tog-0005", "A")));
        tokens.add(token(issue("key-tog-0006", "B")));
        open("2");
        next("2");
        MobileTickets mobile = server.app.mobile();
        List<MobileTickets.Followed> followed = tokens.stream().map(mobile::followed).toList();
        Map<String, MobileTicketState> together = mobile.statesOf("main", followed.stream()
                .map(MobileTickets.Followed::ticketId).toList());
        for (int i = 0; i < tokens.size(); i++) {
            assertThat(together.get(followed.get(i).ticketId())).as("ticket " + (i + 1))
                    .isEqualTo(mobile.state(tokens.get(i)));
        }
        assertThat(together.values().stream().map(MobileTicketState::peopleAhead).toList())
                .as("places in two services' queues, with a priority ticket among them").contains(0, 1, 2);
        server.clock.advance(Duration.ofDays(1));
        assertThat(mobile.statesOf("main", List.of(followed.get(0).ticketId())).get(followed.get(0).ticketId()))
                .as("a link past its day has no state").isNull();
    }

    @Test
    void theStreamSendsTheStateAgainWhenTheQueueMoves() throws Exception {
        startOn();
        issue("key-sse-0001", "A");
        String token = token(issue("key-sse-0002", "A"));
        HttpResponse<InputStream> r = server.http.send(HttpRequest.newBuilder(URI.create(server.base()
                + "/api/v1/mobile/tickets/" + token + "/events")).header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(r.statusCode()).isEqualTo(200);
        try (InputStream body = r.body()) {
            BlockingQueue<JsonNode> states = states(body);
            assertThat(states.poll(10, TimeUnit.SECONDS).get("peopleAhead").asInt()).isEqualTo(1);
            open("2");
            next("2");
            assertThat(states.poll(10, TimeUnit.SECONDS).get("peopleAhead").asInt()).isZero();
            next("2");
            JsonNode called = states.poll(10, TimeUnit.SECONDS);
            assertThat(called.get("status").asText()).isEqualTo("called");
            assertThat(called.get("counterName").asText()).isEqualTo("Quầy 2");
        }
    }

    @Test
    void aKioskThatScansTheLinkRatesTheTicketBehindIt() throws Exception {
        startOn();
        JsonNode issued = issue("key-rate-0001", "A");
        String ref = MobileTickets.REF_PREFIX + token(issued);
        assertThat(server.kiosk(kiosk, "GET", "/api/v1/ratings/tickets/" + ref, null).json().get("state").asText())
                .isEqualTo(vn.onestop.core.wire.TicketRatingCheck.NOT_SERVED);
        open("1");
        String id = next("1").json().get("id").asText();
        server.as(clerk, "POST", "/api/v1/counters/1/tickets/" + id + "/complete", null);
        assertThat(server.kiosk(kiosk, "GET", "/api/v1/ratings/tickets/" + ref, null).json().get("state").asText())
                .isEqualTo(vn.onestop.core.wire.TicketRatingCheck.RATABLE);
        TestServer.Reply rated = server.kiosk(kiosk, "POST", "/api/v1/ratings", Map.of("ticketId", ref, "score", 5,
                "reasons", java.util.List.of()));
        assertThat(rated.status()).as(rated.body()).isEqualTo(204);
        assertThat(server.kiosk(kiosk, "GET", "/api/v1/ratings/tickets/" + id, null).json().get("state").asText())
                .isEqualTo(vn.onestop.core.wire.TicketRatingCheck.ALREADY_RATED);
    }

    /** The {@code state} events of a stream, parsed, as they arrive. */
    private BlockingQueue<JsonNode> states(InputStream body) {
        BlockingQueue<JsonNode> out = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                boolean state = false;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("event:")) {
                        state = line.substring(6).trim().equals("state");
                    } else if (state && line.startsWith("data:")) {
                        out.add(server.json.readTree(line.substring(5).trim()));
                    }
                }
            } catch (java.io.IOException e) {
                // the test closed the stream
            }
        });
        reader.setDaemon(true);
        reader.start();
        return out;
    }
}
