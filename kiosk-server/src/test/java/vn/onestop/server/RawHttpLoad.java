package vn.onestop.server;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A cheap HTTP/1.1 load generator for benchmarks: one keep-alive socket per client, every request encoded to bytes
 * before the clock starts, and responses parsed just enough to find their end (status line, Content-Length or
 * chunked body). java.net.http spent more CPU per request than the server measured, on the same 2 cores.
 */
final class RawHttpLoad {
    private RawHttpLoad() {}

    /** Throughput (requests/s) and latency percentiles (ms) of one run. */
    record Result(double throughput, double p50, double p99) {}

    /** A POST of a JSON body, with a bearer token when not null, as bytes. */
    static byte[] post(int port, String path, String body, String token) {
        byte[] payload = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n"
                + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                + "Content-Length: " + payload.length + "\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = Arrays.copyOf(h, h.length + payload.length);
        System.arraycopy(payload, 0, all, h.length, payload.length);
        return all;
    }

    /** Sends {@code count} requests made by {@code request} from {@code clients} connections; any status >= 300 fails. */
    static Result run(int port, int clients, int count, IntFunction<byte[]> request) throws Exception {
        byte[][] requests = new byte[count][];
        for (int i = 0; i < count; i++) {
            requests[i] = request.apply(i);
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long[] latencies = new long[count];
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                Connection conn = new Connection(port);
                try {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        int status = conn.exchange(requests[i]);
                        latencies[i] = System.nanoTime() - t0;
                        if (status >= 300) {
                            throw new IllegalStateException("HTTP " + status + " for request " + i);
                        }
                    }
                } finally {
                    conn.close();
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Arrays.sort(latencies);
        return new Result(count / seconds, latencies[count / 2] / 1e6, latencies[count * 99 / 100] / 1e6);
    }

    /** One keep-alive connection; reconnects when the server closes it. */
    private static final class Connection {
        private final int port;
        private Socket socket;
        private OutputStream out;
        private InputStream in;

        Connection(int port) throws IOException {
            this.port = port;
            open();
        }

        private void open() throws IOException {
            socket = new Socket("127.0.0.1", port);
            socket.setTcpNoDelay(true);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 8192);
        }

        int exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String status = line();
            int code = Integer.parseInt(status.substring(9, 12));
            long length = 0;
            boolean chunked = false;
            boolean close = false;
            for (String h = line(); !h.isEmpty(); h = line()) {
                int colon = h.indexOf(':');
                String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = h.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.contains("chunked");
                    case "connection" -> close = value.equals("close");
                    default -> { }
                }
            }
            if (chunked) {
                for (long size = chunk(); size > 0; size = chunk()) {
                    skip(size);
                    line();
                }
                while (!line().isEmpty()) {
                    // trailer lines
                }
            } else {
                skip(length);
            }
            if (close) {
                close();
                open();
            }
            return code;
        }

        private long chunk() throws IOException {
            String l = line();
            int semi = l.indexOf(';');
            return Long.parseLong((semi < 0 ? l : l.substring(0, semi)).trim(), 16);
        }

        private void skip(long n) throws IOException {
            for (long left = n; left > 0; ) {
                long s = in.skip(left);
                if (s <= 0) {
                    if (in.read() < 0) {
                        throw new EOFException("connection closed in a response body");
                    }
                    s = 1;
                }
                left -= s;
            }
        }

        private String line() throws IOException {
            StringBuilder sb = new StringBuilder(64);
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new EOFException("connection closed in a response head");
                }
                if (b != '\r') {
                    sb.append((char) b);
                }
            }
            return sb.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
