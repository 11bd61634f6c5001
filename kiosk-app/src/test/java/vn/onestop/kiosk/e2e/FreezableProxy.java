package vn.onestop.kiosk.e2e;


import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import vn.onestop.testkit.Signals;
import vn.onestop.testkit.Tools;

/**
 * A socat TCP relay in front of the server that can be frozen (SIGSTOP): the kernel still accepts the kiosk's
 * connection and holds its request, which reaches the server only after {@link #thaw()}, as with a server that
 * hangs. The test declares {@code @RequiresSocat}.
 */
final class FreezableProxy implements AutoCloseable {
    private final Process socat;
    private final int port;

    FreezableProxy(int targetPort, Path log) throws IOException, InterruptedException {
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        // -t 60: after the kiosk's side closed, keep waiting for the server's answer instead of cutting it off
        socat = new ProcessBuilder(Tools.require("socat"), "-t", "60", "TCP-LISTEN:" + port + ",bind=127.0.0.1,reuseaddr,fork",
                "TCP:127.0.0.1:" + targetPort).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!listening()) {
            if (System.nanoTime() > end || !socat.isAlive()) {
                throw new AssertionError("socat did not listen on " + port + ": " + Files.readString(log));
            }
            socat.waitFor(50, TimeUnit.MILLISECONDS); // poll interval; returns at once if socat exits
        }
    }

    private boolean listening() {
        try (Socket s = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    void freeze() throws IOException, InterruptedException {
        signal("STOP");
    }

    void thaw() throws IOException, InterruptedException {
        signal("CONT");
    }

    /**
     * Bytes waiting in connections the frozen relay has not accepted yet (from /proc/net/tcp): the kiosk's request
     * is in flight once they appear.
     */
    long bytesWaiting() throws IOException {
        String local = String.format(":%04X", port);
        long waiting = 0;
        List<String> lines = Files.readAllLines(Path.of("/proc/net/tcp"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.trim().split("\\s+");
            if (f[1].endsWith(local) && f[3].equals("01")) {
                waiting += Long.parseLong(f[4].split(":")[1], 16);
            }
        }
        return waiting;
    }

    private void signal(String name) throws IOException, InterruptedException {
        Signals.send(socat.pid(), name);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (socat.isAlive()) {
            thaw();
            socat.descendants().forEach(ProcessHandle::destroy);
            socat.destroy();
            socat.waitFor(Duration.ofSeconds(10).toSeconds(), TimeUnit.SECONDS);
        }
    }
}
