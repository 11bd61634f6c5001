package vn.onestop.server.queue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.onestop.core.wire.PriorityClassInfo;
import vn.onestop.core.wire.ServiceInfo;
import vn.onestop.server.Rejection;
import vn.onestop.server.ServerConfig;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;
import vn.onestop.server.events.EventBus;

/**
 * Each centre's queue settings (its services, priority classes, time zone), read from the database on first use
 * and kept until an event of type {@value #CHANGED} names the centre ({@code {centreId, what}}; without a centre
 * every entry is dropped). The admin pages publish it in the transaction that changes a centre, so every process
 * (the event journal delivers to all on PostgreSQL) reads the new settings on the next request.
 */
public final class CentreSettings {
    /** The event type that drops a centre's kept settings. */
    public static final String CHANGED = "centre.settings.changed";
    private final Database db;
    private final ServerConfig config;
    private final Map<String, Settings> byCentre = new ConcurrentHashMap<>();

    /** One enabled service of a centre with its calling rules (the centre's defaults filled in). */
    public record Service(ServiceInfo info, PriorityMode mode, int interleave) {}

    /** A centre's queue settings: services in kiosk order, priority classes in calling order, local time zone. */
    public record Settings(String centreId, List<Service> services, List<PriorityClassInfo> classes, ZoneId zone) {
        /** The enabled service of this code, if any. */
        public Optional<Service> service(String code) {
            return services.stream().filter(s -> s.info().code().equals(code)).findFirst();
        }

        /** The service of this code, or a 400 naming the centre's codes. */
        public Service require(String code) {
            return service(code).orElseThrow(() -> Rejection.invalid("serviceCode '" + code
                    + "' is not one of the centre's services " + serviceInfos().stream().map(ServiceInfo::code)
                            .toList()));
        }

        public List<ServiceInfo> serviceInfos() {
            return services.stream().map(Service::info).toList();
        }

        /** The rank of a class, 0 = called first, or -1 when the centre has no such class. */
        public int rank(String classCode) {
            for (int i = 0; i < classes.size(); i++) {
                if (classes.get(i).code().equals(classCode)) {
                    return i;
                }
            }
            return -1;
        }

        /** The rank of the class 'normal' (the last one when a centre has none so named). */
        public int normalRank() {
            int r = rank("normal");
            return r < 0 ? classes.size() - 1 : r;
        }

        /** The centre's local day now, e.g. "2026-11-25" (numbering restarts when it changes). */
        public String today(java.time.Instant now) {
            return LocalDate.ofInstant(now, zone).toString();
        }
    }

    public CentreSettings(Database db, ServerConfig config, EventBus events) {
        this.db = db;
        this.config = config;
        events.listen(this::onEvent);
    }

    private void onEvent(EventBus.LiveEvent e) {
        if (!CHANGED.equals(e.type())) {
            return;
        }
        Object centre = e.data() == null ? null : e.data().get("centreId");
        if (centre == null) {
            byCentre.clear();
        } else {
            drop(centre.toString());
        }
    }

    /** Forgets a centre's kept settings: the next request reads them again. */
    public void drop(String centreId) {
        byCentre.remove(centreId);
    }

    /** The settings of a centre (kept; read on first use). A centre without rows has no services. */
    public Settings of(String centreId) {
        Settings kept = byCentre.get(centreId);
        if (kept != null) {
            return kept;
        }
        Settings read = db.read(c -> read(c, centreId));
        byCentre.put(centreId, read);
        return read;
    }

    private Settings read(Connection c, String centreId) throws SQLException {
        List<Service> services = Rows.list(c, "SELECT code, name_vi, name_en, priority_mode, interleave FROM service "
                + "WHERE centre_id = ? AND disabled_at IS NULL ORDER BY position, code", rs -> {
                    String mode = rs.getString(4);
                    int interleave = rs.getInt(5);
                    boolean noInterleave = rs.wasNull();
                    return new Service(new ServiceInfo(rs.getString(1), rs.getString(2), rs.getString(3)),
                            mode == null ? config.priorityMode() : PriorityMode.valueOf(mode.toUpperCase()),
                            noInterleave ? config.interleave() : interleave);
                }, centreId);
        List<PriorityClassInfo> classes = Rows.list(c, "SELECT code, name_vi, name_en FROM priority_class "
                + "WHERE centre_id = ? ORDER BY rank, code", rs -> new PriorityClassInfo(rs.getString(1),
                        rs.getString(2), rs.getString(3)), centreId);
        if (classes.isEmpty()) {
            classes = config.priorityClasses();
        }
        ZoneId zone = Rows.one(c, "SELECT time_zone FROM centre WHERE id = ?", rs -> rs.getString(1), centreId)
                .map(ZoneId::of).orElse(config.zone());
        return new Settings(centreId, services, classes, zone);
    }
}
