package vn.onestop.device.document;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/**
 * Checks a scanned page before it is kept: an almost uniform light page is probably blank (wrong side, empty
 * feeder), a page whose average is very dark was scanned with the lid open or is unreadable. Pure: reads the
 * picture, says what it found.
 *
 * @param uniformMaxDeviation a page whose gray levels spread less than this (standard deviation, 0-255) is uniform
 * @param darkMaxMean         a page whose average gray is below this is too dark
 */
public record PageQuality(double uniformMaxDeviation, double darkMaxMean) {

    /** What the check found. */
    public enum Verdict { OK, BLANK, TOO_DARK }

    /** The measures behind the verdict (average and spread of the gray levels, 0-255). */
    public record Result(Verdict verdict, double mean, double deviation) {}

    public PageQuality {
        if (uniformMaxDeviation < 0 || uniformMaxDeviation > 128 || darkMaxMean < 0 || darkMaxMean > 255) {
            throw new IllegalArgumentException("uniformMaxDeviation must be 0..128 and darkMaxMean 0..255");
        }
    }

    /** Limits that flag white and black sheets and pass any printed page seen in tests. */
    public static PageQuality defaults() {
        return new PageQuality(6.0, 60.0);
    }

    public Result check(BufferedImage gray) {
        Raster raster = gray.getRaster();
        int step = Math.max(1, Math.min(gray.getWidth(), gray.getHeight()) / 400);
        long n = 0;
        double sum = 0;
        double sumSq = 0;
        for (int y = 0; y < gray.getHeight(); y += step) {
            for (int x = 0; x < gray.getWidth(); x += step) {
                int v = raster.getSample(x, y, 0);
                sum += v;
                sumSq += (double) v * v;
                n++;
            }
        }
        double mean = sum / n;
        double deviation = Math.sqrt(Math.max(0, sumSq / n - mean * mean));
        Verdict verdict = mean < darkMaxMean ? Verdict.TOO_DARK
                : deviation < uniformMaxDeviation ? Verdict.BLANK : Verdict.OK;
        return new Result(verdict, mean, deviation);
    }
}
