package vn.onestop.server.queue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.onestop.core.ticket.TicketNumber;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;

/**
 * What a centre's hall TV shows: that centre's latest calls today, its counters and the people waiting per service.
 * No personal data and no ticket ids, so it may be read without a login.
 */
public final class DisplayBoard {
    /** A call: the ticket's number, the counter it was called to, and when. */
    public record Call(String number, String counterId, String counterName, String calledAt) {}

    public record Counter(String id, String name) {}

    public record Queue(String serviceCode, String nameVi, int waiting) {}

    public record State(List<Call> calls, List<Counter> counters, List<Queue> queues) {}

    private final Database db;
    private final QueueService queue;

    public DisplayBoard(Database db, QueueService queue) {
        this.db = db;
        this.queue = queue;
    }

    /** Whether a centre of this id exists (the public display names its centre with {@code ?centre=}). */
    public boolean centreExists(String centreId) {
        return db.read(c -> Rows.count(c, "SELECT COUNT(*) FROM centre WHERE id = ?", centreId)) > 0;
    }

    public State state(String centreId) {
        List<Counter> counters = db.read(c -> Rows.list(c, "SELECT id, name FROM counter WHERE centre_id = ? "
                + "AND disabled_at IS NULL ORDER BY id", rs -> new Counter(rs.getString(1), rs.getString(2)), centreId));
        List<Queue> queues = queue.queues(centreId).stream()
                .map(q -> new Queue(q.serviceCode(), q.nameVi(), q.waiting())).toList();
        return new State(lastCalls(centreId, 8), counters, queues);
    }

    /**
     * The call of {@code number} to {@code counterId} among a centre's latest {@code limit} calls today, if there is
     * one (the hall display's voice speaks only calls that were made).
     */
    public Optional<Call> recentCall(String centreId, String number, String counterId, int limit) {
        return lastCalls(centreId, limit).stream()
                .filter(c -> c.number().equals(number) && c.counterId().equals(counterId)).findFirst();
    }

    /** A centre's latest calls today, newest first. */
    List<Call> lastCalls(String centreId, int limit) {
        String today = queue.today(centreId);
        return db.read(c -> Rows.list(c, "SELECT t.issue_service, t.number, t.counter_id, k.name, t.called_at, "
                + "t.offline_number FROM ticket t JOIN counter k ON k.id = t.counter_id WHERE t.centre_id = ? "
                + "AND t.service_day = ? AND t.called_at IS NOT NULL ORDER BY t.called_at DESC LIMIT ?",
                rs -> new Call(TicketNumber.display(rs.getString(1), rs.getInt(2), rs.getString(6)), rs.getString(3),
                        rs.getString(4), Instant.ofEpochMilli(rs.getLong(5)).toString()),
                centreId, today, limit));
    }
}
