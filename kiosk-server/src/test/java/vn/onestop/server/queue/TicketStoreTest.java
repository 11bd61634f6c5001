package vn.onestop.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.server.db.Database;

/** The ticket store on a real SQLite file, without the single-writer queue in front of it. */
class TicketStoreTest {
    @TempDir
    Path dir;
    final TicketStore store = new TicketStore();

    private static Ticket ticket(String id, int number, int rank, long issuedAt) {
        return new Ticket(id, "A", "A", "2026-11-25", number, rank == 4 ? "normal" : "elderly", rank,
                TicketStatus.WAITING, issuedAt, null, null, null, null, 0, null, null);
    }

    @Test
    void theConditionalUpdateLetsOnlyOneOfTwoConnectionsCallATicket() {
        try (Database db = Database.openSqlite(dir)) {
            db.write(c -> {
                store.insert(c, ticket("t1", 1, 4, 1000), "k", "key-1");
                return null;
            });
            // Two connections that both saw the ticket waiting: the second UPDATE matches no row.
            boolean first = db.read(c -> store.transition(c, "t1", TicketStatus.WAITING, TicketStatus.CALLED,
                    "counter_id = ?", "1"));
            boolean second = db.read(c -> store.transition(c, "t1", TicketStatus.WAITING, TicketStatus.CALLED,
                    "counter_id = ?", "2"));
            assertThat(first).isTrue();
            assertThat(second).isFalse();
            assertThat(db.read(c -> store.find(c, "t1")).orElseThrow().counterId()).isEqualTo("1");
        }
    }

    @Test
    void waitingOrderIsRankThenIssueTimeAndAheadCountsTheSame() {
        try (Database db = Database.openSqlite(dir)) {
            db.write(c -> {
                store.insert(c, ticket("n1", 1, 4, 1000), "k", "key-1");
                store.insert(c, ticket("e1", 2, 2, 2000), "k", "key-2");
                store.insert(c, ticket("n2", 3, 4, 3000), "k", "key-3");
                return null;
            });
            List<String> order = db.read(c -> store.waiting(c, List.of("A"), "2026-11-25", null, 10)).stream()
                    .map(Ticket::id).toList();
            assertThat(order).containsExactly("e1", "n1", "n2");
            int ahead = db.read((Connection c) -> store.ahead(c, store.find(c, "n2").orElseThrow()));
            assertThat(ahead).isEqualTo(2);
            int first = db.read(c -> store.nextNumber(c, "A", "2026-11-25"));
            int second = db.read(c -> store.nextNumber(c, "A", "2026-11-25"));
            int nextDay = db.read(c -> store.nextNumber(c, "A", "2026-11-26"));
            assertThat(List.of(first, second, nextDay)).containsExactly(1, 2, 1);
        }
    }
}
