package vn.onestop.server.catalogue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;

/** The first start: the catalogue and calendar copied from the configuration files into an empty database. */
final class CatalogueSeeding {
    private static final Logger LOG = LogManager.getLogger(CatalogueSeeding.class);
    private final Database db;
    private final Clock clock;
    private final CatalogueJson json;

    CatalogueSeeding(Database db, Clock clock, CatalogueJson json) {
        this.db = db;
        this.clock = clock;
        this.json = json;
    }

    /** Seeds the database from {@code seed} when it holds no catalogue yet; never overwrites. */
    void seedOnce(CatalogueSeed seed) {
        try {
            db.write(c -> {
                seed(c, seed);
                return null;
            });
        } catch (RuntimeException e) {
            // Two processes of a province started at once: the other one seeded first.
            if (!db.read(CatalogueSeeding::seeded)) {
                throw e;
            }
        }
    }

    private static boolean seeded(Connection c) throws SQLException {
        return Rows.count(c, "SELECT COUNT(*) FROM catalogue_document WHERE id = 1") > 0;
    }

    private void seed(Connection c, CatalogueSeed seed) throws SQLException {
        if (seeded(c)) {
            return;
        }
        ObjectNode document = (ObjectNode) json.tree(seed.catalogueJson());
        ArrayNode procedures = (ArrayNode) document.remove("procedures");
        long now = clock.millis();
        Rows.update(c, "INSERT INTO catalogue_document (id, body, version, updated_at) VALUES (1, ?, 1, ?)",
                json.write(document), now);
        for (int i = 0; i < procedures.size(); i++) {
            Rows.update(c, "INSERT INTO catalogue_procedure (code, position, body, updated_at) VALUES (?, ?, ?, ?)",
                    procedures.get(i).get("code").asText(), i, json.write(procedures.get(i)), now);
        }
        List<CalendarDay> days = new ArrayList<>(seed.daysOff());
        days.addAll(seed.makeupDays());
        for (CalendarDay d : days) {
            CalendarEdits.insertDay(c, d, now);
        }
        LOG.info("Catalogue ({} procedures) and calendar ({} listed days) copied into the database from the "
                + "configuration files; from now on they are edited on the staff pages", procedures.size(),
                days.size());
    }
}
