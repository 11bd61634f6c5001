package vn.onestop.kiosk.gateway;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.core.slip.ReceiptSlip;
import vn.onestop.device.printer.PrinterException;
import vn.onestop.device.printer.TicketPrinter;
import vn.onestop.kiosk.slip.ReceiptSlipLayout;

/**
 * The thermal printer of one counter: prints the receipt slips the server sends for that counter ({@code slip.print}
 * on its stream) with the kiosk's own receipt layout and printer driver, on a thread of its own (a slow printer never
 * holds up the counter's display), and reports printed or the printer's reason (paper out, offline) back.
 */
final class CounterPrinter implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(CounterPrinter.class);
    private final String counter;
    private final String token;
    private final GatewayServer server;
    private final TicketPrinter printer;
    private final String description;
    private final ReceiptSlipLayout layout = new ReceiptSlipLayout();
    private final ExecutorService thread;

    CounterPrinter(String counter, String token, GatewayServer server, TicketPrinter printer, String description) {
        this.counter = counter;
        this.token = token;
        this.server = server;
        this.printer = printer;
        this.description = description;
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "gateway-printer-" + counter);
            t.setDaemon(true);
            return t;
        });
    }

    /** Tells the server this counter has a printer (on every stream connection, so a server restart learns it). */
    void announce() {
        thread.execute(() -> {
            try {
                server.printer(counter, token, description);
            } catch (IOException | GatewayServer.Refused e) {
                LOG.warn("Counter {}: printer not announced to the server: {}", counter, e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** Prints the receipt slip of the dossier {@code code} (its preparation code), then reports the outcome. */
    void print(String code) {
        thread.execute(() -> printNow(code));
    }

    private void printNow(String code) {
        ReceiptSlip slip;
        try {
            slip = server.slip(counter, token, code);
        } catch (GatewayServer.Refused e) {
            // 409: already printed or failed (a replayed event), 404: not this counter's.
            LOG.info("Counter {}: slip not printed, the server says: {}", counter, e.getMessage());
            return;
        } catch (IOException e) {
            LOG.warn("Counter {}: slip not fetched: {}", counter, e.getMessage());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        String error = null;
        try {
            printer.print(layout.layout(slip));
            LOG.info("Counter {}: receipt slip printed", counter);
        } catch (PrinterException | RuntimeException e) {
            error = e.getMessage() == null ? e.toString() : e.getMessage();
            LOG.warn("Counter {}: receipt slip not printed: {}", counter, error);
        }
        try {
            server.printResult(counter, token, code, error == null, error);
        } catch (IOException | GatewayServer.Refused e) {
            LOG.warn("Counter {}: print outcome not reported: {}", counter, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    TicketPrinter printer() {
        return printer;
    }

    @Override
    public void close() {
        thread.shutdownNow();
        printer.close();
    }
}
