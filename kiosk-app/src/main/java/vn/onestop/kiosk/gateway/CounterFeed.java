package vn.onestop.kiosk.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Follows one counter's event stream on a thread of its own and drives its screen: a call shows the number (a recall
 * blinks), closing the counter blanks it, a test pattern lights it. On every connection the counter's state is read
 * once the stream is live (": connected"), so a reconnect after a server restart shows the current number; a lost
 * stream is reopened after 200 ms doubling to 5 s, with {@code Last-Event-ID} so missed events are replayed.
 */
final class CounterFeed implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(CounterFeed.class);
    private final String counter;
    private final String token;
    private final GatewayServer server;
    private final CounterScreen screen;
    private final CounterPrinter printer;
    private final ObjectMapper json = new ObjectMapper();
    private final CountDownLatch stop = new CountDownLatch(1);
    private final Thread thread;
    private volatile Stream<String> open;
    private volatile boolean live;
    private String lastEventId;

    /** {@code screen} or {@code printer} may be null: a counter with a printer and no display, or the reverse. */
    CounterFeed(String counter, String token, GatewayServer server, CounterScreen screen, CounterPrinter printer) {
        this.printer = printer;
        this.counter = counter;
        this.token = token;
        this.server = server;
        this.screen = screen;
        this.thread = new Thread(this::run, "gateway-feed-" + counter);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** True while the stream is open and caught up. */
    boolean live() {
        return live;
    }

    private void run() {
        long backoff = 200;
        while (stop.getCount() > 0) {
            try (Stream<String> lines = server.events(counter, token, lastEventId)) {
                open = lines;
                backoff = 200;
                follow(lines.iterator());
            } catch (GatewayServer.Refused e) {
                LOG.error("Counter {}: the server refuses the gateway's event stream ({}): {}", counter, e.status(),
                        e.getMessage());
                if (screen != null) {
                    screen.error(e.getMessage());
                }
                backoff = 10_000;
            } catch (IOException | UncheckedIOException e) {
                LOG.info("Counter {}: event stream lost ({}); reconnecting", counter, e.getMessage());
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warn("Counter {}: event stream failed: {}", counter, e.toString());
            }
            live = false;
            try {
                if (stop.await(backoff, TimeUnit.MILLISECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                return;
            }
            backoff = Math.min(backoff * 2, 5000);
        }
    }

    private void follow(Iterator<String> lines) throws IOException, InterruptedException, GatewayServer.Refused {
        SseLines sse = new SseLines();
        while (lines.hasNext()) {
            var event = sse.line(lines.next());
            if (event.isEmpty()) {
                continue;
            }
            SseLines.Event e = event.get();
            if (e.comment()) {
                if (e.data().equals("connected")) {
                    if (printer != null) {
                        printer.announce();
                    }
                    catchUpState();
                    live = true;
                }
                continue;
            }
            if (e.id() != null) {
                lastEventId = e.id();
            }
            if (e.type().equals("slip.print")) {
                if (printer != null) {
                    printer.print(json.readTree(e.data()).path("code").asText());
                }
                continue;
            }
            if (screen == null) {
                continue;
            }
            switch (e.type()) {
                case "display.show" -> {
                    JsonNode d = json.readTree(e.data());
                    screen.show(d.get("number").asText(), d.path("recall").asBoolean(false));
                }
                case "display.clear" -> screen.clear();
                case "display.test" -> screen.testPattern();
                case "resync" -> catchUpState();
                default -> { }
            }
        }
    }

    /** Reads the counter's current number (the stream is subscribed, so nothing after this read is missed). */
    private void catchUpState() throws IOException, InterruptedException, GatewayServer.Refused {
        if (screen == null) {
            return;
        }
        JsonNode s = server.state(counter, token);
        if (!s.path("open").asBoolean() || s.path("number").isNull() || s.path("number").isMissingNode()) {
            screen.clear();
        } else {
            screen.show(s.get("number").asText(), false);
        }
    }

    @Override
    public void close() {
        stop.countDown();
        Stream<String> s = open;
        if (s != null) {
            s.close();
        }
        thread.interrupt();
    }
}
