package vn.onestop.server.web;

import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.onestop.core.wire.ServiceInfo;
import vn.onestop.server.Rejection;
import vn.onestop.server.ServerConfig;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;
import vn.onestop.server.queue.CounterStore;
import vn.onestop.server.queue.Ticket;
import vn.onestop.server.queue.TicketStatus;
import vn.onestop.server.queue.TicketStore;
import vn.onestop.server.http.RouteTable;
import vn.onestop.server.staff.Access;

/**
 * What the counter console shows: the counter, its current ticket (service, waited time, status, the dossiers filed
 * at the kiosk with it) and the tickets it parked, plus the services a ticket can be transferred to. Read-only; the actions are {@code CounterApi}'s.
 */
public final class CounterConsoleApi {
    private final Database db;
    private final ServerConfig config;
    private final Clock clock;
    private final TicketStore tickets = new TicketStore();
    private final CounterStore counters = new CounterStore();

    public CounterConsoleApi(Database db, ServerConfig config, Clock clock) {
        this.db = db;
        this.config = config;
        this.clock = clock;
    }

    public void register(RouteTable r) {
        r.get("/api/v1/counters/{counter}/state", this::state, Access.COUNTER);
        r.get("/api/v1/services", ctx -> ctx.json(config.services()), Access.STAFF);
    }

    private void state(Context ctx) {
        String id = ctx.pathParam("counter");
        ctx.json(db.read(c -> {
            CounterStore.Counter k = counters.find(c, id).orElseThrow(() -> Rejection.notFound("No counter " + id));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", k.id());
            m.put("name", k.name());
            m.put("open", k.open());
            m.put("staff", k.staffUsername());
            m.put("services", k.services());
            Map<String, Object> current = tickets.current(c, id).map(this::describe).orElse(null);
            if (current != null) {
                current.put("dossiers", dossiersOf(c, (String) current.get("id")));
            }
            m.put("current", current);
            m.put("parked", parked(c, id));
            return m;
        }));
    }

    /** Dossiers the citizen filed at the kiosk with this ticket: code, procedure, status (no personal data). */
    private static List<Map<String, Object>> dossiersOf(Connection c, String ticketId) throws SQLException {
        return Rows.list(c, "SELECT code, procedure_code, status FROM dossier WHERE ticket_id = ? ORDER BY code",
                rs -> Map.of("code", rs.getString(1), "procedureCode", rs.getString(2), "status", rs.getString(3)),
                ticketId);
    }

    private List<Map<String, Object>> parked(Connection c, String counterId) throws SQLException {
        return tickets.byStatus(c, today(), TicketStatus.PARKED).stream()
                .filter(t -> counterId.equals(t.counterId())).map(this::describe).toList();
    }

    private Map<String, Object> describe(Ticket t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("number", t.displayNumber());
        m.put("serviceCode", t.serviceCode());
        m.put("serviceName", config.services().stream().filter(s -> s.code().equals(t.serviceCode()))
                .map(ServiceInfo::nameVi).findFirst().orElse(t.serviceCode()));
        m.put("priorityClass", t.priorityClass());
        m.put("status", t.status().code());
        m.put("issuedAt", Instant.ofEpochMilli(t.issuedAt()).toString());
        m.put("calledAt", t.calledAt() == null ? null : Instant.ofEpochMilli(t.calledAt()).toString());
        long waitedUntil = t.calledAt() == null ? clock.millis() : t.calledAt();
        m.put("waitedSeconds", Math.max(0, (waitedUntil - t.issuedAt()) / 1000));
        m.put("recallCount", t.recallCount());
        return m;
    }

    private String today() {
        return java.time.LocalDate.ofInstant(clock.instant(), config.zone()).toString();
    }
}
