package vn.onestop.server.centre;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import vn.onestop.server.Rejection;
import vn.onestop.server.ServerConfig;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;

/**
 * The province's centres (table {@code centre}), and which centre a kiosk or counter belongs to. A kiosk's and a
 * counter's centre never change once made, so those answers are kept in memory; centres themselves are read fresh.
 */
public final class Centres {
    /** A centre id: lower-case letters, digits and '-', 2-20 characters, starting with a letter or digit. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,19}");
    private static final String COLUMNS = "id, name_vi, name_en, kind, province_code, agency_code, address, "
            + "time_zone, opening_hours, disabled_at";
    private final Database db;
    private final Clock clock;
    private final Map<String, String> kioskCentre = new ConcurrentHashMap<>();
    private final Map<String, String> counterCentre = new ConcurrentHashMap<>();

    public Centres(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * At every start: when the database has no centre 'main' yet (a new install, or one made before centres were
     * data), makes it from server.properties ({@code centre.name}, {@code centre.nameEn}, {@code centre.agencyCode},
     * {@code centre.timeZone}, ...). An existing centre is left as the admin pages last saved it.
     */
    public void ensureMain(ServerConfig config) {
        db.write(c -> {
            if (Rows.count(c, "SELECT COUNT(*) FROM centre WHERE id = ?", Centre.MAIN) == 0) {
                long now = clock.millis();
                Rows.update(c, "INSERT INTO centre (id, name_vi, name_en, kind, province_code, agency_code, address, "
                        + "time_zone, opening_hours, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        Centre.MAIN, config.centreName(), config.centreName(), CentreKind.PROVINCIAL.code(), null,
                        config.agencyCode(), null, config.zone().getId(), null, now, now);
            }
            return null;
        });
    }

    /** Every centre, disabled ones too, by id. */
    public List<Centre> all() {
        return db.read(c -> Rows.list(c, "SELECT " + COLUMNS + " FROM centre ORDER BY id", Centres::centre));
    }

    public Optional<Centre> find(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        return db.read(c -> find(c, id));
    }

    public Optional<Centre> find(Connection c, String id) throws SQLException {
        return Rows.one(c, "SELECT " + COLUMNS + " FROM centre WHERE id = ?", Centres::centre, id);
    }

    /** The centre of {@code id}, or a 404 naming it. */
    public Centre require(String id) {
        return find(id).orElseThrow(() -> Rejection.notFound("No centre '" + id + "'"));
    }

    /** The centre a kiosk was enrolled at. */
    public String ofKiosk(String kioskId) {
        return kioskCentre.computeIfAbsent(kioskId, id -> db.read(c -> Rows.one(c,
                "SELECT centre_id FROM kiosk WHERE id = ?", rs -> rs.getString(1), id)).orElse(Centre.MAIN));
    }

    /** The centre a counter belongs to ({@link Centre#MAIN} for a counter not in the database). */
    public String ofCounter(String counterId) {
        String known = counterCentre.get(counterId);
        if (known != null) {
            return known;
        }
        Optional<String> found = db.read(c -> Rows.one(c, "SELECT centre_id FROM counter WHERE id = ?",
                rs -> rs.getString(1), counterId));
        found.ifPresent(centre -> counterCentre.put(counterId, centre));
        return found.orElse(Centre.MAIN);
    }

    static Centre centre(ResultSet rs) throws SQLException {
        rs.getLong(10);
        boolean disabled = !rs.wasNull();
        return new Centre(rs.getString(1), rs.getString(2), rs.getString(3), CentreKind.of(rs.getString(4)),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), disabled);
    }
}
