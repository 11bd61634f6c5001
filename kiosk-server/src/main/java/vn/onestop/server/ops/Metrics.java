package vn.onestop.server.ops;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/** Counters and gauges in the Prometheus text exposition format (version 0.0.4), without a library. */
public final class Metrics {
    private final Map<String, LongAdder> responses = new ConcurrentHashMap<>();
    private final LongAdder issued = new LongAdder();
    private final LongAdder issueNanos = new LongAdder();
    private final Map<String, Supplier<Number>> gauges = new ConcurrentHashMap<>();
    private final Map<String, Supplier<Number>> counters = new ConcurrentHashMap<>();

    public void response(int status) {
        responses.computeIfAbsent(Integer.toString(status), k -> new LongAdder()).increment();
    }

    public void ticketIssued(long nanos) {
        issued.increment();
        issueNanos.add(nanos);
    }

    /** A value read at every scrape (e.g. waiting tickets). */
    public void gauge(String name, Supplier<Number> value) {
        gauges.put(name, value);
    }

    /** A total read at every scrape that only grows (e.g. database commits). */
    public void counter(String name, Supplier<Number> value) {
        counters.put(name, value);
    }

    public String scrape() {
        StringBuilder sb = new StringBuilder();
        sb.append("# HELP onestop_http_responses_total HTTP responses by status code.\n");
        sb.append("# TYPE onestop_http_responses_total counter\n");
        responses.forEach((status, n) -> sb.append("onestop_http_responses_total{status=\"").append(status)
                .append("\"} ").append(n.sum()).append('\n'));
        sb.append("# HELP onestop_tickets_issued_total Issue requests answered by the kiosk API.\n");
        sb.append("# TYPE onestop_tickets_issued_total counter\n");
        sb.append("onestop_tickets_issued_total ").append(issued.sum()).append('\n');
        sb.append("# HELP onestop_ticket_issue_seconds_sum Time spent answering issue requests.\n");
        sb.append("# TYPE onestop_ticket_issue_seconds_sum counter\n");
        sb.append(String.format(Locale.ROOT, "onestop_ticket_issue_seconds_sum %.6f%n", issueNanos.sum() / 1e9));
        counters.forEach((name, value) -> sb.append("# TYPE ").append(name).append(" counter\n").append(name)
                .append(' ').append(value.get()).append('\n'));
        gauges.forEach((name, value) -> sb.append("# TYPE ").append(name).append(" gauge\n").append(name).append(' ')
                .append(value.get()).append('\n'));
        return sb.toString();
    }
}
