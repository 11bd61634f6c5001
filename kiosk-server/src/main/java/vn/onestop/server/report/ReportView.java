package vn.onestop.server.report;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * A report over a range of service days ({@code /supervisor/report}): totals, rows per service and per counter,
 * tickets per hour of issue, the wait distribution and the ratings given (count per score 1-5).
 */
public record ReportView(String from, String to, Averages totals, List<Group> services, List<Group> counters,
        int[] perHour, int[] waitDistribution, int[] ratings) {

    /** The figures of one service or counter ({@code key}), flat beside the key. */
    public record Group(String key, @JsonUnwrapped Averages figures) {}

    /** The figures of one service on one day at one centre: a row of the CSV export. */
    public record Daily(String centre, String day, String service, Averages figures) {
        /** The CSV cells in the export's column order (the centre first when the export covers every centre). */
        List<Object> cells(boolean withCentre) {
            List<Object> cells = new java.util.ArrayList<>();
            if (withCentre) {
                cells.add(centre);
            }
            cells.addAll(List.of(day, service, figures.issued(), figures.served(), figures.noShow(), figures.voided(),
                    figures.avgWaitMinutes(), figures.maxWaitMinutes(), figures.avgServiceMinutes()));
            return cells;
        }
    }
}
