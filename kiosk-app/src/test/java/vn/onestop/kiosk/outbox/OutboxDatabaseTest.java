package vn.onestop.kiosk.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.core.slip.DocumentForm;
import vn.onestop.core.slip.ReceivedDocument;
import vn.onestop.core.slip.ReturnMethod;
import vn.onestop.core.wire.Applicant;
import vn.onestop.core.wire.DossierRegistration;
import vn.onestop.testkit.TestClock;
import vn.onestop.kiosk.flow.TicketOrder;

/**
 * Offline tickets and confirmed filings written at the same time into the one outbox file, as the kiosk's network
 * and filing threads do: every write succeeds (no SQLITE_BUSY) and every ticket and filing is there afterwards,
 * also after the file is reopened.
 */
class OutboxDatabaseTest {
    private static final int TICKET_THREADS = 3;
    private static final int TICKETS_EACH = 60;
    private static final int FILING_THREADS = 2;
    private static final int FILINGS_EACH = 40;
    private final TestClock clock = new TestClock(Instant.parse("2026-11-25T02:00:00Z"), TestClock.VIETNAM);
    @TempDir
    Path tmp;

    private static DossierRegistration filing(String key) {
        return new DossierRegistration(key, "LLTP-1", null, new Applicant("Trần Thị Bích Ngọc", "001190012345",
                LocalDate.of(1990, 3, 7), "Số 12 phố Tôn Đức Thắng, Hà Nội"), "0912345678", null,
                List.of(new ReceivedDocument("Tờ khai", DocumentForm.ORIGINAL, 1)), null, ReturnMethod.POST,
                "Số 12 phố Tôn Đức Thắng, Hà Nội", true);
    }

    @Test
    void ticketsAndFilingsWrittenConcurrentlyAreAllKeptWithoutBusyErrors() throws Exception {
        Set<String> numbers = new HashSet<>();
        List<String> keptFilings = new ArrayList<>();
        try (OutboxDatabase file = new OutboxDatabase(tmp.resolve("outbox.sqlite"))) {
            OfflineOutbox tickets = new OfflineOutbox(file, "K1", clock);
            FilingOutbox filings = new FilingOutbox(file, clock);
            ExecutorService pool = Executors.newFixedThreadPool(TICKET_THREADS + FILING_THREADS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<String>>> work = new ArrayList<>();
            for (int t = 0; t < TICKET_THREADS; t++) {
                int thread = t;
                work.add(pool.submit(() -> {
                    go.await();
                    List<String> issued = new ArrayList<>();
                    for (int i = 0; i < TICKETS_EACH; i++) {
                        String key = String.format("ticket-%d-%04d", thread, i);
                        issued.add(tickets.issue(new TicketOrder(key, "A", null, "P", "Thủ tục", "Procedure"))
                                .displayNumber());
                    }
                    return issued;
                }));
            }
            for (int t = 0; t < FILING_THREADS; t++) {
                int thread = t;
                Callable<List<String>> filer = () -> {
                    go.await();
                    List<String> kept = new ArrayList<>();
                    for (int i = 0; i < FILINGS_EACH; i++) {
                        String key = String.format("filing-%d-%04d", thread, i);
                        filings.save(filing(key));
                        if (i % 2 == 1) {
                            filings.remove(key); // delivered: deleted and the log truncated, as the sender does
                        } else {
                            kept.add(key);
                        }
                    }
                    return kept;
                };
                work.add(pool.submit(filer));
            }
            go.countDown();
            for (int t = 0; t < work.size(); t++) {
                List<String> done = work.get(t).get(60, TimeUnit.SECONDS); // an OutboxException fails the test here
                if (t < TICKET_THREADS) {
                    numbers.addAll(done);
                } else {
                    keptFilings.addAll(done);
                }
            }
            pool.shutdown();
            assertThat(numbers).as("each ticket its own number").hasSize(TICKET_THREADS * TICKETS_EACH);
            assertThat(tickets.pendingCount()).isEqualTo(TICKET_THREADS * TICKETS_EACH);
            assertThat(filings.pending()).extracting(DossierRegistration::idempotencyKey)
                    .containsExactlyInAnyOrderElementsOf(keptFilings);
        }
        try (OutboxDatabase reopened = new OutboxDatabase(tmp.resolve("outbox.sqlite"))) {
            assertThat(new OfflineOutbox(reopened, "K1", clock).pending())
                    .extracting(OfflineTicket::displayNumber).containsExactlyInAnyOrderElementsOf(numbers);
            assertThat(numbers).contains("K1-A001", "K1-A" + (TICKET_THREADS * TICKETS_EACH));
            assertThat(new FilingOutbox(reopened, clock).pendingCount()).isEqualTo(keptFilings.size());
        }
    }
}
