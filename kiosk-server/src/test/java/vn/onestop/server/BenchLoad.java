package vn.onestop.server;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** What the load benchmarks share: parallel and paced load, quantiles, and the {@code name: value unit} lines. */
final class BenchLoad {
    private BenchLoad() {}

    /** One worker's loop, or one paced request ({@code index}: the worker's or the request's number). */
    @FunctionalInterface
    interface Worker {
        void run(int index) throws Exception;
    }

    /** Runs {@code workers} in parallel and returns the seconds until all finished. */
    static double timed(int workers, Worker worker) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int index = w;
            futures.add(pool.submit(() -> {
                worker.run(index);
                return null;
            }));
        }
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Runs {@code count} requests at {@code perSecond} a second (scheduled, not slept: request i starts i/perSecond s
     * after the first) on {@code threads} threads, and waits for all of them.
     */
    static void paced(int count, int perSecond, int threads, Worker request) throws Exception {
        ScheduledExecutorService pacer = Executors.newScheduledThreadPool(threads);
        List<Future<?>> sent = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            int i = n;
            sent.add(pacer.schedule(() -> {
                request.run(i);
                return null;
            }, i * 1000L / perSecond, TimeUnit.MILLISECONDS));
        }
        try {
            for (Future<?> f : sent) {
                f.get();
            }
        } finally {
            pacer.shutdownNow();
        }
    }

    /**
     * A full garbage collection in every server process this JVM started ({@code jcmd GC.run}) and in this JVM:
     * before a measured phase, so objects made by the set-up (thousands of streams just opened) are in the old
     * generation, as on a server that has run for a while, and are not copied by a young pause inside the phase.
     */
    static void collectGarbage() throws Exception {
        for (ProcessHandle h : ProcessHandle.current().children().toList()) {
            if (!h.info().command().orElse("").endsWith("java")) {
                continue;
            }
            Process jcmd = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "jcmd")
                    .toString(), Long.toString(h.pid()), "GC.run").redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (!jcmd.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
                throw new IllegalStateException("jcmd GC.run failed: " + out);
            }
        }
        System.gc();
    }

    /** Garbage collections so far in this JVM and in each server process, to print those of a phase. */
    record Collections(long[] client, List<long[]> servers) {
        /**
         * Prints the collections since this snapshot: the benchmark's own JVM (the clients' HTTP and stream reading)
         * and each server process; a pause of either lands in the latencies measured meanwhile.
         */
        void printSince(String name) throws IOException, InterruptedException {
            Collections now = collections();
            print(name + "_client_gc", now.client[0] - client[0], "collections");
            print(name + "_client_gc_time", now.client[1] - client[1], "ms");
            for (int p = 0; p < Math.min(servers.size(), now.servers.size()); p++) {
                print(name + "_server_" + p + "_gc", now.servers.get(p)[0] - servers.get(p)[0], "collections");
                print(name + "_server_" + p + "_gc_time", now.servers.get(p)[1] - servers.get(p)[1], "ms");
            }
        }
    }

    static Collections collections() throws IOException, InterruptedException {
        return new Collections(clientGc(), serversGc());
    }

    /** This JVM's garbage collections so far: count and milliseconds (collector MXBeans). */
    private static long[] clientGc() {
        long n = 0;
        long ms = 0;
        for (java.lang.management.GarbageCollectorMXBean b
                : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, b.getCollectionCount());
            ms += Math.max(0, b.getCollectionTime());
        }
        return new long[] {n, ms};
    }

    /** Each server process's garbage collections so far (jstat: young and full): count and milliseconds. */
    private static List<long[]> serversGc() throws IOException, InterruptedException {
        List<long[]> all = new ArrayList<>();
        for (ProcessHandle h : ProcessHandle.current().children().toList()) {
            if (!h.info().command().orElse("").endsWith("java")) {
                continue;
            }
            Process jstat = new ProcessBuilder("jstat", "-gc", Long.toString(h.pid())).redirectErrorStream(true)
                    .start();
            List<String> lines = new String(jstat.getInputStream().readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8).lines().toList();
            if (!jstat.waitFor(10, TimeUnit.SECONDS) || lines.size() < 2) {
                continue;
            }
            String[] names = lines.get(0).trim().split("\\s+");
            String[] values = lines.get(1).trim().split("\\s+");
            long n = 0;
            double seconds = 0;
            for (int i = 0; i < Math.min(names.length, values.length); i++) {
                if (values[i].equals("-")) {
                    continue; // a column this collector does not have
                }
                switch (names[i]) {
                    case "YGC", "FGC" -> n += Long.parseLong(values[i]);
                    case "YGCT", "FGCT" -> seconds += Double.parseDouble(values[i]);
                    default -> { }
                }
            }
            all.add(new long[] {n, Math.round(seconds * 1000)});
        }
        return all;
    }

    /** The {@code q} quantile of {@code nanos}, in milliseconds. */
    static double percentile(long[] nanos, double q) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int at = Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1);
        return sorted[Math.max(0, at)] / 1e6;
    }

    static void print(String name, double value, String unit) {
        System.out.println(String.format(Locale.ROOT, "%s: %.2f %s", name, value, unit).trim());
    }
}
