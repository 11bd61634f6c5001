package vn.onestop.server.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import vn.onestop.server.Rejection;

/**
 * Writes Server-Sent Events off the publishing thread (security review, finding 4). Each client has a bounded queue;
 * the thread that publishes an event (a ticket being issued) only adds to the queues, and a small pool writes them
 * out. A client whose queue is full is too slow and is closed (a display reconnects with Last-Event-ID and catches
 * up). Every client is pinged periodically, so one that left is noticed and its connection released. Open streams
 * are capped per address and in all ({@link #tryOpen}).
 */
public final class SseSender implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(SseSender.class);
    private static final int QUEUE = 64;
    private static final String ADDRESS = "sse.address";
    private final ExecutorService writers = Executors.newFixedThreadPool(2, daemon("sse-writer"));
    private final ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor(daemon("sse-ping"));
    private final Set<Outlet> outlets = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> perAddress = new HashMap<>();
    private final int maxPerAddress;
    private final int maxTotal;
    private int total;
    private final long pingEveryNanos;
    /** The last frame built by {@link #frame} (immutable; two writers racing at worst build a frame twice). */
    private volatile Framed lastFramed;
    private final byte[] ping = SseFrame.comment("ping");

    public SseSender(int maxPerAddress, int maxTotal, Duration pingEvery) {
        this.maxPerAddress = maxPerAddress;
        this.maxTotal = maxTotal;
        this.pingEveryNanos = pingEvery.toNanos();
        long check = Math.max(50, pingEvery.toMillis() / 10);
        pinger.scheduleWithFixedDelay(this::pingIdle, check, check, TimeUnit.MILLISECONDS);
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * A route for an event stream: reserves a stream for the client's address (429 with {@code refusal} past the
     * caps, before the stream starts), then runs {@code stream}, which writes through {@link #attached}.
     */
    public Handler route(Function<Context, String> address, Consumer<SseClient> stream, String refusal) {
        SseHandler sse = new SseHandler(stream);
        return ctx -> {
            String from = address.apply(ctx);
            if (!tryOpen(from)) {
                throw new Rejection(Rejection.Kind.TOO_MANY, refusal);
            }
            ctx.attribute(ADDRESS, from);
            try {
                outlastPings(ctx);
                sse.handle(ctx);
            } catch (Exception | Error e) {
                release(from);
                throw e;
            }
        };
    }

    /**
     * Gives an event stream's connection an idle timeout of two ping periods instead of the few seconds a request body
     * gets ({@code HttpPolicy}). Jetty fails a write that is in flight when its idle check finds the connection idle,
     * and with the body's timeout that check ran on every quiet stream at the moment its next ping was due (pings every
     * 10 s, checks every 5 s of silence): now and then, under load, a healthy stream ended right at a ping (a quiet
     * display in the test suite; some of the 10,000 streams of the fan-out benchmark). A stream is written to at least
     * once a period, so the check never runs while it is live. A client that stops reading is still let go: a write
     * blocked on it fails after the timeout (two periods, not five seconds: one writer thread waits that long).
     */
    private void outlastPings(Context ctx) {
        ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
        if (request != null) {
            request.getConnectionMetaData().getConnection().getEndPoint()
                    .setIdleTimeout(TimeUnit.NANOSECONDS.toMillis(2 * pingEveryNanos));
        }
    }

    /** The outlet of a stream opened through {@link #route}: its reservation ends when the client closes. */
    public Outlet attached(SseClient client) {
        return attach(client, client.ctx().attribute(ADDRESS));
    }

    /** Reserves a stream for this address; false past either cap (the caller answers 429). */
    public synchronized boolean tryOpen(String address) {
        int mine = perAddress.getOrDefault(address, 0);
        if (mine >= maxPerAddress || total >= maxTotal) {
            return false;
        }
        perAddress.put(address, mine + 1);
        total++;
        return true;
    }

    /** Gives back a reservation of {@link #tryOpen} whose stream never started. */
    public synchronized void release(String address) {
        perAddress.computeIfPresent(address, (k, n) -> n <= 1 ? null : n - 1);
        total--;
    }

    /** The open streams (for tests and metrics). */
    public synchronized int open() {
        return total;
    }

    /** Attaches a client reserved with {@link #tryOpen}: its reservation ends when it closes. */
    public Outlet attach(SseClient client, String address) {
        Outlet o = new Outlet(client);
        AtomicBoolean released = new AtomicBoolean();
        outlets.add(o);
        o.onClose = () -> {
            if (released.compareAndSet(false, true)) {
                outlets.remove(o);
                release(address);
            }
        };
        return o;
    }

    /**
     * The frame of event {@code id} showing {@code data}, built once for all the streams that show the same object:
     * events reach the streams one event at a time, so the last frame built is remembered (data by identity; event
     * data are never changed once published).
     */
    byte[] frame(ObjectMapper mapper, long id, String type, Object data) {
        Framed last = lastFramed;
        if (last != null && last.data == data && last.id == id && last.type.equals(type)) {
            return last.bytes;
        }
        String text;
        try {
            text = mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + type + " cannot be written as JSON", e);
        }
        byte[] bytes = SseFrame.event(type, text, Long.toString(id));
        lastFramed = new Framed(data, id, type, bytes);
        return bytes;
    }

    /** The last frame built by {@link #frame}, with what it was built from. */
    private record Framed(Object data, long id, String type, byte[] bytes) {
    }

    /**
     * Writes a frame to a client's stream as it is (the one way events, states and pings are written): a client that
     * is gone is closed, as Javalin's own writer does. Javalin's writer is not used for events: it reads each event
     * back through three 8 KB buffers per stream.
     */
    static void write(SseClient client, byte[] frame) {
        if (client.terminated()) {
            return;
        }
        try {
            HttpServletResponse response = client.ctx().res();
            response.getOutputStream().write(frame);
            response.flushBuffer();
        } catch (IOException gone) {
            client.close();
        }
    }

    /**
     * Pings the streams that were sent nothing for a whole ping period. Checked ten times a period and each stream
     * starts at a random point of its first period, so the pings of thousands of streams are spread out instead of
     * written in one burst (which delayed ticket issuing on a busy province server); a stream that is sent events
     * is never pinged.
     */
    private void pingIdle() {
        long now = System.nanoTime();
        for (Outlet o : outlets) {
            if (now - o.lastSent >= pingEveryNanos) {
                o.lastSent = now;
                o.offer(() -> o.write(ping));
            }
        }
    }

    @Override
    public void close() {
        pinger.shutdownNow();
        writers.shutdownNow();
    }

    /** One client's queue of writes, run in order by the writer pool. */
    public final class Outlet {
        private final SseClient client;
        private final ArrayBlockingQueue<Runnable> queue = new ArrayBlockingQueue<>(QUEUE);
        private final AtomicBoolean scheduled = new AtomicBoolean(true); // held until resume()
        private volatile Runnable onClose = () -> {};
        /** When this stream was last written to (or its ping queued); starts at a random point of a period. */
        private volatile long lastSent;

        private Outlet(SseClient client) {
            this.client = client;
            this.lastSent = System.nanoTime()
                    - java.util.concurrent.ThreadLocalRandom.current().nextLong(Math.max(1, pingEveryNanos));
        }

        /** Starts writing what was queued: called once the catch-up is written, so nothing overtakes it. */
        public void resume() {
            writers.execute(this::drain);
        }

        /** The frame of an event, built once for every stream of this sender showing the same object. */
        public byte[] frame(ObjectMapper mapper, long id, String type, Object data) {
            return SseSender.this.frame(mapper, id, type, data);
        }

        /** Queues an event without an id (a phone's own state), framed here. */
        public void offerEvent(String type, String data) {
            byte[] frame = SseFrame.event(type, data, null);
            offer(() -> write(frame));
        }

        /** Writes a frame now (on a writer, from a queued write). */
        public void write(byte[] frame) {
            SseSender.write(client, frame);
        }

        /** Runs when the client's stream ends, however it ends. */
        public void closed() {
            onClose.run();
        }

        /** Queues a write; a client whose queue is full is closed instead. Never blocks. */
        public void offer(Runnable write) {
            if (client.terminated()) {
                return;
            }
            if (!queue.offer(write)) {
                LOG.info("An event stream client fell {} events behind: closed (it reconnects and catches up)", QUEUE);
                queue.clear();
                client.close();
                return;
            }
            if (scheduled.compareAndSet(false, true)) {
                try {
                    writers.execute(this::drain);
                } catch (java.util.concurrent.RejectedExecutionException e) {
                    scheduled.set(false); // shutting down
                }
            }
        }

        private void drain() {
            while (true) {
                for (Runnable w; (w = queue.poll()) != null; ) {
                    try {
                        if (!client.terminated()) {
                            w.run();
                            lastSent = System.nanoTime();
                        }
                    } catch (RuntimeException e) {
                        LOG.warn("Event stream write failed: closed", e);
                        client.close();
                    }
                }
                scheduled.set(false);
                if (queue.isEmpty() || !scheduled.compareAndSet(false, true)) {
                    return;
                }
            }
        }
    }
}
