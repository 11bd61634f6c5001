package vn.onestop.kiosk.desk;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.core.wire.DossierReceipt;
import vn.onestop.core.wire.DossierRegistration;
import vn.onestop.core.wire.RatingRequest;
import vn.onestop.device.printer.PrinterException;
import vn.onestop.kiosk.flow.DossierDesk;
import vn.onestop.kiosk.flow.FiledDossier;
import vn.onestop.kiosk.flow.FilingOutcome;
import vn.onestop.kiosk.flow.LookupOutcome;
import vn.onestop.kiosk.flow.RatingOutcome;
import vn.onestop.kiosk.server.ServerRefusedException;
import vn.onestop.kiosk.server.ServerUnavailableException;
import vn.onestop.kiosk.documents.DocumentPdf;
import vn.onestop.kiosk.flow.DocumentScan;
import vn.onestop.kiosk.slip.PreparationSlip;
import vn.onestop.kiosk.slip.PreparationSlipLayout;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import vn.onestop.core.catalogue.Procedure;
import vn.onestop.core.catalogue.ProcedureCatalogue;
import vn.onestop.core.catalogue.QueueService;
import vn.onestop.core.wire.IssueTicketRequest;

/**
 * Dossiers through the server on the network thread and slips on the printer thread; results reach the flow
 * through {@code ui}. The kiosk prepares dossiers and never receives them (Decree 118/2025): the server answers
 * with a preparation code and the kiosk prints a preparation slip (never the Mẫu 01 receipt), with a queue number
 * of the desk where an official receives the dossier. A prepared dossier stands even when its slip does not print:
 * the screen then shows the code. The slip's personal data never reaches a log.
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
    private final PreparationSlipLayout layout = new PreparationSlipLayout();
    private final ExecutorService printerThread;
    private final Executor ui;
    private final Preparation preparation;

    /**
     * What a prepared dossier needs besides the server: the centre's name for the slip, the catalogue (the
     * procedure's name and the queue service of the desk where an official receives it), how pages become a PDF,
     * the clock, and the thread that joins pages (CPU work, never the event thread).
     */
    public record Preparation(String centre, Supplier<ProcedureCatalogue> catalogue, DocumentPdf pdf, Clock clock,
            Executor joiner) {}

    /** {@code filings} stores each filing before it is sent (see {@link FilingSender}). */
    public DeviceDossierDesk(ServerLink server, FilingSender filings, PrinterSlot printer, PrinterMonitor monitor,
            ExecutorService printerThread, Executor ui, Preparation preparation) {
        this.server = server;
        this.filings = filings;
        this.printer = printer;
        this.monitor = monitor;
        this.printerThread = printerThread;
        this.ui = ui;
        this.preparation = preparation;
    }

    @Override
    public void file(DossierRegistration registration, Consumer<FilingOutcome> onDone) {
        file(registration, List.of(), onDone);
    }

    /**
     * Joins each document's pages into its PDF (a document over the size limit even at the lowest quality stops
     * the filing with "too-large": nothing is stored, the citizen removes pages), stores the registration and the
     * PDFs together, then sends them.
     */
    @Override
    public void file(DossierRegistration registration, List<DocumentScan> scans, Consumer<FilingOutcome> onDone) {
        preparation.joiner().execute(() -> {
            Map<Integer, byte[]> pdfs = new TreeMap<>();
            int pages = 0;
            for (DocumentScan scan : scans) {
                try {
                    pdfs.put(scan.index(), preparation.pdf().join(scan.pages()).pdf());
                    pages += scan.pages().size();
                } catch (DocumentPdf.TooLargeException e) {
                    Log.LOG.warn("Filing {} stopped: document {} {}", registration.idempotencyKey(), scan.index(),
                            e.getMessage());
                    ui.execute(() -> onDone.accept(new FilingOutcome.NotFiled("too-large")));
                    return;
                }
            }
            int pageCount = pages;
            filings.store(registration, () -> pdfs, () -> server.executor().execute(() ->
                    send(registration, pdfs.size(), pageCount, onDone)));
        });
    }

    private void send(DossierRegistration registration, int documents, int pages, Consumer<FilingOutcome> onDone) {
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
        String code = receipt.preparationCode() != null ? receipt.preparationCode() : receipt.dossier().code();
        Log.LOG.info("Dossier {} prepared for procedure {} ({} documents, {} pages)", code,
                registration.procedureCode(), documents, pages);
        Optional<Procedure> procedure = preparation.catalogue().get().byCode(registration.procedureCode());
        Optional<QueueService> desk = procedure.flatMap(p -> preparation.catalogue().get().service(p.serviceCode()));
        String number = desk.map(d -> deskTicket(registration.idempotencyKey(), d)).orElse(null);
        PreparationSlip slip = new PreparationSlip(preparation.centre(), code, registration.procedureCode(),
                procedure.map(Procedure::nameVi).orElse(registration.procedureCode()), documents, pages, number,
                desk.map(QueueService::nameVi).orElse(""), LocalDateTime.now(preparation.clock()));
        printerThread.execute(() -> print(slip, registration.procedureCode(), onDone));
    }

    /**
     * A queue ticket of the desk where an official receives the dossier (same key on a retry: one ticket); null
     * when the server does not give one (the slip then sends the citizen to take a number).
     */
    private String deskTicket(String filingKey, QueueService desk) {
        try {
            return server.client().issue(new IssueTicketRequest(filingKey + "-desk", desk.code(), null))
                    .displayNumber();
        } catch (ServerUnavailableException | ServerRefusedException e) {
            Log.LOG.warn("No desk ticket for prepared filing {}: {}", filingKey, e.getMessage());
            return null;
        }
    }

    private static String refusal(int status) {
        return switch (status) {
            case 422 -> "elsewhere";
            case 401, 403 -> "unavailable";
            default -> "invalid";
        };
    }

    private void print(PreparationSlip slip, String procedureCode, Consumer<FilingOutcome> onDone) {
        String problem = null;
        try {
            printer.print(layout.layout(slip));
        } catch (PrinterException e) {
            Log.LOG.warn("Preparation slip {} not printed: {}", slip.preparationCode(), e.getMessage());
            if (e.status() != null) {
                monitor.report(e.status());
            }
            problem = PrinterHealthMapping.reason(e.status());
        } catch (RuntimeException e) {
            Log.LOG.error("Preparation slip {} not printed: the printer driver failed: {}", slip.preparationCode(),
                    e.getClass().getSimpleName());
            problem = "printer";
        }
        FiledDossier filed = FiledDossier.prepared(slip.preparationCode(), procedureCode, problem == null, problem,
                slip.documents(), slip.pages(), slip.queueNumber());
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
    public void checkDossier(String code, Consumer<vn.onestop.kiosk.flow.TicketCheck> onDone) {
        server.executor().execute(() -> {
            vn.onestop.kiosk.flow.TicketCheck check;
            try {
                String state = server.client().dossierRating(code).state();
                server.reachable(true);
                check = switch (state) {
                    case vn.onestop.core.wire.TicketRatingCheck.RATABLE -> vn.onestop.kiosk.flow.TicketCheck.RATABLE;
                    case vn.onestop.core.wire.TicketRatingCheck.ALREADY_RATED ->
                            vn.onestop.kiosk.flow.TicketCheck.ALREADY_RATED;
                    default -> vn.onestop.kiosk.flow.TicketCheck.NOT_RECEIVED;
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
