package vn.onestop.server.queue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import vn.onestop.core.wire.PriorityClassInfo;
import vn.onestop.core.wire.ServiceInfo;
import vn.onestop.server.ServerConfig;
import vn.onestop.server.centre.Centre;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;

/**
 * A centre's first queue rows: the centre 'main' gets the configured services, priority classes and counters at the
 * first start (when it has none of them), and never again: from then on the admin pages own them. A centre made on
 * the admin pages gets the configured services and classes through {@link #seedNewCentre} (no counters).
 */
public final class CentreSetup {
    private final ServerConfig config;

    public CentreSetup(ServerConfig config) {
        this.config = config;
    }

    /**
     * At every start: fills in what the centre 'main' lacks from server.properties; existing rows are kept (two
     * processes starting together on one PostgreSQL database skip each other's rows).
     */
    public void seedMain(Database db) {
        db.write(c -> {
            if (count(c, "service", Centre.MAIN) == 0) {
                insertServices(c, Centre.MAIN, config.services());
            }
            if (count(c, "priority_class", Centre.MAIN) == 0) {
                insertClasses(c, Centre.MAIN, config.priorityClasses());
            }
            if (count(c, "counter", Centre.MAIN) == 0) {
                for (CounterSpec k : config.counters()) {
                    Rows.update(c, "INSERT INTO counter (id, name, services, is_open, priority_streak, centre_id) "
                            + "VALUES (?, ?, ?, 0, 0, ?) ON CONFLICT DO NOTHING", k.id(), k.name(), String.join(",", k.services()),
                            Centre.MAIN);
                }
            }
            return null;
        });
    }

    /**
     * Gives a new centre the catalogue's services and the configured priority classes (no counters: the admin
     * makes them), in the caller's transaction. A centre that already has services or classes keeps them.
     */
    public void seedNewCentre(Connection c, String centreId) throws SQLException {
        if (count(c, "service", centreId) == 0) {
            insertServices(c, centreId, config.services());
        }
        if (count(c, "priority_class", centreId) == 0) {
            insertClasses(c, centreId, config.priorityClasses());
        }
    }

    private static long count(Connection c, String table, String centreId) throws SQLException {
        return Rows.count(c, "SELECT COUNT(*) FROM " + table + " WHERE centre_id = ?", centreId);
    }

    private static void insertServices(Connection c, String centreId, List<ServiceInfo> services)
            throws SQLException {
        int position = 0;
        for (ServiceInfo s : services) {
            Rows.update(c, "INSERT INTO service (centre_id, code, name_vi, name_en, position) VALUES (?, ?, ?, ?, ?) "
                    + "ON CONFLICT DO NOTHING",
                    centreId, s.code(), s.nameVi(), s.nameEn(), position++);
        }
    }

    private static void insertClasses(Connection c, String centreId, List<PriorityClassInfo> classes)
            throws SQLException {
        int rank = 0;
        for (PriorityClassInfo p : classes) {
            Rows.update(c, "INSERT INTO priority_class (centre_id, code, name_vi, name_en, rank) VALUES (?, ?, ?, ?, ?) "
                    + "ON CONFLICT DO NOTHING",
                    centreId, p.code(), p.nameVi(), p.nameEn(), rank++);
        }
    }
}
