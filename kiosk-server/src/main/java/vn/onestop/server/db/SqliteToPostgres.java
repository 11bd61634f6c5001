package vn.onestop.server.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Moves a centre's SQLite data into an empty PostgreSQL database of the same schema: every table, every row,
 * in one PostgreSQL transaction (all or nothing), then compares row counts. Both databases are migrated to the
 * current schema first. Services and counters the province's servers seeded at start are replaced by the centre's;
 * any other table must be empty, so running it twice cannot mix two copies.
 */
public final class SqliteToPostgres {
    private static final Set<String> SEEDED = Set.of("service", "counter", "priority_class");
    /** Flyway's own history, and waiting counts that PostgreSQL's trigger rebuilds as the tickets arrive. */
    private static final Set<String> SKIPPED = Set.of("flyway_schema_history", "ticket_waiting");
    private static final int BATCH = 500;

    private SqliteToPostgres() {}

    /** Copies everything from {@code source} to {@code target}; returns rows per table. */
    public static Map<String, Long> copy(Database source, Database target) {
        if (source.dialect() != Dialect.SQLITE || target.dialect() != Dialect.POSTGRESQL) {
            throw new IllegalArgumentException("The move goes from SQLite to PostgreSQL");
        }
        List<String> tables = source.read(SqliteToPostgres::tables);
        Map<String, Long> copied = target.write(pg -> {
            checkTarget(pg, tables);
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : tables) {
                counts.put(table, source.read(sqlite -> copyTable(sqlite, pg, table)));
            }
            return counts;
        });
        for (String table : tables) {
            long there = target.read(c -> Rows.count(c, "SELECT COUNT(*) FROM " + table));
            if (there != copied.get(table)) {
                throw new StorageException(new SQLException("Table " + table + " holds " + there
                        + " rows after the move, expected " + copied.get(table)));
            }
        }
        return copied;
    }

    private static List<String> tables(Connection sqlite) throws SQLException {
        List<String> names = Rows.list(sqlite, "SELECT name FROM sqlite_master WHERE type = 'table' "
                + "AND name NOT LIKE 'sqlite_%' ORDER BY rowid", rs -> rs.getString(1));
        return names.stream().filter(n -> !SKIPPED.contains(n)).toList();
    }

    private static void checkTarget(Connection pg, List<String> tables) throws SQLException {
        for (String table : tables) {
            if (Rows.one(pg, "SELECT to_regclass(?)", rs -> rs.getString(1), table).isEmpty()) {
                throw new StorageException(new SQLException("The PostgreSQL database has no table " + table
                        + ": run the same server version on both"));
            }
            if (SEEDED.contains(table)) {
                Rows.update(pg, "DELETE FROM " + table);
            } else if (Rows.count(pg, "SELECT COUNT(*) FROM " + table) > 0) {
                throw new StorageException(new SQLException("The PostgreSQL database already holds data (table "
                        + table + "); the move needs an empty database. Nothing was changed"));
            }
        }
    }

    private static long copyTable(Connection sqlite, Connection pg, String table) throws SQLException {
        long rows = 0;
        try (Statement s = sqlite.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = rs.getMetaData();
            int n = meta.getColumnCount();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                columns.add(meta.getColumnName(i));
            }
            String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
            try (PreparedStatement insert = pg.prepareStatement(sql)) {
                while (rs.next()) {
                    for (int i = 1; i <= n; i++) {
                        insert.setObject(i, rs.getObject(i));
                    }
                    insert.addBatch();
                    if (++rows % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        }
        return rows;
    }
}
