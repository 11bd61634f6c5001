package vn.onestop.server;

import java.time.ZoneId;
import java.util.List;
import vn.onestop.core.calendar.WorkingCalendar;
import vn.onestop.core.catalogue.ProcedureCatalogue;
import vn.onestop.core.dossier.DossierNumbering;
import vn.onestop.core.wire.PriorityClassInfo;
import vn.onestop.core.wire.ServiceInfo;
import vn.onestop.server.dossier.FilingSettings;
import vn.onestop.server.dossier.scan.ScanSettings;
import vn.onestop.server.http.HttpSecurity;
import vn.onestop.server.queue.CounterSpec;
import vn.onestop.server.queue.PriorityMode;

/**
 * The server's validated settings, one immutable value built from {@code config/server.properties}, with the
 * procedure catalogue (which also lists the queue services) and the working-day calendar of the same folder;
 * {@code filing} holds the receipt slip, postal fee and rating settings, {@code pages} the limits of scanned pages,
 * {@code retentionDays} how long the personal data of a closed dossier is kept, {@code security} TLS and idle limit.
 */
public record ServerConfig(int port, long maxBodyBytes, String centreName, String agencyCode, ZoneId zone,
        List<ServiceInfo> services, List<CounterSpec> counters, List<PriorityClassInfo> priorityClasses,
        PriorityMode priorityMode, int interleave, int defaultServiceMinutes, int estimateSample,
        ProcedureCatalogue catalogue, WorkingCalendar calendar, DossierNumbering numbering, int passwordIterations,
        int sessionHours, int maxFailedLogins, int enrolmentCodeHours, FilingSettings filing, ScanSettings pages,
        int retentionDays, HttpSecurity security) {

    public ServerConfig {
        services = List.copyOf(services);
        counters = List.copyOf(counters);
        priorityClasses = List.copyOf(priorityClasses);
    }

    /** The same settings listening on another port (the command line wins over the file). */
    public ServerConfig withPort(int newPort) {
        return new ServerConfig(newPort, maxBodyBytes, centreName, agencyCode, zone, services, counters,
                priorityClasses, priorityMode, interleave, defaultServiceMinutes, estimateSample,
                catalogue, calendar, numbering, passwordIterations, sessionHours, maxFailedLogins,
                enrolmentCodeHours, filing, pages, retentionDays, security);
    }

    /** The same settings with another password hashing cost (tests use a low one to stay fast). */
    public ServerConfig withPasswordIterations(int iterations) {
        return new ServerConfig(port, maxBodyBytes, centreName, agencyCode, zone, services, counters,
                priorityClasses, priorityMode, interleave, defaultServiceMinutes, estimateSample,
                catalogue, calendar, numbering, iterations, sessionHours, maxFailedLogins,
                enrolmentCodeHours, filing, pages, retentionDays, security);
    }

    /** The same settings with another priority mode. */
    public ServerConfig withPriorityMode(PriorityMode mode) {
        return new ServerConfig(port, maxBodyBytes, centreName, agencyCode, zone, services, counters,
                priorityClasses, mode, interleave, defaultServiceMinutes, estimateSample,
                catalogue, calendar, numbering, passwordIterations, sessionHours, maxFailedLogins,
                enrolmentCodeHours, filing, pages, retentionDays, security);
    }

    /** The same settings with other limits for scanned pages. */
    public ServerConfig withPages(ScanSettings newPages) {
        return new ServerConfig(port, maxBodyBytes, centreName, agencyCode, zone, services, counters,
                priorityClasses, priorityMode, interleave, defaultServiceMinutes, estimateSample,
                catalogue, calendar, numbering, passwordIterations, sessionHours, maxFailedLogins,
                enrolmentCodeHours, filing, newPages, retentionDays, security);
    }

    /** The same settings keeping closed dossiers' personal data for another number of days. */
    public ServerConfig withRetentionDays(int days) {
        return new ServerConfig(port, maxBodyBytes, centreName, agencyCode, zone, services, counters,
                priorityClasses, priorityMode, interleave, defaultServiceMinutes, estimateSample,
                catalogue, calendar, numbering, passwordIterations, sessionHours, maxFailedLogins,
                enrolmentCodeHours, filing, pages, days, security);
    }

    /** The same settings with another TLS setting and session idle limit. */
    public ServerConfig withSecurity(HttpSecurity newSecurity) {
        return new ServerConfig(port, maxBodyBytes, centreName, agencyCode, zone, services, counters,
                priorityClasses, priorityMode, interleave, defaultServiceMinutes, estimateSample,
                catalogue, calendar, numbering, passwordIterations, sessionHours, maxFailedLogins,
                enrolmentCodeHours, filing, pages, retentionDays, newSecurity);
    }

    /** The rank of a priority class, 0 = served first, or -1 when the class is unknown. */
    public int priorityRank(String classCode) {
        for (int i = 0; i < priorityClasses.size(); i++) {
            if (priorityClasses.get(i).code().equals(classCode)) {
                return i;
            }
        }
        return -1;
    }

    /** The rank of the "normal" class. */
    public int normalRank() {
        return priorityRank("normal");
    }
}
