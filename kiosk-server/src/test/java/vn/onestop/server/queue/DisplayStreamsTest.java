package vn.onestop.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.server.staff.Role;
import vn.onestop.server.TestServer;

/** Security review, finding 4: the public display stream is capped, and clients that left are let go. */
class DisplayStreamsTest {
    @TempDir
    Path dir;
    TestServer server;
    final List<Socket> sockets = new ArrayList<>();

    @AfterEach
    void stop() throws IOException {
        for (Socket s : sockets) {
            s.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Opens a display stream on a raw socket and returns the status of its answer. */
    private int open() throws IOException {
        Socket s = new Socket("127.0.0.1", server.app.port());
        sockets.add(s);
        s.setSoTimeout(10_000);
        s.getOutputStream().write(("GET /api/v1/display/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: "
                + "text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        InputStream in = s.getInputStream();
        StringBuilder line = new StringBuilder();
        for (int c; (c = in.read()) >= 0 && c != '\n'; ) {
            line.append((char) c);
        }
        return Integer.parseInt(line.toString().split(" ")[1]);
    }

    private int sseClients(TestServer.StaffClient tech) throws Exception {
        String metrics = server.as(tech, "GET", "/metrics", null).body();
        return (int) Double.parseDouble(metrics.lines().filter(l -> l.startsWith("onestop_sse_clients "))
                .findFirst().orElseThrow().split(" ")[1]);
    }

    private static void waitFor(Duration limit, String what, java.util.function.BooleanSupplier condition)
            throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for: " + what).isLessThan(end);
            Thread.sleep(100);
        }
    }

    @Test
    void oneAddressGetsAtMostTwentyStreams() throws Exception {
        server = new TestServer(dir);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 22; i++) {
            statuses.add(open());
        }
        assertThat(statuses.subList(0, 20)).containsOnly(200);
        assertThat(statuses.subList(20, 22)).as("past 20 streams from one address").containsOnly(429);
        sockets.get(0).close();
        waitFor(Duration.ofSeconds(30), "a freed place is given again", () -> {
            try {
                return open() == 200;
            } catch (IOException e) {
                return false;
            }
        });
    }

    @Test
    void aProvinceSetsTheCapsInItsSettings() throws Exception {
        server = new TestServer(dir, TestServer.config().toBuilder()
                .streams(new vn.onestop.server.events.StreamLimits(25, 27, 100, 1000)).build());
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            statuses.add(open());
        }
        assertThat(statuses.subList(0, 25)).as("the configured 25 per address, above the default 20")
                .containsOnly(200);
        assertThat(statuses.get(25)).as("past the configured 25 per address").isEqualTo(429);
    }

    @Test
    void streamsOfClientsThatLeftAreReleased() throws Exception {
        server = new TestServer(dir);
        TestServer.StaffClient tech = server.staff("tech", Role.ADMIN);
        int before = sseClients(tech);
        for (int i = 0; i < 10; i++) {
            assertThat(open()).isEqualTo(200);
        }
        waitFor(Duration.ofSeconds(10), "ten streams subscribed", () -> {
            try {
                return sseClients(tech) == before + 10;
            } catch (Exception e) {
                return false;
            }
        });
        for (Socket s : sockets) {
            s.close();
        }
        waitFor(Duration.ofSeconds(40), "the ten streams are released",
                () -> {
                    try {
                        return sseClients(tech) == before;
                    } catch (Exception e) {
                        return false;
                    }
                });
    }
}
