package vn.onestop.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Thousands of live event stream clients on one thread (a benchmark's lean client): each is a non-blocking socket
 * sending one GET (HTTP/1.0, so the body is the bare event stream until the server closes) and reading lines. A
 * display client notes when each {@code ticket.called} reached it, keyed by counter and number, so the caller can
 * work out call-to-display delivery times after the run. Counts streams answered 200, refused (any other status),
 * failed (connect errors) and ended by the server.
 */
final class SseFanOut implements AutoCloseable {
    /**
     * One stream to open: a server port, a path with its query, a session cookie (null: none), display or not, and
     * the group it is counted in ({@link #displaysOpen}).
     */
    record Target(int port, String path, String cookie, boolean display, String group) {}

    /** Sees every data line of every open stream, on the loop thread (keep it quick): its target, event, data. */
    @FunctionalInterface
    interface DataListener {
        void data(Target target, String event, String data, long nanoTime);
    }

    final AtomicInteger open = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final AtomicInteger ended = new AtomicInteger();
    /** "counterId|number" of a call to the nanoTimes display clients received it at. */
    final Map<String, Queue<Long>> calls = new ConcurrentHashMap<>();
    /** Display streams answered 200, per group. */
    final Map<String, AtomicInteger> displaysOpen = new ConcurrentHashMap<>();
    private final Selector selector;
    private final Queue<Client> pending = new ConcurrentLinkedQueue<>();
    private final List<Client> all = new ArrayList<>();
    private final Thread loop;
    private volatile boolean running = true;
    private volatile String firstRefusal;
    private final DataListener listener;

    SseFanOut() throws IOException {
        this(null);
    }

    /** A fan-out whose data lines also go to {@code listener} (null: none). */
    SseFanOut(DataListener listener) throws IOException {
        this.listener = listener;
        selector = Selector.open();
        loop = new Thread(this::run, "sse-fan-out");
        loop.setDaemon(true);
        loop.start();
    }

    /** Starts opening {@code targets}; their answers show in the counters. */
    void open(List<Target> targets) {
        for (Target t : targets) {
            pending.add(new Client(t));
        }
        selector.wakeup();
    }

    /** Streams answered so far, whatever the answer. */
    int answered() {
        return open.get() + refused.get() + failed.get();
    }

    /** The first status line other than 200, for the printed figures. */
    String firstRefusal() {
        return firstRefusal;
    }

    private void run() {
        ByteBuffer buf = ByteBuffer.allocateDirect(64 * 1024);
        while (running) {
            try {
                selector.select(500);
                for (Client c; (c = pending.poll()) != null; ) {
                    c.start();
                }
                for (SelectionKey k : selector.selectedKeys()) {
                    Client c = (Client) k.attachment();
                    try {
                        if (k.isConnectable()) {
                            c.connected(k);
                        } else if (k.isReadable()) {
                            c.read(buf, k);
                        }
                    } catch (IOException e) {
                        c.fail(k);
                    }
                }
                selector.selectedKeys().clear();
            } catch (IOException | RuntimeException e) {
                if (running) {
                    throw new IllegalStateException("the fan-out client loop failed", e);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        running = false;
        selector.wakeup();
        try {
            loop.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Client c : all) {
            c.channel.close();
        }
        selector.close();
    }

    /** One stream; touched only by the loop thread. */
    private final class Client {
        private final Target target;
        private SocketChannel channel;
        private final StringBuilder line = new StringBuilder();
        private int state; // 0 status line, 1 headers, 2 body
        private String event = "";

        Client(Target target) {
            this.target = target;
        }

        void start() {
            try {
                channel = SocketChannel.open();
                all.add(this);
                channel.configureBlocking(false);
                if (channel.connect(new InetSocketAddress("127.0.0.1", target.port()))) {
                    send();
                    channel.register(selector, SelectionKey.OP_READ, this);
                } else {
                    channel.register(selector, SelectionKey.OP_CONNECT, this);
                }
            } catch (IOException e) {
                failed.incrementAndGet();
            }
        }

        void connected(SelectionKey k) throws IOException {
            channel.finishConnect();
            send();
            k.interestOps(SelectionKey.OP_READ);
        }

        private void send() throws IOException {
            String request = "GET " + target.path() + " HTTP/1.0\r\nHost: 127.0.0.1:" + target.port()
                    + "\r\nAccept: text/event-stream\r\n"
                    + (target.cookie() == null ? "" : "Cookie: " + target.cookie() + "\r\n") + "\r\n";
            ByteBuffer out = ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII));
            while (out.hasRemaining()) {
                if (channel.write(out) == 0) {
                    throw new IOException("the socket took no request bytes");
                }
            }
        }

        void fail(SelectionKey k) {
            k.cancel();
            try {
                channel.close();
            } catch (IOException ignored) {
                // already gone
            }
            if (state == 2) {
                ended.incrementAndGet();
            } else {
                failed.incrementAndGet();
            }
            state = 3;
        }

        void read(ByteBuffer buf, SelectionKey k) throws IOException {
            buf.clear();
            int n = channel.read(buf);
            if (n < 0) {
                fail(k);
                return;
            }
            long now = System.nanoTime();
            buf.flip();
            while (buf.hasRemaining()) {
                char ch = (char) (buf.get() & 0xff);
                if (ch == '\n') {
                    line(line.toString(), now, k);
                    line.setLength(0);
                } else if (ch != '\r') {
                    line.append(ch);
                }
            }
        }

        private void line(String text, long now, SelectionKey k) {
            if (state == 0) {
                if (text.startsWith("HTTP/1.1 200") || text.startsWith("HTTP/1.0 200")) {
                    state = 1;
                    open.incrementAndGet();
                    if (target.display()) {
                        displaysOpen.computeIfAbsent(target.group(), x -> new AtomicInteger()).incrementAndGet();
                    }
                } else {
                    if (firstRefusal == null) {
                        firstRefusal = text;
                    }
                    refused.incrementAndGet();
                    state = 3;
                    k.cancel();
                    try {
                        channel.close();
                    } catch (IOException ignored) {
                        // refused anyway
                    }
                }
            } else if (state == 1) {
                if (text.isEmpty()) {
                    state = 2;
                }
            } else if (state == 2) {
                if (listener != null && text.startsWith("data:")) {
                    listener.data(target, event, text.substring(5).strip(), now);
                }
                if (text.startsWith("event:")) {
                    event = text.substring(6).strip();
                } else if (text.startsWith("data:") && target.display() && event.equals("ticket.called")) {
                    String counter = field(text, "counterId");
                    String number = field(text, "number");
                    if (counter != null && number != null) {
                        calls.computeIfAbsent(counter + "|" + number, x -> new ConcurrentLinkedQueue<>()).add(now);
                    }
                } else if (text.isEmpty()) {
                    event = "";
                }
            }
        }
    }

    /** A string field's value in a flat JSON object line, or null. */
    static String field(String json, String name) {
        String key = "\"" + name + "\":\"";
        int at = json.indexOf(key);
        if (at < 0) {
            return null;
        }
        int from = at + key.length();
        int to = json.indexOf('"', from);
        return to < 0 ? null : json.substring(from, to);
    }
}
