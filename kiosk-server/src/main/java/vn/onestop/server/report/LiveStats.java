package vn.onestop.server.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.onestop.server.kiosk.KioskRegistry;
import vn.onestop.server.queue.CounterDesk;
import vn.onestop.server.queue.QueueService;

/**
 * The supervisor's live view of today: queue lengths and the longest current wait per service, mean wait and
 * service times per service and counter, open counters, waits past the alert threshold, and kiosk health
 * (device problems, and "offline since" when heartbeats stopped), and open dossiers past their appointment.
 */
public final class LiveStats {
    /** A kiosk that sent no heartbeat for this long counts as offline (kiosks beat about every minute). */
    static final Duration OFFLINE_AFTER = Duration.ofMinutes(3);
    private final ReportService reports;
    private final QueueService queue;
    private final CounterDesk desk;
    private final KioskRegistry kiosks;
    private final Clock clock;
    private final OverdueDossiers overdue;

    public LiveStats(ReportService reports, QueueService queue, CounterDesk desk, KioskRegistry kiosks, Clock clock,
            OverdueDossiers overdue) {
        this.overdue = overdue;
        this.reports = reports;
        this.queue = queue;
        this.desk = desk;
        this.kiosks = kiosks;
        this.clock = clock;
    }

    /** A service's queue now ({@link QueueService.QueueView}) with today's waits and the tickets served. */
    public record ServiceNow(String serviceCode, String nameVi, int waiting, List<String> next, int openCounters,
            int estimatedWaitMinutes, double longestWaitMinutes, double avgWaitMinutes, double avgServiceMinutes,
            long served) {}

    /** A service whose longest wait reached the alert threshold. */
    public record WaitAlert(String serviceCode, String nameVi, double longestWaitMinutes, int thresholdMinutes) {}

    /** The live view of the centre {@code centreId}: its queues and counters (issue 21). */
    public LiveView now(String centreId, int alertMinutes) {
        List<TicketFact> today = reports.facts(reports.range(null, null), centreId);
        long now = clock.millis();
        Map<String, List<TicketFact>> byService = today.stream().collect(Collectors.groupingBy(TicketFact::serviceCode));
        List<ServiceNow> services = new ArrayList<>();
        List<WaitAlert> alerts = new ArrayList<>();
        for (QueueService.QueueView q : queue.queues(centreId)) {
            List<TicketFact> group = byService.getOrDefault(q.serviceCode(), List.of());
            long oldestWaiting = group.stream().filter(t -> "waiting".equals(t.status()))
                    .mapToLong(TicketFact::issuedAt).min().orElse(now);
            double longest = Averages.round((now - oldestWaiting) / 60_000.0);
            services.add(new ServiceNow(q.serviceCode(), q.nameVi(), q.waiting(), q.next(), q.openCounters(),
                    q.estimatedWaitMinutes(), longest, Averages.mean(group, TicketFact::waitMinutes),
                    Averages.mean(group, TicketFact::serviceMinutes),
                    group.stream().filter(t -> "done".equals(t.status())).count()));
            if (longest >= alertMinutes) {
                alerts.add(new WaitAlert(q.serviceCode(), q.nameVi(), longest, alertMinutes));
            }
        }
        return new LiveView(Instant.ofEpochMilli(now).toString(), services, counters(centreId, today), alerts,
                kioskHealth(centreId, now), overdue.list(centreId, 50));
    }

    private List<LiveView.CounterNow> counters(String centreId, List<TicketFact> today) {
        Map<String, List<TicketFact>> byCounter = today.stream().filter(t -> t.counterId() != null)
                .collect(Collectors.groupingBy(TicketFact::counterId));
        return desk.overview(centreId).stream().map(k -> {
            List<TicketFact> group = byCounter.getOrDefault(k.id(), List.of());
            return new LiveView.CounterNow(k, group.stream().filter(t -> "done".equals(t.status())).count(),
                    Averages.mean(group, TicketFact::serviceMinutes));
        }).toList();
    }

    private List<LiveView.KioskHealth> kioskHealth(String centreId, long now) {
        return kiosks.list(centreId).stream().filter(k -> !k.revoked()).map(k -> {
            String seen = k.lastSeenAt();
            boolean offline = seen == null || now - Instant.parse(seen).toEpochMilli() > OFFLINE_AFTER.toMillis();
            return new LiveView.KioskHealth(k, offline, offline ? seen : null);
        }).toList();
    }
}
