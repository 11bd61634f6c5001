package vn.onestop.server.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import vn.onestop.server.db.Dialect;
import vn.onestop.server.db.Rows;

/**
 * The SQL every outbox table shares (columns {@code id, state, attempts, next_attempt_at, lease_owner, lease_until,
 * last_error, last_attempt_at}); each method runs inside the caller's transaction. A row is {@link #PENDING} (due at
 * {@code next_attempt_at}), {@link #DELIVERED} or {@link #FAILED}. The claim picks due rows whose lease (if any) has
 * run out, on PostgreSQL skipping rows another process is claiming ({@code FOR UPDATE SKIP LOCKED}); on both databases
 * the claim itself is a conditional UPDATE that only one worker wins.
 */
public final class OutboxTable {
    public static final String PENDING = "pending";
    public static final String DELIVERED = "delivered";
    public static final String FAILED = "failed";
    private static final int ERROR_CHARS = 1000;
    private final String table;

    /** @param table the outbox table's name (a constant of the caller, never input) */
    public OutboxTable(String table) {
        this.table = table;
    }

    /**
     * Claims up to {@code limit} due rows for {@code owner} until {@code leaseUntil}; each claim counts as an attempt.
     * Returns the ids of the rows this call won, in due order.
     */
    public List<String> claim(Connection c, Dialect dialect, String owner, long now, long leaseUntil, int limit)
            throws SQLException {
        List<String> due = Rows.list(c, "SELECT id FROM " + table + " WHERE state = ? AND next_attempt_at <= ? "
                + "AND (lease_until IS NULL OR lease_until < ?) ORDER BY next_attempt_at, id LIMIT ?"
                + dialect.lockSkipLocked(), rs -> rs.getString(1), PENDING, now, now, limit);
        List<String> won = new ArrayList<>();
        for (String id : due) {
            if (Rows.update(c, "UPDATE " + table + " SET lease_owner = ?, lease_until = ?, attempts = attempts + 1, "
                    + "last_attempt_at = ? WHERE id = ? AND state = ? AND (lease_until IS NULL OR lease_until < ?)",
                    owner, leaseUntil, now, id, PENDING, now) == 1) {
                won.add(id);
            }
        }
        return won;
    }

    /** Releases a claimed row for another attempt at {@code nextAttemptAt}, keeping why this one failed. */
    public void retryLater(Connection c, String id, String owner, String error, long nextAttemptAt)
            throws SQLException {
        Rows.update(c, "UPDATE " + table + " SET last_error = ?, next_attempt_at = ?, lease_owner = NULL, "
                + "lease_until = NULL WHERE id = ? AND lease_owner = ?", clip(error), nextAttemptAt, id, owner);
    }

    /** An error as stored: at most the column's 1000 characters. */
    public static String clip(String error) {
        return error == null || error.length() <= ERROR_CHARS ? error : error.substring(0, ERROR_CHARS - 1) + "…";
    }
}
