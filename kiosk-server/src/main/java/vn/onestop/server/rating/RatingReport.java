package vn.onestop.server.rating;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.onestop.core.rating.RatingLevel;
import vn.onestop.core.wire.RatingReasonInfo;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;
import vn.onestop.server.report.ReportService;

/**
 * Ratings per official for supervisors over a range of days: how many, the average level, the count at each of the
 * five levels (official wording), and the average answer to each per-criterion question. Ratings whose official is
 * unknown form one row with an empty user name.
 */
public final class RatingReport {
    private final Database db;
    private final ZoneId zone;
    private final List<RatingReasonInfo> criteria;

    /** One official's ratings. */
    public record OfficialRatings(String official, String displayName, int ratings, double average, int[] levels,
                                  Map<String, Double> criteria) {}

    private record Row(String official, String name, int score, String criteria) {}

    public RatingReport(Database db, ZoneId zone, List<RatingReasonInfo> criteria) {
        this.db = db;
        this.zone = zone;
        this.criteria = List.copyOf(criteria);
    }

    /** The configured criteria, in order (columns of the report). */
    public List<RatingReasonInfo> criteria() {
        return criteria;
    }

    /** The ratings of {@code centreId}'s officials, sorted by user name (the unknown official last). */
    public List<OfficialRatings> byOfficial(ReportService.Range r, String centreId) {
        long start = r.from().atStartOfDay(zone).toInstant().toEpochMilli();
        long end = r.to().plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        List<Row> rows = db.read(c -> Rows.list(c, "SELECT r.official, s.display_name, r.score, r.criteria FROM "
                + "rating r LEFT JOIN staff s ON s.username = r.official WHERE r.centre_id = ? AND r.created_at >= ? "
                + "AND r.created_at < ?", rs -> new Row(rs.getString(1) == null ? "" : rs.getString(1),
                        rs.getString(2), rs.getInt(3), rs.getString(4)), centreId, start, end));
        Map<String, List<Row>> byOfficial = new TreeMap<>((a, b) -> a.isEmpty() == b.isEmpty() ? a.compareTo(b)
                : a.isEmpty() ? 1 : -1);
        rows.forEach(row -> byOfficial.computeIfAbsent(row.official(), k -> new ArrayList<>()).add(row));
        List<OfficialRatings> out = new ArrayList<>();
        byOfficial.forEach((official, list) -> out.add(summary(official, list)));
        return out;
    }

    private OfficialRatings summary(String official, List<Row> list) {
        int[] levels = new int[RatingLevel.values().length];
        long sum = 0;
        Map<String, long[]> answers = new LinkedHashMap<>();
        criteria.forEach(c -> answers.put(c.code(), new long[2]));
        for (Row row : list) {
            levels[row.score() - 1]++;
            sum += row.score();
            if (row.criteria() != null) {
                for (String pair : row.criteria().split(",")) {
                    String[] kv = pair.split("=", 2);
                    long[] acc = answers.get(kv[0]);
                    if (acc != null && kv.length == 2) {
                        acc[0] += Integer.parseInt(kv[1]);
                        acc[1]++;
                    }
                }
            }
        }
        Map<String, Double> averages = new LinkedHashMap<>();
        answers.forEach((code, acc) -> averages.put(code, acc[1] == 0 ? null : round((double) acc[0] / acc[1])));
        String name = list.get(0).name() == null ? "" : list.get(0).name();
        return new OfficialRatings(official, name, list.size(), round((double) sum / list.size()), levels, averages);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** The report as RFC 4180 CSV with a byte order mark (Vietnamese reads right in spreadsheet programs). */
    public String csv(List<OfficialRatings> rows) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        List<String> head = new ArrayList<>(List.of("official", "display_name", "ratings", "average"));
        for (RatingLevel level : RatingLevel.values()) {
            head.add(level.nameVi());
        }
        criteria.forEach(c -> head.add(c.nameVi()));
        sb.append(String.join(",", head.stream().map(RatingReport::cell).toList())).append("\r\n");
        for (OfficialRatings o : rows) {
            List<String> cells = new ArrayList<>(List.of(cell(o.official()), cell(o.displayName()),
                    String.valueOf(o.ratings()), String.valueOf(o.average())));
            for (RatingLevel level : RatingLevel.values()) {
                cells.add(String.valueOf(o.levels()[level.score() - 1]));
            }
            criteria.forEach(c -> {
                Double avg = o.criteria().get(c.code());
                cells.add(avg == null ? "" : String.valueOf(avg));
            });
            sb.append(String.join(",", cells)).append("\r\n");
        }
        return sb.toString();
    }

    /** A CSV cell: quoted when needed, and a leading = + - @ neutralised against formula injection. */
    static String cell(String v) {
        return vn.onestop.server.report.CsvCell.of(v);
    }
}
