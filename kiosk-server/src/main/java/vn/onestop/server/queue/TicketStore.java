package vn.onestop.server.queue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import vn.onestop.server.db.Dialect;
import vn.onestop.server.db.Rows;

/**
 * JDBC access to tickets; every method runs on the caller's connection and transaction. Portable SQL. Queues,
 * numbering and counts are per centre: every query on a queue names its centre.
 */
public final class TicketStore {
    private static final String COLUMNS = "id, issue_service, service_code, service_day, number, priority_class, "
            + "priority_rank, status, issued_at, called_at, serving_at, finished_at, counter_id, recall_count, "
            + "transferred_from, void_reason, offline_number, centre_id";

    public Optional<Ticket> find(Connection c, String id) throws SQLException {
        return Rows.one(c, "SELECT " + COLUMNS + " FROM ticket WHERE id = ?", TicketStore::map, id);
    }

    /** Tickets by id, read in chunks (ids not found are absent from the list). */
    public List<Ticket> findAll(Connection c, Collection<String> ids) throws SQLException {
        List<String> all = List.copyOf(ids);
        List<Ticket> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            found.addAll(Rows.list(c, "SELECT " + COLUMNS + " FROM ticket WHERE id IN ("
                    + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")", TicketStore::map,
                    chunk.toArray()));
        }
        return found;
    }

    /**
     * The waiting tickets of a centre in the order they are called within each service and day: by priority rank
     * (lower first), then issue time, then number, the order {@link #ahead} counts in.
     */
    public List<Place> waitingInOrder(Connection c, String centreId) throws SQLException {
        return Rows.list(c, "SELECT id, service_code, service_day FROM ticket WHERE centre_id = ? AND status = 'waiting' "
                + "ORDER BY service_code, service_day, priority_rank, issued_at, number",
                rs -> new Place(rs.getString(1), rs.getString(2), rs.getString(3)), centreId);
    }

    /** A waiting ticket's id and the queue it waits in (a service of a day). */
    public record Place(String ticketId, String serviceCode, String serviceDay) {}

    /** A ticket of one centre: another centre's ticket is as absent as an unknown one. */
    public Optional<Ticket> find(Connection c, String centreId, String id) throws SQLException {
        return Rows.one(c, "SELECT " + COLUMNS + " FROM ticket WHERE id = ? AND centre_id = ?", TicketStore::map, id,
                centreId);
    }

    /**
     * The ticket a kiosk issued under an idempotency key. Asked on every issue and almost always absent, so the
     * lookup reads the id alone (the driver builds every selected column's name for each query it runs).
     */
    public Optional<Ticket> findByKey(Connection c, String kioskId, String key) throws SQLException {
        Optional<String> id = Rows.one(c, "SELECT id FROM ticket WHERE kiosk_id = ? AND idempotency_key = ?",
                rs -> rs.getString(1), kioskId, key);
        return id.isPresent() ? find(c, id.get()) : Optional.empty();
    }

    /** A number handed out, with the issue time the day's queue has reached (the newest ticket's, or later). */
    public record Numbered(int number, long issuedAt) {}

    /**
     * Hands out the next number of a service for a local day in one statement (an upsert on the day's counter
     * row, which locks that row until commit), so concurrent issuers in any process never get the same number.
     * The row also keeps the newest issue time of the day: the returned {@code issuedAt} is {@code now}, or that
     * time when the clock stepped back, so issue times never go backwards within a day's queue.
     */
    public Numbered nextNumber(Connection c, String centreId, String service, String day, long now)
            throws SQLException {
        return Rows.one(c, "INSERT INTO ticket_sequence (centre_id, service_code, service_day, last_number, "
                + "last_issued_at) VALUES (?, ?, ?, 1, ?) ON CONFLICT (centre_id, service_code, service_day) DO UPDATE SET "
                + "last_number = ticket_sequence.last_number + 1, last_issued_at = CASE WHEN "
                + "excluded.last_issued_at > ticket_sequence.last_issued_at THEN excluded.last_issued_at "
                + "ELSE ticket_sequence.last_issued_at END RETURNING last_number, last_issued_at",
                rs -> new Numbered(rs.getInt(1), rs.getLong(2)), centreId, service, day, now).orElseThrow();
    }

    /**
     * The service day a new ticket of {@code service} belongs to: {@code today}, or a later day already numbered
     * (the clock stepped back over midnight), so a day's numbering never restarts and its tickets stay callable.
     */
    public String serviceDay(Connection c, String centreId, String service, String today) throws SQLException {
        String newest = Rows.one(c, "SELECT MAX(service_day) FROM ticket_sequence WHERE centre_id = ? "
                + "AND service_code = ?", rs -> rs.getString(1), centreId, service).orElse(null);
        return newest != null && newest.compareTo(today) > 0 ? newest : today;
    }

    public void insert(Connection c, Ticket t, String kioskId, String key) throws SQLException {
        insert(c, t, kioskId, key, null);
    }

    /** Stores a ticket; {@code offlineIssuedAt} is the time a kiosk gave a ticket it issued offline (else null). */
    public void insert(Connection c, Ticket t, String kioskId, String key, Long offlineIssuedAt) throws SQLException {
        Rows.update(c, "INSERT INTO ticket (" + COLUMNS + ", kiosk_id, idempotency_key, offline_issued_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                t.id(), t.issueService(), t.serviceCode(), t.serviceDay(), t.number(), t.priorityClass(),
                t.priorityRank(), t.status().code(), t.issuedAt(), t.calledAt(), t.servingAt(), t.finishedAt(),
                t.counterId(), t.recallCount(), t.transferredFrom(), t.voidReason(), t.offlineNumber(), t.centreId(), kioskId,
                key,
                offlineIssuedAt);
    }

    /** The waiting tickets of some services of a centre on a day, in calling order (rank, then issue time). */
    public List<Ticket> waiting(Connection c, String centreId, List<String> services, String day, Integer onlyRank,
            int limit) throws SQLException {
        return waiting(c, centreId, services, day, onlyRank, limit, "");
    }

    /**
     * The first waiting ticket in calling order that no other transaction is calling right now, locked for this
     * one on PostgreSQL ({@code FOR UPDATE SKIP LOCKED}: concurrent counters of any process take different
     * tickets instead of queueing behind one); on SQLite the single writer already excludes other callers.
     */
    public Optional<Ticket> nextWaiting(Connection c, String centreId, List<String> services, String day,
            Integer onlyRank) throws SQLException {
        return waiting(c, centreId, services, day, onlyRank, 1, Dialect.of(c).lockSkipLocked()).stream().findFirst();
    }

    private List<Ticket> waiting(Connection c, String centreId, List<String> services, String day, Integer onlyRank,
            int limit, String lock) throws SQLException {
        String in = String.join(",", services.stream().map(s -> "?").toList());
        Object[] params = new Object[services.size() + (onlyRank == null ? 3 : 4)];
        int i = 0;
        params[i++] = centreId;
        for (String s : services) {
            params[i++] = s;
        }
        params[i++] = day;
        if (onlyRank != null) {
            params[i++] = onlyRank;
        }
        params[i] = limit;
        return Rows.list(c, "SELECT " + COLUMNS + " FROM ticket WHERE centre_id = ? AND service_code IN (" + in + ") "
                + "AND status = 'waiting' AND service_day = ?" + (onlyRank == null ? "" : " AND priority_rank = ?")
                + " ORDER BY priority_rank, issued_at, number LIMIT ?" + lock, TicketStore::map, params);
    }

    /** Moves a ticket from one status to another; returns false when it was no longer in {@code from}. */
    public boolean transition(Connection c, String id, TicketStatus from, TicketStatus to, String setSql,
            Object... setParams) throws SQLException {
        Object[] params = new Object[setParams.length + 3];
        params[0] = to.code();
        System.arraycopy(setParams, 0, params, 1, setParams.length);
        params[setParams.length + 1] = id;
        params[setParams.length + 2] = from.code();
        String extra = setSql.isEmpty() ? "" : ", " + setSql;
        return Rows.update(c, "UPDATE ticket SET status = ?" + extra + " WHERE id = ? AND status = ?", params) == 1;
    }

    public void history(Connection c, String ticketId, long at, TicketStatus status, String counterId, String actor)
            throws SQLException {
        Rows.update(c, "INSERT INTO ticket_history (ticket_id, at, status, counter_id, actor) VALUES (?, ?, ?, ?, ?)",
                ticketId, at, status.code(), counterId, actor);
    }

    /** The ticket a counter is dealing with now (called or serving), if any. */
    public Optional<Ticket> current(Connection c, String counterId) throws SQLException {
        return Rows.one(c, "SELECT " + COLUMNS + " FROM ticket WHERE counter_id = ? AND status IN ('called','serving') "
                + "ORDER BY called_at DESC", TicketStore::map, counterId);
    }

    public List<Ticket> byStatus(Connection c, String centreId, String day, TicketStatus status)
            throws SQLException {
        return Rows.list(c, "SELECT " + COLUMNS + " FROM ticket WHERE centre_id = ? AND service_day = ? AND status = ? "
                + "ORDER BY priority_rank, issued_at", TicketStore::map, centreId, day, status.code());
    }

    /**
     * How many waiting tickets of a service would be called before this one: all waiting tickets of its class and
     * the higher ones (kept per class by triggers in {@code ticket_waiting}), less itself and those of its class
     * behind it. A new ticket is at the back, so this costs index lookups however long the queue is.
     */
    public int ahead(Connection c, Ticket t) throws SQLException {
        long upToItsClass = waitingUpTo(c, t.centreId(), t.serviceCode(), t.serviceDay(), t.priorityRank());
        long behind = Rows.count(c, "SELECT COUNT(*) FROM ticket WHERE centre_id = ? AND service_code = ? "
                + "AND status = 'waiting' AND service_day = ? AND priority_rank = ? AND (issued_at, number) > (?, ?)",
                t.centreId(), t.serviceCode(),
                t.serviceDay(), t.priorityRank(), t.issuedAt(), t.number());
        return (int) Math.max(0, upToItsClass - 1 - behind);
    }

    /**
     * Waiting tickets of a service's day in a class and the classes called before it. For a ticket just issued,
     * which is the last of its class, this less one is the number of people ahead of it.
     */
    public long waitingUpTo(Connection c, String centreId, String service, String day, int rank)
            throws SQLException {
        return Rows.count(c, "SELECT COALESCE(SUM(waiting), 0) FROM ticket_waiting WHERE centre_id = ? "
                + "AND service_code = ? AND service_day = ? AND priority_rank <= ?", centreId, service, day, rank);
    }

    /** Mean service minutes of the last {@code sample} finished tickets of a service, or -1 when none. */
    public double recentServiceMinutes(Connection c, String centreId, String service, int sample)
            throws SQLException {
        List<Long> durations = Rows.list(c, "SELECT finished_at - called_at FROM ticket WHERE centre_id = ? "
                + "AND service_code = ? AND status = 'done' AND finished_at IS NOT NULL AND called_at IS NOT NULL "
                + "ORDER BY finished_at DESC LIMIT ?", rs -> rs.getLong(1), centreId, service, sample);
        return durations.isEmpty() ? -1 : durations.stream().mapToLong(Long::longValue).average().orElse(0) / 60_000.0;
    }

    static Ticket map(ResultSet rs) throws SQLException {
        return new Ticket(rs.getString("id"), rs.getString("issue_service"), rs.getString("service_code"),
                rs.getString("service_day"), rs.getInt("number"), rs.getString("priority_class"),
                rs.getInt("priority_rank"), TicketStatus.of(rs.getString("status")), rs.getLong("issued_at"),
                Rows.nullableLong(rs, "called_at"), Rows.nullableLong(rs, "serving_at"),
                Rows.nullableLong(rs, "finished_at"), rs.getString("counter_id"), rs.getInt("recall_count"),
                rs.getString("transferred_from"), rs.getString("void_reason"), rs.getString("offline_number"),
                rs.getString("centre_id"));
    }
}
