package vn.onestop.server.notify;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.onestop.server.db.Dialect;
import vn.onestop.server.db.Rows;
import vn.onestop.server.outbox.OutboxTable;

/**
 * The SQL of the notification outbox; each method runs inside the caller's transaction. A row is {@code pending}
 * (to send at {@code next_attempt_at}), {@code delivered} or {@code failed} (given up: permanent refusal or too many
 * attempts; a technician may retry it). The idempotency key is UNIQUE, so the same notification is queued once however
 * often, and by however many server processes, it is asked for. Workers claim due rows under a lease (the SQL all
 * outboxes share, {@link OutboxTable}); a row whose worker died is claimed again once its lease runs out.
 */
public final class NotificationOutbox {
    static final String PENDING = OutboxTable.PENDING;
    static final String DELIVERED = OutboxTable.DELIVERED;
    static final String FAILED = OutboxTable.FAILED;
    private final OutboxTable table = new OutboxTable("notification_outbox");

    /** A claimed row: what to send, and the attempt this is (1 = the first). */
    record Claim(String id, String key, Contact to, String subject, String body, int attempts) {}

    /** A row as the technician sees it: the address masked. */
    public record Row(String id, String idempotencyKey, String channel, String address, String state, int attempts,
            String lastError, Long nextAttemptAt, Long lastAttemptAt, Long finishedAt, long createdAt) {}

    /** Queues a message unless a row with this key exists; true when it was added. */
    boolean enqueue(Connection c, String key, Contact to, String subject, String body, long now) throws SQLException {
        return Rows.update(c, "INSERT INTO notification_outbox (id, idempotency_key, channel, address, subject, body, "
                + "state, attempts, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?) "
                + "ON CONFLICT (idempotency_key) DO NOTHING", UUID.randomUUID().toString(), key,
                to.channel().code(), to.address(), subject, body, PENDING, now, now) == 1;
    }

    /** Claims up to {@code limit} due rows for {@code owner}; each claim counts as an attempt. */
    List<Claim> claim(Connection c, Dialect dialect, String owner, long now, long leaseUntil, int limit)
            throws SQLException {
        List<Claim> claimed = new ArrayList<>();
        for (String id : table.claim(c, dialect, owner, now, leaseUntil, limit)) {
            claimed.add(Rows.one(c, "SELECT id, idempotency_key, channel, address, subject, body, attempts FROM "
                    + "notification_outbox WHERE id = ?", NotificationOutbox::claimOf, id).orElseThrow());
        }
        return claimed;
    }

    private static Claim claimOf(ResultSet rs) throws SQLException {
        Contact.Channel channel = Contact.Channel.ofCode(rs.getString(3)).orElseThrow();
        String address = rs.getString(4);
        return new Claim(rs.getString(1), rs.getString(2), address == null ? null : new Contact(channel, address),
                rs.getString(5), rs.getString(6), rs.getInt(7));
    }

    void delivered(Connection c, String id, String owner, long now) throws SQLException {
        Rows.update(c, "UPDATE notification_outbox SET state = ?, finished_at = ?, last_error = NULL, "
                + "lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ?", DELIVERED, now, id, owner);
    }

    void failed(Connection c, String id, String owner, String error, long now) throws SQLException {
        Rows.update(c, "UPDATE notification_outbox SET state = ?, finished_at = ?, last_error = ?, "
                + "lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ?", FAILED, now, clip(error),
                id, owner);
    }

    void retryLater(Connection c, String id, String owner, String error, long next) throws SQLException {
        table.retryLater(c, id, owner, error, next);
    }

    /** A technician's "retry now": a pending or failed row (with its address) is due at once with fresh attempts. */
    boolean retryNow(Connection c, String id, long now) throws SQLException {
        return Rows.update(c, "UPDATE notification_outbox SET state = ?, next_attempt_at = ?, attempts = 0, "
                + "finished_at = NULL, lease_owner = NULL, lease_until = NULL WHERE id = ? AND state IN (?, ?) "
                + "AND address IS NOT NULL", PENDING, now, id, PENDING, FAILED) == 1;
    }

    long count(Connection c, String state) throws SQLException {
        return Rows.count(c, "SELECT COUNT(*) FROM notification_outbox WHERE state = ?", state);
    }

    /** Rows not delivered (pending and failed), oldest first, then the latest delivered. */
    List<Row> backlog(Connection c, int limit) throws SQLException {
        List<Row> rows = new ArrayList<>(Rows.list(c, "SELECT " + COLUMNS + " FROM notification_outbox WHERE state <> ? "
                + "ORDER BY created_at, id LIMIT ?", NotificationOutbox::row, DELIVERED, limit));
        rows.addAll(Rows.list(c, "SELECT " + COLUMNS + " FROM notification_outbox WHERE state = ? "
                + "ORDER BY finished_at DESC, id LIMIT ?", NotificationOutbox::row, DELIVERED, 20));
        return rows;
    }

    /** The rows whose key starts with {@code prefix} (tests, support). */
    List<Row> withKeyPrefix(Connection c, String prefix) throws SQLException {
        return Rows.list(c, "SELECT " + COLUMNS + " FROM notification_outbox WHERE idempotency_key LIKE ? "
                + "ORDER BY created_at, idempotency_key", NotificationOutbox::row, prefix.replace("%", "") + "%");
    }

    /** Sets the address of delivered and failed rows finished before {@code cutoff} to NULL; returns how many. */
    int eraseAddresses(Connection c, long cutoff, long now) throws SQLException {
        return Rows.update(c, "UPDATE notification_outbox SET address = NULL, address_erased_at = ? WHERE state IN (?, ?) "
                + "AND finished_at <= ? AND address IS NOT NULL", now, DELIVERED, FAILED, cutoff);
    }

    private static final String COLUMNS = "id, idempotency_key, channel, address, state, attempts, last_error, "
            + "next_attempt_at, last_attempt_at, finished_at, created_at";

    private static Row row(ResultSet rs) throws SQLException {
        String state = rs.getString("state");
        Contact.Channel channel = Contact.Channel.ofCode(rs.getString("channel")).orElseThrow();
        return new Row(rs.getString("id"), rs.getString("idempotency_key"), channel.code(),
                Contact.mask(channel, rs.getString("address")), state, rs.getInt("attempts"),
                rs.getString("last_error"), PENDING.equals(state) ? Rows.nullableLong(rs, "next_attempt_at") : null,
                Rows.nullableLong(rs, "last_attempt_at"), Rows.nullableLong(rs, "finished_at"),
                rs.getLong("created_at"));
    }

    private static String clip(String error) {
        return OutboxTable.clip(error);
    }
}
