package vn.onestop.kiosk.gateway;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.device.serial.SerialSettings;
import vn.onestop.testkit.RequiresSocat;
import vn.onestop.testkit.Wait;

/**
 * Call-to-display latency: from the official's "next" (HTTP, real server) to the display frame read at the device end
 * of the pty bus, against the same call's live event reaching a plain HTTP client reading the hall display's SSE
 * stream (it stands in for a browser) in the same run. A pty passes bytes at memory speed: the serial wire time of
 * the frame at the profile's baud rate is computed from its byte count and printed apart.
 */
@Tag("bench")
@RequiresSocat
class GatewayLatencyBench {
    private static final int WARMUP = 10;
    private static final int CALLS = 80;

    @TempDir
    Path dir;

    @Test
    void callToDisplayAgainstSseDelivery() throws Exception {
        try (GatewayRig rig = new GatewayRig(dir)) {
            Wait.until(() -> rig.gateway.display("2").streamLive(), Duration.ofSeconds(10), "gateway stream live");
            Map<String, Long> sseSeen = new ConcurrentHashMap<>();
            Thread reader = sseReader(rig, sseSeen);
            List<String> numbers = new ArrayList<>();
            for (int i = 0; i < WARMUP + CALLS; i++) {
                numbers.add(rig.issue("A"));
            }
            GatewayRig.Staff clerk = rig.official("bench-clerk");
            rig.as(clerk, "/api/v1/counters/2/open");
            List<Double> display = new ArrayList<>();
            List<Double> sse = new ArrayList<>();
            for (int i = 0; i < numbers.size(); i++) {
                String number = numbers.get(i);
                long t0 = System.nanoTime();
                rig.as(clerk, "/api/v1/counters/2/next");
                Wait.until(() -> frameFor(rig, number) != null && sseSeen.containsKey(number), Duration.ofSeconds(5),
                        "display frame and SSE event for " + number);
                if (i >= WARMUP) {
                    display.add((frameFor(rig, number).nanos() - t0) / 1e6);
                    sse.add((sseSeen.get(number) - t0) / 1e6);
                }
            }
            reader.interrupt();
            Collections.sort(display);
            Collections.sort(sse);
            double d50 = pct(display, 50);
            double s50 = pct(sse, 50);
            System.out.printf("gateway-call-to-display-pty-p50: %.2f ms%n", d50);
            System.out.printf("gateway-call-to-display-pty-p99: %.2f ms%n", pct(display, 99));
            System.out.printf("sse-call-to-client-p50: %.2f ms%n", s50);
            System.out.printf("sse-call-to-client-p99: %.2f ms%n", pct(sse, 99));
            System.out.printf("gateway-display-vs-sse-ratio-p50: %.2f x%n", d50 / s50);
            System.out.printf("gateway-display-vs-sse-ratio-p99: %.2f x%n", pct(display, 99) / pct(sse, 99));
            int bytes = 3 + 4 + 2; // generic-binary-crc16: address, command, length, 4 text cells, CRC-16
            double wire = SerialSettings.of("/dev/null", 9600).wireMillis(bytes);
            System.out.printf("display-frame-wire-time-9600-8n1: %.2f ms (computed: %d bytes x 10 bits / 9600 baud; "
                    + "the pty times above are not serial times)%n", wire, bytes);
            System.out.printf("gateway-call-to-display-estimated-on-9600-baud-p50: %.2f ms%n", d50 + wire);
            System.out.printf("calls: %d count%n", display.size());
        }
    }

    private static DisplayWire.Frame frameFor(GatewayRig rig, String number) {
        return rig.wire.at(2).stream().filter(f -> f.command() == DisplayWire.SHOW && f.text().equals(number))
                .findFirst().orElse(null);
    }

    /** A plain HTTP client reading the hall display's event stream, noting when each called number arrives. */
    private static Thread sseReader(GatewayRig rig, Map<String, Long> seen) throws Exception {
        HttpResponse<java.io.InputStream> r = rig.http.send(HttpRequest.newBuilder(URI.create(rig.url()
                + "/api/v1/display/events")).header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        Thread t = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    long now = System.nanoTime();
                    if (line.startsWith("data:") && line.contains("\"number\"")) {
                        String number = rig.json.readTree(line.substring(5)).get("number").asText();
                        seen.putIfAbsent(number, now);
                    }
                }
            } catch (java.io.IOException e) {
                // stream closed at the end of the run
            }
        }, "bench-sse");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static double pct(List<Double> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
