package vn.onestop.kiosk.e2e;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import vn.onestop.core.wire.PrinterHealth;
import vn.onestop.device.printer.escpos.PrinterProfile;
import vn.onestop.device.printer.escpos.RobotoFonts;
import vn.onestop.device.printer.virtual.VirtualTicketPrinter;
import vn.onestop.kiosk.desk.DeviceTicketDesk;
import vn.onestop.kiosk.desk.PrinterMonitor;
import vn.onestop.kiosk.desk.PrinterSlot;
import vn.onestop.kiosk.desk.ServerLink;
import vn.onestop.kiosk.desk.TicketLayout;
import vn.onestop.kiosk.flow.TicketOrder;
import vn.onestop.kiosk.flow.TicketOutcome;
import vn.onestop.kiosk.outbox.OfflineOutbox;
import vn.onestop.kiosk.outbox.OutboxDatabase;
import vn.onestop.kiosk.server.KioskServerClient;
import vn.onestop.kiosk.server.TokenStore;

/**
 * One kiosk's ticket path without its window, wired as {@code KioskApp} wires it: its own data folder
 * (outbox SQLite file, server token), network and printer threads, {@link ServerLink} delivering the
 * outbox on its schedule, {@link DeviceTicketDesk} issuing online or offline, and the virtual printer
 * writing PNGs. Every outcome a citizen got is kept, with the order's idempotency key.
 */
final class StormKiosk implements AutoCloseable {
    /** What the citizen left with: the order's key and how it ended. */
    record Took(String key, TicketOutcome outcome) {}

    final String prefix;
    final Path dataDir;
    private final OutboxDatabase outboxFile;
    final OfflineOutbox outbox;
    final KioskServerClient client;
    final ServerLink link;
    final List<Took> taken = new CopyOnWriteArrayList<>();
    private final DeviceTicketDesk desk;
    private final ScheduledExecutorService network = single("net");
    private final ScheduledExecutorService printerThread = single("printer");

    StormKiosk(Path dataDir, String prefix, String serverUrl, Path configDir, Clock clock) {
        this.prefix = prefix;
        this.dataDir = dataDir;
        outboxFile = new OutboxDatabase(dataDir.resolve("outbox.sqlite"));
        outbox = new OfflineOutbox(outboxFile, prefix, clock);
        client = new KioskServerClient(serverUrl, new TokenStore(dataDir));
        PrinterSlot printer = new PrinterSlot(new VirtualTicketPrinter(dataDir.resolve("printed"),
                PrinterProfile.load(configDir.resolve("printers"), "generic-80mm"), new RobotoFonts(), clock));
        PrinterMonitor monitor = new PrinterMonitor(printer, printerThread, Runnable::run, () -> { });
        link = new ServerLink(client, outbox, network, Runnable::run,
                () -> new PrinterHealth(true, false, false, false, false, 0), "storm");
        desk = new DeviceTicketDesk(link, printer, monitor, new TicketLayout("Trung tâm", "Centre", ZoneId.of(
                "Asia/Ho_Chi_Minh")), printerThread, Runnable::run, clock);
    }

    /** Heartbeats and outbox delivery every second, as the kiosk runs them (every 15 s there). */
    void startLink() {
        link.start(1);
    }

    /** One citizen's tap on "take a ticket"; completes with what they got. */
    CompletableFuture<TicketOutcome> take(String service) {
        String key = UUID.randomUUID().toString();
        CompletableFuture<TicketOutcome> done = new CompletableFuture<>();
        desk.order(new TicketOrder(key, service, null, "P", "Thủ tục", "Procedure"), outcome -> {
            taken.add(new Took(key, outcome));
            done.complete(outcome);
        });
        return done;
    }

    long offlinePrinted() {
        return taken.stream().filter(t -> t.outcome() instanceof TicketOutcome.Printed p && p.ticket().offline())
                .count();
    }

    long onlinePrinted() {
        return taken.stream().filter(t -> t.outcome() instanceof TicketOutcome.Printed p && !p.ticket().offline())
                .count();
    }

    /** An offline ticket the outbox delivered: the server's id for it, and when. */
    record Delivery(String serverId, long deliveredAtMillis) {}

    /** The outbox's record of delivered tickets by idempotency key (read from the file). */
    Map<String, Delivery> deliveries() throws Exception {
        Map<String, Delivery> out = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("outbox.sqlite"));
                PreparedStatement ps = c.prepareStatement("SELECT idempotency_key, server_ticket_id, delivered_at "
                        + "FROM offline_ticket WHERE state = 'delivered'");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), new Delivery(rs.getString(2),
                        java.time.Instant.parse(rs.getString(3)).toEpochMilli()));
            }
        }
        return out;
    }

    private static ScheduledExecutorService single(String name) {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "storm-" + name);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() throws InterruptedException {
        network.shutdownNow();
        printerThread.shutdownNow();
        network.awaitTermination(5, TimeUnit.SECONDS);
        printerThread.awaitTermination(5, TimeUnit.SECONDS);
        outboxFile.close();
    }
}
