package vn.onestop.server.report;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import vn.onestop.server.kiosk.KioskView;
import vn.onestop.server.queue.CounterOverview;

/** The supervisor's live view of today ({@code /supervisor/live}); the JSON names are the component names. */
public record LiveView(String at, List<LiveStats.ServiceNow> services, List<CounterNow> counters,
        List<LiveStats.WaitAlert> alerts, List<KioskHealth> kiosks, List<OverdueDossiers.Overdue> overdueDossiers) {

    /** A counter with today's tickets served and mean service time, its overview fields flat beside them. */
    public record CounterNow(@JsonUnwrapped CounterOverview counter, long served, double avgServiceMinutes) {}

    /** A kiosk in service, offline (with the last contact) when its heartbeats stopped. */
    public record KioskHealth(@JsonUnwrapped KioskView kiosk, boolean offline, String offlineSince) {}
}
