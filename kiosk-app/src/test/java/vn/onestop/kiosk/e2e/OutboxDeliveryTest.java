package vn.onestop.kiosk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.core.wire.IssueTicketRequest;
import vn.onestop.core.wire.PrinterHealth;
import vn.onestop.kiosk.desk.ServerLink;
import vn.onestop.kiosk.flow.TicketOrder;
import vn.onestop.kiosk.outbox.OfflineOutbox;
import vn.onestop.kiosk.outbox.OfflineTicket;
import vn.onestop.kiosk.outbox.OutboxDatabase;
import vn.onestop.kiosk.server.KioskServerClient;
import vn.onestop.kiosk.server.TokenStore;
import vn.onestop.testkit.TestClock;

/** The SQLite outbox in a temp folder and its delivery to the real server on a random port. */
class OutboxDeliveryTest {
    @TempDir
    Path tmp;
    private final TestClock clock = new TestClock(Instant.parse("2026-11-25T02:00:00Z"), TestClock.VIETNAM);
    private InProcessServer server;
    private OutboxDatabase outboxFile;
    private OfflineOutbox outbox;
    private KioskServerClient client;
    private ServerLink link;

    @BeforeEach
    void setUp() throws Exception {
        server = new InProcessServer(tmp.resolve("server"));
        outboxFile = new OutboxDatabase(tmp.resolve("kiosk/outbox.sqlite"));
        outbox = new OfflineOutbox(outboxFile, "K7", clock);
        client = new KioskServerClient(server.url(), new TokenStore(tmp.resolve("kiosk")));
        client.enrol(server.enrolmentCode(), "Test kiosk");
        link = new ServerLink(client, outbox, Executors.newSingleThreadScheduledExecutor(), Runnable::run,
                () -> new PrinterHealth(true, false, false, false, false, 0), "test");
    }

    @AfterEach
    void tearDown() {
        outboxFile.close();
        server.close();
    }

    private static TicketOrder order(String key, String service) {
        return new TicketOrder(key, service, null, "P", "Thủ tục", "Procedure");
    }

    @Test
    void offlineNumbersCarryTheKioskPrefixCountPerServiceAndDaySurviveARestartAndRepeatPerKey() throws Exception {
        assertThat(outbox.issue(order("key-00000001", "A")).displayNumber()).isEqualTo("K7-A001");
        assertThat(outbox.issue(order("key-00000002", "A")).displayNumber()).isEqualTo("K7-A002");
        assertThat(outbox.issue(order("key-00000003", "B")).displayNumber()).isEqualTo("K7-B001");
        assertThat(outbox.issue(order("key-00000001", "A")).displayNumber()).as("same tap, same ticket")
                .isEqualTo("K7-A001");
        outboxFile.close();
        outboxFile = new OutboxDatabase(tmp.resolve("kiosk/outbox.sqlite"));
        outbox = new OfflineOutbox(outboxFile, "K7", clock);
        assertThat(outbox.issue(order("key-00000004", "A")).displayNumber()).isEqualTo("K7-A003");
        clock.advance(Duration.ofDays(1));
        assertThat(outbox.issue(order("key-00000005", "A")).displayNumber()).as("a new day starts at 1")
                .isEqualTo("K7-A001");
        assertThat(outbox.pendingCount()).isEqualTo(5);
    }

    @Test
    void eachOfflineTicketReachesTheServerOnceAndWithdrawnOnesNever() throws Exception {
        OfflineTicket a = outbox.issue(order("key-00000011", "A"));
        outbox.issue(order("key-00000012", "A"));
        outbox.issue(order("key-00000013", "B"));
        outbox.withdraw(a.idempotencyKey());
        assertThat(link.deliverPending()).isEqualTo(2);
        assertThat(link.deliverPending()).isZero();
        assertThat(server.tickets()).hasSize(2);
        assertThat(outbox.pendingCount()).isZero();
    }

    @Test
    void anOfflineTicketKeepsItsPrintedNumberAndItsPlaceInTheQueueOnTheServer() throws Exception {
        TestClock now = new TestClock(Instant.now().minus(Duration.ofMinutes(3)).truncatedTo(ChronoUnit.MILLIS), TestClock.VIETNAM);
        outboxFile.close();
        outboxFile = new OutboxDatabase(tmp.resolve("kiosk/outbox-now.sqlite"));
        outbox = new OfflineOutbox(outboxFile, "K7", now);
        link = new ServerLink(client, outbox, Executors.newSingleThreadScheduledExecutor(), Runnable::run,
                () -> new PrinterHealth(true, false, false, false, false, 0), "test");
        OfflineTicket early = outbox.issue(order("key-00000041", "A"));
        var online = client.issue(new IssueTicketRequest("key-00000042", "A", null));
        assertThat(link.deliverPending()).isEqualTo(1);
        assertThat(link.deliverPending()).as("delivered once").isZero();
        assertThat(server.printedTickets()).containsExactly(
                "K7-A001 waiting " + early.issuedAt(),
                online.displayNumber() + " waiting " + online.issuedAt());
        assertThat(server.offlinePeriods()).contains("lateTickets=1");
    }

    @Test
    void aTicketTheServerRefusesIsSetAsideAndTheOthersStillGo() throws Exception {
        outbox.issue(order("key-00000021", "Q"));
        outbox.issue(order("key-00000022", "A"));
        assertThat(link.deliverPending()).isEqualTo(1);
        assertThat(server.tickets()).hasSize(1);
        assertThat(outbox.pendingCount()).isZero();
    }

    @Test
    void aVoidThatCouldNotBeSentIsSentWhenTheServerIsBack() throws Exception {
        var ticket = client.issue(new IssueTicketRequest("key-00000031", "A", null));
        outbox.voidLater(ticket.id(), "print-failed: paper-out");
        link.deliverPending();
        assertThat(server.status(ticket.id())).isEqualTo("voided");
        assertThat(outbox.pendingVoids()).isEmpty();
    }
}
