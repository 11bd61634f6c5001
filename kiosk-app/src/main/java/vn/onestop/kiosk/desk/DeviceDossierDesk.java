package vn.onestop.kiosk.desk;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.core.wire.DossierReceipt;
import vn.onestop.core.wire.DossierRegistration;
import vn.onestop.core.wire.DossierView;
import vn.onestop.core.wire.RatingRequest;
import vn.onestop.device.printer.PrinterException;
import vn.onestop.kiosk.flow.DossierDesk;
import vn.onestop.kiosk.flow.FiledDossier;
import vn.onestop.kiosk.flow.FilingOutcome;
import vn.onestop.kiosk.flow.LookupOutcome;
import vn.onestop.kiosk.flow.RatingOutcome;
import vn.onestop.kiosk.server.ServerRefusedException;
import vn.onestop.kiosk.server.ServerUnavailableException;
import vn.onestop.kiosk.slip.ReceiptSlipLayout;

/**
 * Dossiers through the server on the network thread and slips on the printer thread; results reach the flow
 * through {@code ui}. A dossier the server registered stands even when its slip does not print: the screen then
 * shows the code and sends the citizen to the counter for a copy. The slip's personal data never reaches a log.
 */
public final class DeviceDossierDesk implements DossierDesk {
    /** Log4j starts on first use: after the window opens (see the kiosk's LoggingSetup), not when this loads. */
    private static final class Log {
        static final Logger LOG = LogManager.getLogger(DeviceDossierDesk.class);
    }
    private final ServerLink server;
    private final FilingSender filings;
    private final PrinterSlot printer;
    private final PrinterMonitor monitor;
    private final ReceiptSlipLayout layout = new ReceiptSlipLayout();
    private final ExecutorService printerThread;
    private final Executor ui;

    /** {@code filings} stores each filing before it is sent (see {@link FilingSender}). */
    public DeviceDossierDesk(ServerLink server, FilingSender filings, PrinterSlot printer, PrinterMonitor monitor,
            ExecutorService printerThread, Executor ui) {
        this.server = server;
        this.filings = filings;
        this.printer = printer;
        this.monitor = monitor;
        this.printerThread = printerThread;
        this.ui = ui;
    }

    @Override
    public void file(DossierRegistration registration, Consumer<FilingOutcome> onDone) {
        filings.store(registration, () -> server.executor().execute(() -> send(registration, onDone)));
    }

    private void send(DossierRegistration registration, Consumer<FilingOutcome> onDone) {
        DossierReceipt receipt;
        try {
            receipt = filings.send(registration);
            server.reachable(true);
        } catch (ServerUnavailableException e) {
            server.reachable(false);
            boolean saved = filings.waiting(registration.idempotencyKey());
            Log.LOG.warn("Dossier not filed yet ({}): {}", saved ? "stored, sent when the server answers"
                    : "not stored", e.getMessage());
            FilingOutcome outcome = saved ? new FilingOutcome.Saved() : new FilingOutcome.NotFiled("unavailable");
            ui.execute(() -> onDone.accept(outcome));
            return;
        } catch (ServerRefusedException e) {
            Log.LOG.warn("Dossier refused by the server ({}): {}", e.status(), e.getMessage());
            ui.execute(() -> onDone.accept(new FilingOutcome.NotFiled(refusal(e.status()))));
            return;
        }
        Log.LOG.info("Dossier {} filed for procedure {}", receipt.dossier().code(), registration.procedureCode());
        printerThread.execute(() -> print(receipt, onDone));
    }

    private static String refusal(int status) {
        return switch (status) {
            case 422 -> "elsewhere";
            case 401, 403 -> "unavailable";
            default -> "invalid";
        };
    }

    private void print(DossierReceipt receipt, Consumer<FilingOutcome> onDone) {
        DossierView v = receipt.dossier();
        String problem = null;
        try {
            printer.print(layout.layout(receipt.slip()));
        } catch (PrinterException e) {
            Log.LOG.warn("Slip of dossier {} not printed: {}", v.code(), e.getMessage());
            if (e.status() != null) {
                monitor.report(e.status());
            }
            problem = PrinterHealthMapping.reason(e.status());
        } catch (RuntimeException e) {
            Log.LOG.error("Slip of dossier {} not printed: the printer driver failed: {}", v.code(),
                    e.getClass().getSimpleName());
            problem = "printer";
        }
        FiledDossier filed = new FiledDossier(v.code(), v.procedureCode(), v.appointmentAt(),
                v.appointmentProvisional(), problem == null, problem);
        ui.execute(() -> onDone.accept(new FilingOutcome.Filed(filed)));
    }

    @Override
    public void lookup(String code, Consumer<LookupOutcome> onDone) {
        server.executor().execute(() -> {
            LookupOutcome outcome;
            try {
                outcome = new LookupOutcome.Found(server.client().dossier(code));
                server.reachable(true);
            } catch (ServerUnavailableException e) {
                server.reachable(false);
                outcome = new LookupOutcome.Unavailable();
            } catch (ServerRefusedException e) {
                outcome = switch (e.status()) {
                    case 404 -> new LookupOutcome.NotFound();
                    case 400 -> new LookupOutcome.Malformed();
                    default -> new LookupOutcome.Unavailable();
                };
            }
            LookupOutcome answer = outcome;
            ui.execute(() -> onDone.accept(answer));
        });
    }

    @Override
    public void checkTicket(String ticketId, Consumer<vn.onestop.kiosk.flow.TicketCheck> onDone) {
        server.executor().execute(() -> {
            vn.onestop.kiosk.flow.TicketCheck check;
            try {
                String state = server.client().ticketRating(ticketId).state();
                server.reachable(true);
                check = switch (state) {
                    case vn.onestop.core.wire.TicketRatingCheck.RATABLE -> vn.onestop.kiosk.flow.TicketCheck.RATABLE;
                    case vn.onestop.core.wire.TicketRatingCheck.ALREADY_RATED ->
                            vn.onestop.kiosk.flow.TicketCheck.ALREADY_RATED;
                    default -> vn.onestop.kiosk.flow.TicketCheck.NOT_SERVED;
                };
            } catch (ServerUnavailableException e) {
                server.reachable(false);
                check = vn.onestop.kiosk.flow.TicketCheck.UNAVAILABLE;
            } catch (ServerRefusedException e) {
                check = e.status() == 404 || e.status() == 400 ? vn.onestop.kiosk.flow.TicketCheck.UNKNOWN
                        : vn.onestop.kiosk.flow.TicketCheck.UNAVAILABLE;
            }
            vn.onestop.kiosk.flow.TicketCheck answer = check;
            ui.execute(() -> onDone.accept(answer));
        });
    }

    @Override
    public void rate(RatingRequest rating, Consumer<RatingOutcome> onDone) {
        server.executor().execute(() -> {
            RatingOutcome outcome;
            try {
                server.client().rate(rating);
                server.reachable(true);
                outcome = RatingOutcome.THANKS;
            } catch (ServerUnavailableException e) {
                server.reachable(false);
                outcome = RatingOutcome.UNAVAILABLE;
            } catch (ServerRefusedException e) {
                Log.LOG.warn("Rating refused: {}", e.getMessage());
                outcome = e.status() == 409 ? RatingOutcome.ALREADY_RATED : RatingOutcome.UNAVAILABLE;
            }
            RatingOutcome answer = outcome;
            ui.execute(() -> onDone.accept(answer));
        });
    }
}
