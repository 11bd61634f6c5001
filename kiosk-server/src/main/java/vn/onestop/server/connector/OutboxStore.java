package vn.onestop.server.connector;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.onestop.server.db.Dialect;
import vn.onestop.server.db.Rows;
import vn.onestop.server.outbox.OutboxTable;

/**
 * The SQL of the provincial outbox; each method runs inside the caller's transaction. A row is {@code pending}
 * (to send, now or at {@code next_attempt_at}), {@code delivered} (the provincial system accepted it) or
 * {@code failed} (refused for good: kept with the reason until a technician retries it). A worker claims due rows
 * with a lease ({@code lease_owner}, {@code lease_until}) through the SQL all outboxes share ({@link OutboxTable}).
 */
public final class OutboxStore {
    static final String PENDING = OutboxTable.PENDING;
    static final String DELIVERED = OutboxTable.DELIVERED;
    static final String FAILED = OutboxTable.FAILED;
    private final OutboxTable table = new OutboxTable("provincial_outbox");

    /** A claimed row: what to send and under which key. */
    public record Claim(String id, String dossierCode, ConnectorEvent event, String idempotencyKey, int attempts) {}

    /** A row as the technician page shows it. */
    public record Row(String id, String dossierCode, String event, String state, int attempts, String lastError,
            Long nextAttemptAt, Long lastAttemptAt, Long deliveredAt, String officialCode, long createdAt) {}

    /**
     * Adds the row for {@code event} of {@code dossierCode} unless it exists (idempotent: the same event reported
     * twice is sent once). Returns true when a row was added.
     */
    public boolean enqueue(Connection c, String agencyCode, String dossierCode, ConnectorEvent event, long now)
            throws SQLException {
        if (Rows.count(c, "SELECT COUNT(*) FROM provincial_outbox WHERE dossier_code = ? AND event = ?", dossierCode,
                event.code()) > 0) {
            return false;
        }
        Rows.update(c, "INSERT INTO provincial_outbox (id, dossier_code, event, idempotency_key, state, attempts, "
                + "next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)", UUID.randomUUID().toString(),
                dossierCode, event.code(), idempotencyKey(agencyCode, dossierCode, event), PENDING, now, now);
        return true;
    }

    /**
     * Adds the {@code received} row of dossiers an official received before {@code receivedBefore} that still wait
     * for their official code and have no such row: the hook that records it runs right after the reception commits,
     * so a process that died in between (or a failed write) would otherwise leave them waiting for ever. Returns how
     * many rows were added.
     */
    public int sweepAwaitingCodes(Connection c, String agencyCode, long receivedBefore, long now) throws SQLException {
        List<String> missing = Rows.list(c, "SELECT d.code FROM dossier d WHERE d.reception = 'official' AND "
                + "d.official_code IS NULL AND d.status = 'received' AND d.received_at < ? AND NOT EXISTS (SELECT 1 "
                + "FROM provincial_outbox o WHERE o.dossier_code = d.code AND o.event = ?) ORDER BY d.received_at "
                + "LIMIT 100", rs -> rs.getString(1), receivedBefore, ConnectorEvent.RECEIVED.code());
        int added = 0;
        for (String code : missing) {
            if (enqueue(c, agencyCode, code, ConnectorEvent.RECEIVED, now)) {
                added++;
            }
        }
        return added;
    }

    /** The key sent with every attempt of one event of one dossier: the same on every retry and every process. */
    static String idempotencyKey(String agencyCode, String dossierCode, ConnectorEvent event) {
        return agencyCode + ":" + dossierCode + ":" + event.code();
    }

    /**
     * Claims up to {@code limit} due rows for {@code owner} until {@code leaseUntil}: pending rows whose next attempt
     * is due and whose lease (if any) has run out. Each claim counts as an attempt.
     */
    public List<Claim> claim(Connection c, Dialect dialect, String owner, long now, long leaseUntil, int limit)
            throws SQLException {
        List<Claim> claimed = new ArrayList<>();
        for (String id : table.claim(c, dialect, owner, now, leaseUntil, limit)) {
            claimed.add(Rows.one(c, "SELECT id, dossier_code, event, idempotency_key, attempts FROM provincial_outbox "
                    + "WHERE id = ?", rs -> new Claim(rs.getString(1), rs.getString(2),
                            ConnectorEvent.ofCode(rs.getString(3)).orElseThrow(), rs.getString(4), rs.getInt(5)),
                    id).orElseThrow());
        }
        return claimed;
    }

    /** Marks a claimed row delivered with the official code answered (if any). */
    public void delivered(Connection c, String id, String owner, String officialCode, long now) throws SQLException {
        Rows.update(c, "UPDATE provincial_outbox SET state = ?, delivered_at = ?, official_code = ?, last_error = NULL, "
                + "lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ?", DELIVERED, now,
                officialCode, id, owner);
    }

    /** Releases a claimed row for another attempt at {@code nextAttemptAt}, keeping why this one failed. */
    public void retryLater(Connection c, String id, String owner, String error, long nextAttemptAt)
            throws SQLException {
        table.retryLater(c, id, owner, error, nextAttemptAt);
    }

    /** Marks a claimed row failed for good (refused), with the reasons. */
    public void failed(Connection c, String id, String owner, String error) throws SQLException {
        Rows.update(c, "UPDATE provincial_outbox SET state = ?, last_error = ?, lease_owner = NULL, lease_until = NULL "
                + "WHERE id = ? AND lease_owner = ?", FAILED, clip(error), id, owner);
    }

    /** A technician's "retry now": a pending or failed row becomes due at once. False when there is no such row. */
    public boolean retryNow(Connection c, String id, long now) throws SQLException {
        return Rows.update(c, "UPDATE provincial_outbox SET state = ?, next_attempt_at = ? WHERE id = ? AND state IN "
                + "(?, ?)", PENDING, now, id, PENDING, FAILED) == 1;
    }

    /**
     * Delivered rows whose official code was not set on the dossier by the worker that delivered them (it died in
     * between): delivered before {@code deliveredBefore}. Returns (id, dossier code, official code).
     */
    public List<String[]> codesToApply(Connection c, long deliveredBefore, int limit) throws SQLException {
        return Rows.list(c, "SELECT id, dossier_code, official_code FROM provincial_outbox WHERE state = ? AND "
                + "official_code IS NOT NULL AND code_applied = 0 AND delivered_at < ? ORDER BY delivered_at LIMIT ?",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, DELIVERED, deliveredBefore,
                limit);
    }

    /** Takes on setting a row's official code on its dossier; false when another worker has. */
    public boolean claimCode(Connection c, String id) throws SQLException {
        return Rows.update(c, "UPDATE provincial_outbox SET code_applied = 1 WHERE id = ? AND code_applied = 0", id)
                == 1;
    }

    /** Keeps why a row's official code could not be set on its dossier (visible to technicians). */
    public void codeNotApplied(Connection c, String id, String error) throws SQLException {
        Rows.update(c, "UPDATE provincial_outbox SET last_error = ? WHERE id = ?", clip(error), id);
    }

    /**
     * Only the rows of the centre {@code centreId}'s dossiers (issue 21; {@code "*"}: every centre's): an SQL condition
     * to append, and its parameters after {@code params}.
     */
    private static String ofCentre(String centreId) {
        return vn.onestop.server.centre.Centre.PROVINCE.equals(centreId) ? ""
                : " AND dossier_code IN (SELECT code FROM dossier WHERE centre_id = ?)";
    }

    private static Object[] with(String centreId, Object... params) {
        if (vn.onestop.server.centre.Centre.PROVINCE.equals(centreId)) {
            return params;
        }
        Object[] all = java.util.Arrays.copyOf(params, params.length + 1);
        all[params.length] = centreId;
        return all;
    }

    /** {@link #backlog(Connection, int)} of one centre's dossiers. */
    public List<Row> backlog(Connection c, int limit, String centreId) throws SQLException {
        Object[] p = with(centreId, DELIVERED);
        Object[] all = java.util.Arrays.copyOf(p, p.length + 1);
        all[p.length] = limit;
        return Rows.list(c, "SELECT " + ROW + " FROM provincial_outbox WHERE state <> ?" + ofCentre(centreId)
                + " ORDER BY created_at, id LIMIT ?", OutboxStore::row, all);
    }

    /** {@link #count(Connection, String)} of one centre's dossiers. */
    public long count(Connection c, String state, String centreId) throws SQLException {
        return Rows.count(c, "SELECT COUNT(*) FROM provincial_outbox WHERE state = ?" + ofCentre(centreId),
                with(centreId, state));
    }

    /** {@link #failing(Connection)} of one centre's dossiers. */
    public long failing(Connection c, String centreId) throws SQLException {
        return Rows.count(c, "SELECT COUNT(*) FROM provincial_outbox WHERE state = ? AND last_error IS NOT NULL"
                + ofCentre(centreId), with(centreId, PENDING));
    }

    /** {@link #deliveredSince(Connection, long)} of one centre's dossiers. */
    public long deliveredSince(Connection c, long since, String centreId) throws SQLException {
        return Rows.count(c, "SELECT COUNT(*) FROM provincial_outbox WHERE state = ? AND delivered_at >= ?"
                + ofCentre(centreId), with(centreId, DELIVERED, since));
    }

    /** {@link #retryNow(Connection, String, long)} of a row of one centre's dossiers (another's is not found). */
    public boolean retryNow(Connection c, String id, long now, String centreId) throws SQLException {
        return Rows.update(c, "UPDATE provincial_outbox SET state = ?, next_attempt_at = ? WHERE id = ? AND state IN "
                + "(?, ?)" + ofCentre(centreId), with(centreId, PENDING, now, id, PENDING, FAILED)) == 1;
    }

    /** Rows not delivered (oldest first, at most {@code limit}). */
    public List<Row> backlog(Connection c, int limit) throws SQLException {
        return Rows.list(c, "SELECT " + ROW + " FROM provincial_outbox WHERE state <> ? ORDER BY created_at, id LIMIT ?",
                OutboxStore::row, DELIVERED, limit);
    }

    /** Rows of one dossier, oldest first. */
    public List<Row> ofDossier(Connection c, String dossierCode) throws SQLException {
        return Rows.list(c, "SELECT " + ROW + " FROM provincial_outbox WHERE dossier_code = ? ORDER BY created_at, id",
                OutboxStore::row, dossierCode);
    }

    /** How many rows are in {@code state}. */
    public long count(Connection c, String state) throws SQLException {
        return Rows.count(c, "SELECT COUNT(*) FROM provincial_outbox WHERE state = ?", state);
    }

    /** Pending rows that have failed at least once (a failing, not just waiting, row). */
    public long failing(Connection c) throws SQLException {
        return Rows.count(c, "SELECT COUNT(*) FROM provincial_outbox WHERE state = ? AND last_error IS NOT NULL",
                PENDING);
    }

    /** Rows delivered at or after {@code since}. */
    public long deliveredSince(Connection c, long since) throws SQLException {
        return Rows.count(c, "SELECT COUNT(*) FROM provincial_outbox WHERE state = ? AND delivered_at >= ?", DELIVERED,
                since);
    }

    private static final String ROW = "id, dossier_code, event, state, attempts, last_error, next_attempt_at, "
            + "last_attempt_at, delivered_at, official_code, created_at";

    private static Row row(java.sql.ResultSet rs) throws SQLException {
        String state = rs.getString("state");
        return new Row(rs.getString("id"), rs.getString("dossier_code"), rs.getString("event"), state,
                rs.getInt("attempts"), rs.getString("last_error"),
                PENDING.equals(state) ? Rows.nullableLong(rs, "next_attempt_at") : null,
                Rows.nullableLong(rs, "last_attempt_at"), Rows.nullableLong(rs, "delivered_at"),
                rs.getString("official_code"), rs.getLong("created_at"));
    }

    private static String clip(String error) {
        return OutboxTable.clip(error);
    }
}
