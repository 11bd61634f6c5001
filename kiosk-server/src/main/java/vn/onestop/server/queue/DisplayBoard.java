package vn.onestop.server.queue;

import java.time.Instant;
import java.util.List;
import vn.onestop.core.ticket.TicketNumber;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;

/**
 * What the hall TV shows: today's latest calls, the counters and the people waiting per service. No personal data
 * and no ticket ids, so it may be read without a login.
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

    public State state() {
        List<Counter> counters = db.read(c -> Rows.list(c, "SELECT id, name FROM counter ORDER BY id",
                rs -> new Counter(rs.getString(1), rs.getString(2))));
        List<Queue> queues = queue.queues().stream()
                .map(q -> new Queue(q.serviceCode(), q.nameVi(), q.waiting())).toList();
        return new State(lastCalls(8), counters, queues);
    }

    /**
     * The call of {@code number} to {@code counterId} among today's latest {@code limit} calls, if there is one
     * (the hall display's voice speaks only calls that were made).
     */
    public java.util.Optional<Call> recentCall(String number, String counterId, int limit) {
        return lastCalls(limit).stream().filter(c -> c.number().equals(number) && c.counterId().equals(counterId))
                .findFirst();
    }

    /** Today's latest calls, newest first. */
    List<Call> lastCalls(int limit) {
        return db.read(c -> Rows.list(c, "SELECT t.issue_service, t.number, t.counter_id, k.name, t.called_at, "
                + "t.offline_number FROM ticket t JOIN counter k ON k.id = t.counter_id WHERE t.service_day = ? "
                + "AND t.called_at IS NOT NULL ORDER BY t.called_at DESC LIMIT ?",
                rs -> new Call(TicketNumber.display(rs.getString(1), rs.getInt(2), rs.getString(6)), rs.getString(3),
                        rs.getString(4), Instant.ofEpochMilli(rs.getLong(5)).toString()),
                queue.today(), limit));
    }
}
