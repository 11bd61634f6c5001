package vn.onestop.server.province;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.onestop.server.centre.Centre;
import vn.onestop.server.centre.Centres;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Dialect;
import vn.onestop.server.db.Rows;
import vn.onestop.server.db.StorageException;

/**
 * Merges single-centre SQLite databases into one province PostgreSQL database, all sources in one PostgreSQL
 * transaction (all or nothing). Each source's centre {@code main} becomes the centre named for it; every table the
 * source has is copied, whatever branch or version added it, with these rewrites by column name:
 * <ul>
 * <li>{@code centre_id} 'main' becomes the new centre id (table {@code centre}: its row 'main' gets the new id and
 *     the names, kind and agency code given);</li>
 * <li>counter ids ({@code counter.id}, every {@code counter_id} and {@code *_counter_id} column, the comma list
 *     {@code counters} of gateway enrolment codes) become {@code <centreId>-<id>}, the form the admin pages give new
 *     counters, since counter ids are unique across the whole database and every single-centre install has '1';</li>
 * <li>a staff username already taken in the province database becomes {@code <centreId>.<username>} in every
 *     column that names a staff member.</li>
 * </ul>
 * Ticket numbers, dossier codes and row ids are kept. A row that meets a unique key already in the target is
 * accepted only when an identical row is there (a service catalogue shared by both centres); anything else stops
 * the merge with the table and key named. Sessions are not copied (everyone signs in again).
 */
public final class CentreMerge {
    /** Flyway's own history; waiting counts PostgreSQL's trigger rebuilds as tickets arrive; sign-in sessions. */
    private static final Set<String> SKIPPED = Set.of("flyway_schema_history", "ticket_waiting", "staff_session");
    /** Columns that hold a staff username. */
    private static final Set<String> USER_COLUMNS = Set.of("username", "staff_username", "actor", "created_by",
            "updated_by", "requested_by", "received_by", "acknowledged_by", "official", "served_by");
    private static final int MAX_COUNTER_ID = 20;
    private static final int MAX_USERNAME = 64;

    private CentreMerge() {}

    /**
     * One source: its SQLite database, the id its centre 'main' takes, and the names, kind and agency code to give
     * it (null: keep what the source's centre row says).
     */
    public record Source(Database db, String centreId, String nameVi, String nameEn, String kind, String agencyCode) {
        public Source {
            if (centreId == null || !Centres.ID.matcher(centreId).matches()) {
                throw new IllegalArgumentException("A centre id is 2-20 lower-case letters, digits or '-' (was '"
                        + centreId + "')");
            }
        }
    }

    /** What one source became: rows copied per table, rows already there, counters and accounts renamed. */
    public record Result(String centreId, Map<String, Long> copied, Map<String, Long> alreadyThere,
            Map<String, String> counters, Map<String, String> usernames) {}

    /** Merges every source into {@code target}; returns what each became. Nothing changes when one fails. */
    public static List<Result> merge(List<Source> sources, Database target) {
        if (target.dialect() != Dialect.POSTGRESQL) {
            throw new IllegalArgumentException("The province database must be PostgreSQL");
        }
        Set<String> ids = sources.stream().map(Source::centreId).collect(Collectors.toSet());
        if (ids.size() != sources.size()) {
            throw new IllegalArgumentException("Each source needs its own centre id");
        }
        for (Source s : sources) {
            if (s.db().dialect() != Dialect.SQLITE) {
                throw new IllegalArgumentException("The sources are single-centre SQLite databases");
            }
        }
        Map<String, Long> before = new HashMap<>();
        List<Result> results = target.write(pg -> {
            before.clear();
            for (String table : pgTables(pg)) {
                before.put(table, Rows.count(pg, "SELECT COUNT(*) FROM " + table));
            }
            List<Result> done = new ArrayList<>();
            for (Source s : sources) {
                done.add(s.db().read(sqlite -> mergeOne(sqlite, pg, s)));
            }
            return done;
        });
        check(target, before, results);
        return results;
    }

    private static Result mergeOne(Connection sqlite, Connection pg, Source s) throws SQLException {
        String id = s.centreId();
        if (Rows.count(pg, "SELECT COUNT(*) FROM centre WHERE id = ?", id) > 0) {
            throw refused("The province database already holds a centre '" + id + "'");
        }
        List<String> tables = Rows.list(sqlite, "SELECT name FROM sqlite_master WHERE type = 'table' "
                + "AND name NOT LIKE 'sqlite_%' ORDER BY rowid", rs -> rs.getString(1)).stream()
                .filter(n -> !SKIPPED.contains(n)).toList();
        for (String table : tables) {
            if (Rows.one(pg, "SELECT to_regclass(?)", rs -> rs.getString(1), table).isEmpty()) {
                throw refused("The province database has no table " + table
                        + ": migrate it with the same server version as the sources");
            }
        }
        List<String> foreign = Rows.list(sqlite, "SELECT id FROM centre WHERE id <> ?", rs -> rs.getString(1),
                Centre.MAIN);
        if (!foreign.isEmpty()) {
            throw refused("The source for '" + id + "' holds other centres than 'main' (" + foreign
                    + "); only single-centre databases can be merged");
        }
        Rewrites rw = new Rewrites(id, counters(sqlite, id), usernames(sqlite, pg, id), centreRow(sqlite, s));
        Map<String, Long> copied = new LinkedHashMap<>();
        Map<String, Long> there = new LinkedHashMap<>();
        for (String table : tables) {
            long[] n = copyTable(sqlite, pg, table, rw);
            copied.put(table, n[0]);
            if (n[1] > 0) {
                there.put(table, n[1]);
            }
        }
        return new Result(id, copied, there, rw.counters, rw.usernames);
    }

    /** Every counter of the source gets the id {@code <centreId>-<id>} (kept when it already has that form). */
    private static Map<String, String> counters(Connection sqlite, String centreId) throws SQLException {
        Map<String, String> map = new LinkedHashMap<>();
        for (String old : Rows.list(sqlite, "SELECT id FROM counter ORDER BY id", rs -> rs.getString(1))) {
            String renamed = old.startsWith(centreId + "-") ? old : centreId + "-" + old;
            if (renamed.length() > MAX_COUNTER_ID) {
                throw refused("Counter '" + old + "' of '" + centreId + "' would become '" + renamed + "', longer than "
                        + MAX_COUNTER_ID + " characters: choose a shorter centre id");
            }
            map.put(old, renamed);
        }
        return map;
    }

    /** Usernames the province database (or a source merged before) already has become {@code <centreId>.<name>}. */
    private static Map<String, String> usernames(Connection sqlite, Connection pg, String centreId)
            throws SQLException {
        Map<String, String> map = new LinkedHashMap<>();
        for (String name : Rows.list(sqlite, "SELECT username FROM staff ORDER BY username", rs -> rs.getString(1))) {
            if (Rows.count(pg, "SELECT COUNT(*) FROM staff WHERE username = ?", name) == 0) {
                continue;
            }
            String renamed = centreId + "." + name;
            if (renamed.length() > MAX_USERNAME
                    || Rows.count(pg, "SELECT COUNT(*) FROM staff WHERE username = ?", renamed) > 0) {
                throw refused("The staff account '" + name + "' of '" + centreId + "' exists in the province "
                        + "database and cannot be renamed to '" + renamed + "'");
            }
            map.put(name, renamed);
        }
        return map;
    }

    /** The source's centre row 'main' with the new id and the names given on the command line. */
    private static Map<String, Object> centreRow(Connection sqlite, Source s) throws SQLException {
        Optional<Map<String, Object>> row = Rows.one(sqlite, "SELECT * FROM centre WHERE id = ?", CentreMerge::asMap,
                Centre.MAIN);
        Map<String, Object> r = row.orElseThrow(() -> refused("The source for '" + s.centreId() + "' has no centre "
                + "'main': start its server once with this version (it makes the centre from server.properties)"));
        r.put("id", s.centreId());
        putIfGiven(r, "name_vi", s.nameVi());
        putIfGiven(r, "name_en", s.nameEn());
        putIfGiven(r, "kind", s.kind() == null ? null : vn.onestop.server.centre.CentreKind.of(s.kind()).code());
        putIfGiven(r, "agency_code", s.agencyCode());
        return r;
    }

    private static void putIfGiven(Map<String, Object> row, String column, String value) {
        if (value != null && !value.isBlank()) {
            row.put(column, value.strip());
        }
    }

    private static Map<String, Object> asMap(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            row.put(meta.getColumnName(i).toLowerCase(Locale.ROOT), rs.getObject(i));
        }
        return row;
    }

    /** The rewrites of one source's rows. */
    private record Rewrites(String centreId, Map<String, String> counters, Map<String, String> usernames,
            Map<String, Object> centre) {

        Object value(String table, String column, Object v, Map<String, Object> row) {
            if (table.equals("centre")) {
                return Centre.MAIN.equals(row.get("id")) ? centre.get(column) : v;
            }
            if (v == null) {
                return null;
            }
            if (column.equals("centre_id")) {
                return Centre.MAIN.equals(v) ? centreId : v;
            }
            if ((table.equals("counter") && column.equals("id")) || column.equals("counter_id")
                    || column.endsWith("_counter_id")) {
                return counters.getOrDefault(v.toString(), prefixed(v.toString()));
            }
            if (column.equals("counters") && v instanceof String list) {
                return Arrays.stream(list.split(",")).map(String::strip)
                        .map(c -> c.isEmpty() ? c : counters.getOrDefault(c, prefixed(c)))
                        .collect(Collectors.joining(","));
            }
            if (USER_COLUMNS.contains(column)) {
                return usernames.containsKey(v.toString()) ? usernames.get(v.toString()) : v;
            }
            return v;
        }

        /** A counter id no longer in the source's counter table (history of a removed counter) gets the same form. */
        private String prefixed(String id) {
            return id.startsWith(centreId + "-") ? id : centreId + "-" + id;
        }
    }

    /** Copies one table; returns {rows inserted, rows already there identically}. */
    private static long[] copyTable(Connection sqlite, Connection pg, String table, Rewrites rw) throws SQLException {
        long inserted = 0;
        long identical = 0;
        try (Statement s = sqlite.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = rs.getMetaData();
            int n = meta.getColumnCount();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                columns.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
            }
            String insertSql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ") ON CONFLICT DO NOTHING";
            String sameSql = "SELECT COUNT(*) FROM " + table + " WHERE "
                    + columns.stream().map(c -> c + " IS NOT DISTINCT FROM ?").collect(Collectors.joining(" AND "));
            try (PreparedStatement insert = pg.prepareStatement(insertSql);
                    PreparedStatement same = pg.prepareStatement(sameSql)) {
                while (rs.next()) {
                    Map<String, Object> row = asMap(rs);
                    Object[] values = new Object[n];
                    for (int i = 0; i < n; i++) {
                        values[i] = rw.value(table, columns.get(i), row.get(columns.get(i)), row);
                        insert.setObject(i + 1, values[i]);
                    }
                    if (insert.executeUpdate() == 1) {
                        inserted++;
                        continue;
                    }
                    for (int i = 0; i < n; i++) {
                        same.setObject(i + 1, values[i]);
                    }
                    try (ResultSet found = same.executeQuery()) {
                        found.next();
                        if (found.getLong(1) == 0) {
                            throw refused("Table " + table + ": a row of '" + rw.centreId() + "' ("
                                    + describe(columns, values) + ") clashes with a different row already in the "
                                    + "province database under the same unique key, which this schema does not "
                                    + "keep per centre");
                        }
                    }
                    identical++;
                }
            }
        }
        return new long[] {inserted, identical};
    }

    /** Key-like columns of a clashing row for the message (no personal data: ids, codes, days and numbers only). */
    private static String describe(List<String> columns, Object[] values) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < columns.size() && parts.size() < 4; i++) {
            String c = columns.get(i);
            if (c.equals("id") || c.endsWith("_id") || c.endsWith("code") || c.endsWith("_day")
                    || c.equals("number")) {
                parts.add(c + "=" + values[i]);
            }
        }
        return String.join(", ", parts);
    }

    private static List<String> pgTables(Connection pg) throws SQLException {
        return Rows.list(pg, "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                + "AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history'", rs -> rs.getString(1));
    }

    /** After the commit: every table holds what it held before plus what was inserted. */
    private static void check(Database target, Map<String, Long> before, List<Result> results) {
        Map<String, Long> expected = new HashMap<>(before);
        for (Result r : results) {
            r.copied().forEach((table, rows) -> expected.merge(table, rows, Long::sum));
        }
        for (Map.Entry<String, Long> e : expected.entrySet()) {
            if (SKIPPED.contains(e.getKey()) || e.getKey().equals("live_event")) {
                continue;
            }
            long there = target.read(c -> Rows.count(c, "SELECT COUNT(*) FROM " + e.getKey()));
            if (there != e.getValue()) {
                throw new StorageException(new SQLException("Table " + e.getKey() + " holds " + there
                        + " rows after the merge, expected " + e.getValue()));
            }
        }
    }

    private static StorageException refused(String why) {
        return new StorageException(new SQLException(why + ". Nothing was changed"));
    }
}
