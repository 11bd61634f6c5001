package vn.onestop.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

    /**
     * A new ticket has no counter and is not done, so issuing one skips the partial indexes of counters' current
     * tickets and of finished tickets; the queries that need them still use them (no scan of the whole history).
     */
    @Test
    void aCountersTicketAndTheLatestFinishedOnesAreFoundThroughTheirPartialIndexes() {
        try (Database db = Database.openSqlite(dir)) {
            db.write(c -> {
                for (int i = 1; i <= 30; i++) {
                    store.insert(c, ticket("t" + i, i, 4, 1000L * i), "k", "key-" + i);
                }
                store.transition(c, "t1", TicketStatus.WAITING, TicketStatus.CALLED, "counter_id = ?, called_at = ?",
                        "2", 5_000L);
                for (int i = 2; i <= 4; i++) {
                    store.transition(c, "t" + i, TicketStatus.WAITING, TicketStatus.DONE,
                            "counter_id = ?, called_at = ?, finished_at = ?", "1", 60_000L * i, 60_000L * i + 120_000);
                }
                return null;
            });
            assertThat(db.read(c -> store.current(c, "2")).orElseThrow().id()).isEqualTo("t1");
            double minutes = db.read(c -> store.recentServiceMinutes(c, "main", "A", 20));
            assertThat(minutes).isEqualTo(2.0);
            assertThat(plan(db, "SELECT id FROM ticket WHERE counter_id = '2' AND status IN ('called','serving') "
                    + "ORDER BY called_at DESC")).contains("ticket_counter").doesNotContain("SCAN ticket");
            assertThat(plan(db, "SELECT finished_at - called_at FROM ticket WHERE centre_id = 'main' AND service_code = 'A' "
                    + "AND status = 'done' AND finished_at IS NOT NULL AND called_at IS NOT NULL "
                    + "ORDER BY finished_at DESC LIMIT 20")).contains("ticket_done").doesNotContain("SCAN ticket")
                    .doesNotContain("TEMP B-TREE");
        }
    }

    private static String plan(Database db, String sql) {
        List<String> steps = db.read(c -> vn.onestop.server.db.Rows.list(c, "EXPLAIN QUERY PLAN " + sql,
                rs -> rs.getString("detail")));
        return String.join(" | ", steps);
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
            List<String> order = db.read(c -> store.waiting(c, "main", List.of("A"), "2026-11-25", null, 10)).stream()
                    .map(Ticket::id).toList();
            assertThat(order).containsExactly("e1", "n1", "n2");
            int ahead = db.read((Connection c) -> store.ahead(c, store.find(c, "n2").orElseThrow()));
            assertThat(ahead).isEqualTo(2);
            int first = db.read(c -> store.nextNumber(c, "main", "A", "2026-11-25", 0).number());
            int second = db.read(c -> store.nextNumber(c, "main", "A", "2026-11-25", 0).number());
            int nextDay = db.read(c -> store.nextNumber(c, "main", "A", "2026-11-26", 0).number());
            assertThat(List.of(first, second, nextDay)).containsExactly(1, 2, 1);
        }
    }

    /**
     * People ahead come from the waiting counts the triggers keep: after a seeded mix of issues (same instants
     * included), calls, returns to the queue, transfers, voids and deletions, every waiting ticket's count equals
     * its place in the calling order.
     */
    @Test
    void aheadMatchesTheCallingOrderAfterEveryKindOfChange() {
        Random random = new Random(20261126);
        try (Database db = Database.openSqlite(dir)) {
            List<String> ids = new ArrayList<>();
            for (int step = 0; step < 600; step++) {
                int op = random.nextInt(10);
                String pick = ids.isEmpty() ? null : ids.get(random.nextInt(ids.size()));
                db.write(c -> {
                    if (op < 5 || pick == null) {
                        String id = "t" + ids.size();
                        String service = random.nextBoolean() ? "A" : "B";
                        int rank = random.nextInt(3) + 2;
                        int number = store.nextNumber(c, "main", service, "2026-11-25", 0).number();
                        store.insert(c, new Ticket(id, service, service, "2026-11-25", number, "c" + rank, rank,
                                TicketStatus.WAITING, 1000L * random.nextInt(50) + (service.equals("A") ? 0 : 1), null, null, null, null, 0, null,
                                null), "k", "key-" + id);
                        ids.add(id);
                    } else if (op == 5) {
                        store.transition(c, pick, TicketStatus.WAITING, TicketStatus.CALLED, "counter_id = ?", "1");
                    } else if (op == 6) {
                        store.transition(c, pick, TicketStatus.CALLED, TicketStatus.WAITING, "counter_id = NULL");
                    } else if (op == 7) {
                        vn.onestop.server.db.Rows.update(c, "UPDATE ticket SET service_code = CASE service_code "
                                + "WHEN 'A' THEN 'B' ELSE 'A' END, priority_rank = ? WHERE id = ?",
                                random.nextInt(3) + 2, pick);
                    } else if (op == 8) {
                        store.transition(c, pick, TicketStatus.WAITING, TicketStatus.VOIDED, "void_reason = ?", "x");
                    } else {
                        vn.onestop.server.db.Rows.update(c, "DELETE FROM ticket WHERE id = ?", pick);
                    }
                    return null;
                });
            }
            for (String service : List.of("A", "B")) {
                List<Ticket> order = db.read(c -> store.waiting(c, "main", List.of(service), "2026-11-25", null, 10_000));
                assertThat(order).hasSizeGreaterThan(20);
                for (int i = 0; i < order.size(); i++) {
                    Ticket t = order.get(i);
                    assertThat((int) db.read((Connection c) -> store.ahead(c, t))).as("ahead of %s", t.id()).isEqualTo(i);
                }
            }
        }
    }
}
