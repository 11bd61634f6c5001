package vn.onestop.server.province;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.onestop.server.centre.Centre;
import vn.onestop.server.centre.Centres;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;

/**
 * Every centre of the province side by side, now: tickets waiting today and the longest wait, open counters, kiosks
 * offline and kiosks whose printer needs someone (from their last heartbeat), and calls for help not yet answered.
 * Each figure is one SQL query grouped by centre over the tables that carry the centre (ticket, counter, kiosk; a
 * help alert belongs to its kiosk's centre), so it costs the same for 1 or 100 centres.
 */
public final class ProvinceOverview {
    /** A kiosk that sent no heartbeat for this long counts as offline (as on the supervisor's live view). */
    static final Duration OFFLINE_AFTER = Duration.ofMinutes(3);
    private final Database db;
    private final Centres centres;
    private final Clock clock;
    private final ObjectMapper json;

    public ProvinceOverview(Database db, Centres centres, Clock clock, ObjectMapper json) {
        this.db = db;
        this.centres = centres;
        this.clock = clock;
        this.json = json;
    }

    /** One centre now. {@code longestWaitMinutes}: of the oldest ticket still waiting today (0 with none). */
    public record CentreNow(String centreId, String nameVi, String nameEn, String kind, boolean disabled, int waiting,
            double longestWaitMinutes, int openCounters, int counters, int kiosks, int kiosksOffline,
            int printerProblems, int openHelpAlerts) {}

    /** The province now: every centre by id, and the province's totals of the counts. */
    public record View(String at, List<CentreNow> centres, int waiting, int openCounters, int kiosksOffline,
            int printerProblems, int openHelpAlerts) {}

    public View now() {
        long now = clock.millis();
        List<Centre> all = centres.all();
        Map<String, String> today = new HashMap<>();
        for (Centre c : all) {
            today.put(c.id(), LocalDate.ofInstant(Instant.ofEpochMilli(now), zone(c)).toString());
        }
        return db.read(c -> {
            Map<String, long[]> waiting = new HashMap<>();
            for (String day : new java.util.TreeSet<>(today.values())) {
                Rows.list(c, "SELECT centre_id, COUNT(*), MIN(issued_at) FROM ticket WHERE status = 'waiting' "
                        + "AND service_day = ? GROUP BY centre_id", rs -> {
                            String centre = rs.getString(1);
                            if (day.equals(today.get(centre))) {
                                waiting.put(centre, new long[] {rs.getLong(2), rs.getLong(3)});
                            }
                            return null;
                        }, day);
            }
            Map<String, long[]> counters = grouped(c, "SELECT centre_id, COUNT(*), SUM(is_open) FROM counter "
                    + "GROUP BY centre_id");
            Map<String, long[]> alerts = grouped(c, "SELECT k.centre_id, COUNT(*), 0 FROM help_alert h JOIN kiosk k "
                    + "ON k.id = h.kiosk_id WHERE h.acknowledged_at IS NULL GROUP BY k.centre_id");
            Map<String, int[]> kiosks = kiosks(c, now);
            List<CentreNow> rows = new ArrayList<>();
            for (Centre centre : all) {
                long[] w = waiting.getOrDefault(centre.id(), new long[] {0, now});
                long[] k = counters.getOrDefault(centre.id(), new long[2]);
                int[] d = kiosks.getOrDefault(centre.id(), new int[3]);
                rows.add(new CentreNow(centre.id(), centre.nameVi(), centre.nameEn(), centre.kind().code(),
                        centre.disabled(), (int) w[0], Math.round((now - w[1]) / 6_000.0) / 10.0, (int) k[1],
                        (int) k[0], d[0], d[1], d[2], (int) alerts.getOrDefault(centre.id(), new long[1])[0]));
            }
            return new View(Instant.ofEpochMilli(now).toString(), rows,
                    rows.stream().mapToInt(CentreNow::waiting).sum(),
                    rows.stream().mapToInt(CentreNow::openCounters).sum(),
                    rows.stream().mapToInt(CentreNow::kiosksOffline).sum(),
                    rows.stream().mapToInt(CentreNow::printerProblems).sum(),
                    rows.stream().mapToInt(CentreNow::openHelpAlerts).sum());
        });
    }

    private static ZoneId zone(Centre c) {
        try {
            return c.zone();
        } catch (java.time.DateTimeException e) {
            return ZoneId.of("Asia/Ho_Chi_Minh");
        }
    }

    private static Map<String, long[]> grouped(Connection c, String sql) throws SQLException {
        Map<String, long[]> out = new HashMap<>();
        Rows.list(c, sql, rs -> out.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)}));
        return out;
    }

    /** Per centre: kiosks in service, of them offline, and of those online, with a printer problem. */
    private Map<String, int[]> kiosks(Connection c, long now) throws SQLException {
        Map<String, int[]> out = new HashMap<>();
        Rows.list(c, "SELECT centre_id, last_seen_at, last_heartbeat FROM kiosk WHERE revoked_at IS NULL", rs -> {
            int[] k = out.computeIfAbsent(rs.getString(1), id -> new int[3]);
            Long seen = Rows.nullableLong(rs, "last_seen_at");
            k[0]++;
            if (seen == null || now - seen > OFFLINE_AFTER.toMillis()) {
                k[1]++;
            } else if (printerProblem(rs.getString(3))) {
                k[2]++;
            }
            return null;
        });
        return out;
    }

    /** Whether a heartbeat reports the printer offline, out of paper, with its cover open or its cutter jammed. */
    private boolean printerProblem(String heartbeat) {
        if (heartbeat == null) {
            return false;
        }
        try {
            JsonNode p = json.readTree(heartbeat).path("printer");
            return !p.path("online").asBoolean(true) || p.path("paperOut").asBoolean(false)
                    || p.path("coverOpen").asBoolean(false) || p.path("cutterError").asBoolean(false);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return true;
        }
    }
}
