package vn.onestop.server.rating;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import vn.onestop.core.rating.RatingLevel;
import vn.onestop.core.wire.RatingReasonInfo;
import vn.onestop.server.Rejection;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;
import vn.onestop.server.report.CsvCell;
import vn.onestop.server.report.ReportService;

/**
 * Ratings over a range of days grouped per official, per counter, per service or for the whole centre: how many,
 * the average level, the count at each of the five levels, how often each low-rating reason was ticked, and how many
 * services (served tickets and received dossiers) ran out unrated on a counter's tablet ("not rated", never counted
 * as a rating). A dossier's rating and "not rated" carry its procedure's service.
 */
public final class RatingBreakdown {
    private final Database db;
    private final ZoneId zone;
    private final Clock clock;
    private final String centreName;
    private final List<RatingReasonInfo> reasons;

    /** What ratings are grouped by. */
    public enum By {
        OFFICIAL("official"), COUNTER("counter_id"), SERVICE("service_code"), CENTRE(null);

        private final String column;

        By(String column) {
            this.column = column;
        }

        public static By of(String text) {
            if (text == null || text.isBlank()) {
                return OFFICIAL;
            }
            for (By b : values()) {
                if (b.name().equalsIgnoreCase(text.trim())) {
                    return b;
                }
            }
            throw Rejection.invalid("by must be one of official, counter, service, centre");
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One group's ratings; {@code levels[0]} counts level 1 (Rất không hài lòng) ... {@code levels[4]} level 5. */
    public record Group(String key, String name, int ratings, Double average, int[] levels,
                        Map<String, Integer> reasons, int notRated) {}

    private record Row(String key, int score, String reasons) {}

    public RatingBreakdown(Database db, ZoneId zone, Clock clock, String centreName, List<RatingReasonInfo> reasons) {
        this.db = db;
        this.zone = zone;
        this.clock = clock;
        this.centreName = centreName;
        this.reasons = List.copyOf(reasons);
    }

    public List<RatingReasonInfo> reasons() {
        return reasons;
    }

    /** Groups sorted by key (ratings whose key is unknown last, with an empty key). */
    public List<Group> by(By by, ReportService.Range r, String centreId) {
        long start = r.from().atStartOfDay(zone).toInstant().toEpochMilli();
        long end = r.to().plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        return groups(by, start, end, centreId);
    }

    /** Today's ratings of {@code centreId} (local day of the centre). */
    public List<Group> today(By by, String centreId) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        return by(by, new ReportService.Range(today, today), centreId);
    }

    /** The ratings of one centre (issue 21): its own, and the "not rated" of its tickets and dossiers. */
    private List<Group> groups(By by, long start, long end, String centreId) {
        String key = by.column == null ? "''" : "r." + by.column;
        String missedKey = by.column == null ? "''" : "m." + by.column;
        List<Row> rows = db.read(c -> Rows.list(c, "SELECT " + key + ", r.score, r.reasons FROM rating r WHERE "
                + "r.centre_id = ? AND r.created_at >= ? AND r.created_at < ?", rs -> new Row(nz(rs.getString(1)),
                        rs.getInt(2), rs.getString(3)), centreId, start, end));
        List<String> missed = new ArrayList<>();
        for (String[] table : List.of(new String[] {"rating_missed", "ticket", "ticket_id", "id"},
                new String[] {"rating_missed_dossier", "dossier", "dossier_code", "code"})) {
            missed.addAll(db.read(c -> Rows.list(c, "SELECT " + missedKey + " FROM " + table[0] + " m JOIN "
                    + table[1] + " o ON o." + table[3] + " = m." + table[2] + " WHERE o.centre_id = ? AND "
                    + "m.created_at >= ? AND m.created_at < ?", rs -> nz(rs.getString(1)), centreId, start, end)));
        }
        String centreName = db.read(c -> Rows.one(c, "SELECT name_vi FROM centre WHERE id = ?",
                rs -> rs.getString(1), centreId)).orElse(this.centreName);
        Map<String, String> names = names(by, centreId);
        Map<String, List<Row>> grouped = new TreeMap<>((a, b) -> a.isEmpty() == b.isEmpty() ? a.compareTo(b)
                : a.isEmpty() ? 1 : -1);
        rows.forEach(row -> grouped.computeIfAbsent(row.key(), k -> new ArrayList<>()).add(row));
        missed.forEach(k -> grouped.computeIfAbsent(k, x -> new ArrayList<>()));
        if (by == By.CENTRE) {
            grouped.computeIfAbsent("", k -> new ArrayList<>());
        }
        List<Group> out = new ArrayList<>();
        grouped.forEach((k, list) -> out.add(summary(k, by == By.CENTRE ? centreName : names.getOrDefault(k, ""),
                list, (int) missed.stream().filter(k::equals).count())));
        return out;
    }

    private Map<String, String> names(By by, String centreId) {
        String sql = switch (by) {
            case OFFICIAL -> "SELECT username, display_name FROM staff";
            case COUNTER -> "SELECT id, name FROM counter WHERE centre_id = ?";
            case SERVICE -> "SELECT code, name_vi FROM service WHERE centre_id = ?";
            case CENTRE -> null;
        };
        Map<String, String> names = new LinkedHashMap<>();
        if (sql != null) {
            boolean byCentre = by != By.OFFICIAL;
            db.read(c -> Rows.list(c, sql, rs -> names.put(rs.getString(1), rs.getString(2)),
                    byCentre ? new Object[] {centreId} : new Object[0]));
        }
        return names;
    }

    private Group summary(String key, String name, List<Row> list, int notRated) {
        int[] levels = new int[RatingLevel.values().length];
        long sum = 0;
        Map<String, Integer> ticked = new LinkedHashMap<>();
        reasons.forEach(r -> ticked.put(r.code(), 0));
        for (Row row : list) {
            levels[row.score() - 1]++;
            sum += row.score();
            if (row.reasons() != null) {
                for (String code : row.reasons().split(",")) {
                    ticked.merge(code, 1, Integer::sum);
                }
            }
        }
        Double average = list.isEmpty() ? null : Math.round(100.0 * sum / list.size()) / 100.0;
        return new Group(key, name == null ? "" : name, list.size(), average, levels, ticked, notRated);
    }

    /** The groups as RFC 4180 CSV with a byte order mark; every text cell is safe against formula injection. */
    public String csv(By by, List<Group> groups) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        List<String> head = new ArrayList<>(List.of(by.code(), "name", "ratings", "average"));
        for (int score = 1; score <= RatingLevel.values().length; score++) {
            int s = score;
            head.add(RatingLevel.ofScore(s).orElseThrow().nameVi());
        }
        reasons.forEach(r -> head.add(r.nameVi()));
        head.add("not_rated");
        line(sb, head);
        for (Group g : groups) {
            List<String> cells = new ArrayList<>(List.of(g.key(), g.name(), String.valueOf(g.ratings()),
                    g.average() == null ? "" : String.valueOf(g.average())));
            for (int level : g.levels()) {
                cells.add(String.valueOf(level));
            }
            reasons.forEach(r -> cells.add(String.valueOf(g.reasons().getOrDefault(r.code(), 0))));
            cells.add(String.valueOf(g.notRated()));
            line(sb, cells);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells) {
        sb.append(String.join(",", cells.stream().map(CsvCell::of).toList())).append("\r\n");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
