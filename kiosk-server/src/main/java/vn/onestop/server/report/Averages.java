package vn.onestop.server.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Counts and mean times of a group of tickets, as report rows. */
final class Averages {
    private Averages() {}

    static Map<String, Object> of(List<TicketFact> group) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("issued", group.size());
        m.put("served", group.stream().filter(t -> "done".equals(t.status())).count());
        m.put("noShow", group.stream().filter(t -> "no_show".equals(t.status())).count());
        m.put("voided", group.stream().filter(t -> "voided".equals(t.status())).count());
        m.put("avgWaitMinutes", mean(group, TicketFact::waitMinutes));
        m.put("maxWaitMinutes", round(group.stream().map(TicketFact::waitMinutes).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).max().orElse(0)));
        m.put("avgServiceMinutes", mean(group, TicketFact::serviceMinutes));
        return m;
    }

    static double mean(List<TicketFact> group, Function<TicketFact, Double> f) {
        return round(group.stream().map(f).filter(Objects::nonNull).mapToDouble(Double::doubleValue).average()
                .orElse(0));
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
