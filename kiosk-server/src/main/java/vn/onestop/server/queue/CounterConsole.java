package vn.onestop.server.queue;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import vn.onestop.server.Rejection;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;

/**
 * What the counter console shows: the counter, its current ticket (service, waited time, status, the dossiers filed
 * at the kiosk with it) and the tickets it parked. Read-only; the actions are {@link CounterApi}'s.
 */
public final class CounterConsole {
    /** A dossier filed at the kiosk with the ticket: no personal data. */
    public record Dossier(String code, String procedureCode, String status) {}

    /** A ticket as the console lists it; {@code dossiers} only for the current ticket. */
    public record ConsoleTicket(String id, String number, String serviceCode, String serviceName, String priorityClass,
            String status, String issuedAt, String calledAt, long waitedSeconds, int recallCount,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<Dossier> dossiers) {}

    public record View(String id, String name, boolean open, String staff, List<String> services,
            ConsoleTicket current, List<ConsoleTicket> parked) {}

    private final Database db;
    private final CentreSettings settings;
    private final Clock clock;
    private final TicketStore tickets = new TicketStore();
    private final CounterStore counters = new CounterStore();

    public CounterConsole(Database db, CentreSettings settings, Clock clock) {
        this.db = db;
        this.settings = settings;
        this.clock = clock;
    }

    /** The console of counter {@code id} of a centre; 404 when the centre has no such counter. */
    public View view(String centreId, String id) {
        CentreSettings.Settings here = settings.of(centreId);
        String today = here.today(clock.instant());
        return db.read(c -> {
            CounterStore.Counter k = counters.find(c, centreId, id)
                    .orElseThrow(() -> Rejection.notFound("No counter " + id));
            Ticket now = tickets.current(c, id).orElse(null);
            ConsoleTicket current = now == null ? null : describe(here, now, dossiersOf(c, now.id()));
            return new View(k.id(), k.name(), k.open(), k.staffUsername(), k.services(), current,
                    parked(c, here, today, id));
        });
    }

    private static List<Dossier> dossiersOf(Connection c, String ticketId) throws SQLException {
        return Rows.list(c, "SELECT code, procedure_code, status FROM dossier WHERE ticket_id = ? ORDER BY code",
                rs -> new Dossier(rs.getString(1), rs.getString(2), rs.getString(3)), ticketId);
    }

    private List<ConsoleTicket> parked(Connection c, CentreSettings.Settings here, String today, String counterId)
            throws SQLException {
        return tickets.byStatus(c, here.centreId(), today, TicketStatus.PARKED).stream()
                .filter(t -> counterId.equals(t.counterId())).map(t -> describe(here, t, null)).toList();
    }

    private ConsoleTicket describe(CentreSettings.Settings here, Ticket t, List<Dossier> dossiers) {
        String serviceName = here.service(t.serviceCode()).map(s -> s.info().nameVi()).orElse(t.serviceCode());
        long waitedUntil = t.calledAt() == null ? clock.millis() : t.calledAt();
        return new ConsoleTicket(t.id(), t.displayNumber(), t.serviceCode(), serviceName, t.priorityClass(),
                t.status().code(), Instant.ofEpochMilli(t.issuedAt()).toString(),
                t.calledAt() == null ? null : Instant.ofEpochMilli(t.calledAt()).toString(),
                Math.max(0, (waitedUntil - t.issuedAt()) / 1000), t.recallCount(), dossiers);
    }
}
