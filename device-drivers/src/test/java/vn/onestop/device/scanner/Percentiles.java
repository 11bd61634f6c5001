package vn.onestop.device.scanner;

import java.util.Arrays;

/** Nanosecond samples to percentiles in milliseconds, printed as "name: value unit" lines. */
public final class Percentiles {

    private final long[] samples;
    private int count;

    public Percentiles(int capacity) {
        samples = new long[capacity];
    }

    public void add(long nanos) {
        samples[count++] = nanos;
    }

    public double millis(double percentile) {
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, index))] / 1_000_000.0;
    }

    public static void print(String name, double value, String unit) {
        System.out.printf(java.util.Locale.ROOT, "%s: %.3f %s%n", name, value, unit);
    }
}
