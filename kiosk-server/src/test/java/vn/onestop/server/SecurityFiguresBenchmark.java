package vn.onestop.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.server.staff.Role;

/**
 * The before/after figures of the security review's findings 3, 4 and 5 on loopback (bounded counts, 127.0.0.1
 * only): each prints {@code name: value unit} lines and the ratio to the baseline measured in the same run.
 */
@Tag("bench")
class SecurityFiguresBenchmark {
    @TempDir
    Path dir;

    private static long[] issue(TestServer server, String kiosk, String prefix, int n) throws Exception {
        long[] ms = new long[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            TestServer.Reply r = server.kiosk(kiosk, "POST", "/api/v1/tickets", Map.of("idempotencyKey",
                    prefix + "-" + i + "-issue-key", "serviceCode", "A"));
            if (r.status() != 201 && r.status() != 200) {
                throw new IllegalStateException("issue answered " + r.status() + " " + r.body());
            }
            ms[i] = System.nanoTime() - t;
        }
        return ms;
    }

    private static String ms(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return String.format("median %.1f ms, max %.1f ms", s[s.length / 2] / 1e6, s[s.length - 1] / 1e6);
    }

    private static Socket raw(TestServer server, String request) throws IOException {
        Socket s = new Socket("127.0.0.1", server.app.port());
        s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        return s;
    }

    private static int status(Socket s) throws IOException {
        s.setSoTimeout(10_000);
        InputStream in = s.getInputStream();
        StringBuilder line = new StringBuilder();
        for (int c; (c = in.read()) >= 0 && c != '\n'; ) {
            line.append((char) c);
        }
        String[] parts = line.toString().split(" ");
        return parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
    }

    private static double sseClients(TestServer server) throws Exception {
        return Double.parseDouble(server.send("GET", "/metrics", null, null, null).body().lines()
                .filter(l -> l.startsWith("onestop_sse_clients ")).findFirst().orElseThrow().split(" ")[1]);
    }

    /** Finding 4: 3,000 anonymous display streams, and the ticket issue latency beside them. */
    @Test
    void displayStreamsAndTicketIssue() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            String kiosk = server.enrolKiosk("Sảnh A");
            issue(server, kiosk, "warm", 200);
            long[] base = issue(server, kiosk, "base", 200);
            System.out.println("sse.issue.baseline: " + ms(base));
            List<Socket> streams = new ArrayList<>();
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (int i = 0; i < 3000; i++) {
                Socket s = raw(server, "GET /api/v1/display/events HTTP/1.1\r\nHost: x\r\nAccept: text/event-stream"
                        + "\r\n\r\n");
                streams.add(s);
                statuses.merge(status(s), 1, Integer::sum);
            }
            System.out.println("sse.open.statuses: " + statuses);
            long[] loaded = issue(server, kiosk, "loaded", 200);
            System.out.println("sse.issue.with3000: " + ms(loaded));
            for (Socket s : streams) {
                s.close();
            }
            Thread.sleep(25_000); // a figure after a fixed time, not a wait for a condition
            System.out.println("sse.clients.25sAfterClose: " + sseClients(server) + " streams");
        }
    }

    /** Finding 5: 300 connections sending a partial login body, and the display state beside them. */
    @Test
    void slowBodiesAndDisplayState() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            HttpRequest state = HttpRequest.newBuilder(URI.create(server.base() + "/api/v1/display/state"))
                    .timeout(Duration.ofSeconds(60)).build();
            long[] base = new long[20];
            for (int i = 0; i < base.length; i++) {
                long t = System.nanoTime();
                server.http.send(state, HttpResponse.BodyHandlers.ofString());
                base[i] = System.nanoTime() - t;
            }
            System.out.println("slowbody.state.baseline: " + ms(base));
            List<Socket> slow = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                slow.add(raw(server, "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json"
                        + "\r\nContent-Length: 100\r\n\r\n{\"username\":"));
            }
            Thread.sleep(1000);
            long[] loaded = new long[5];
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (int i = 0; i < loaded.length; i++) {
                long t = System.nanoTime();
                int code;
                try {
                    code = server.http.send(state, HttpResponse.BodyHandlers.ofString()).statusCode();
                } catch (java.net.http.HttpTimeoutException e) {
                    code = -1;
                }
                loaded[i] = System.nanoTime() - t;
                statuses.merge(code, 1, Integer::sum);
            }
            System.out.println("slowbody.state.with300: " + ms(loaded) + ", statuses " + statuses
                    + " (-1: no answer in 60 s)");
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    /** Finding 3: the 1.5 GB object-stream bomb: the answer, its time, and /health after it. */
    @Test
    void pdfBomb() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            String kiosk = server.enrolKiosk("Sảnh A");
            TestServer.StaffClient clerk = server.staff("clerk", Role.COUNTER_STAFF);
            String code = server.kiosk(kiosk, "POST", "/api/v1/dossiers", Filings.dossier("bomb-key-0001")).json()
                    .get("dossier").get("code").asText();
            byte[] bomb = ScanFiles.objectStreamBomb(1_500_000_000L);
            long t = System.nanoTime();
            HttpResponse<String> r = server.http.send(HttpRequest.newBuilder(URI.create(server.base()
                    + "/api/v1/staff/dossiers/" + code + "/pages")).timeout(Duration.ofMinutes(5))
                    .header("Cookie", clerk.cookie()).header("X-CSRF-Token", clerk.csrf())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bomb)).build(), HttpResponse.BodyHandlers.ofString());
            System.out.printf("pdfbomb.upload: status %d in %.0f ms (%d bytes), heap max %d MB%n", r.statusCode(),
                    (System.nanoTime() - t) / 1e6, bomb.length, Runtime.getRuntime().maxMemory() >> 20);
            System.out.println("pdfbomb.health.after: " + server.send("GET", "/health", null, null, null).status());
        }
    }
}
