package vn.onestop.server.report;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Counts and mean times (minutes, one decimal) of a group of tickets, as report figures. */
public record Averages(int issued, long served, long noShow, long voided, double avgWaitMinutes,
        double maxWaitMinutes, double avgServiceMinutes) {

    static Averages of(List<TicketFact> group) {
        return new Averages(group.size(), count(group, "done"), count(group, "no_show"), count(group, "voided"),
                mean(group, TicketFact::waitMinutes), round(group.stream().map(TicketFact::waitMinutes)
                        .filter(Objects::nonNull).mapToDouble(Double::doubleValue).max().orElse(0)),
                mean(group, TicketFact::serviceMinutes));
    }

    private static long count(List<TicketFact> group, String status) {
        return group.stream().filter(t -> status.equals(t.status())).count();
    }

    static double mean(List<TicketFact> group, Function<TicketFact, Double> f) {
        return round(group.stream().map(f).filter(Objects::nonNull).mapToDouble(Double::doubleValue).average()
                .orElse(0));
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
