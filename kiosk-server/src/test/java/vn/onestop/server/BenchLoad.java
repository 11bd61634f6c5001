package vn.onestop.server;

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
