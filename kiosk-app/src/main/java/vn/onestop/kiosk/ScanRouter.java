package vn.onestop.kiosk;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import vn.onestop.core.identity.IdentityProblem;
import vn.onestop.core.slip.SlipQr;
import vn.onestop.device.scanner.CodeScanner;
import vn.onestop.device.scanner.IdentityReader;
import vn.onestop.device.scanner.ScanEvent;
import vn.onestop.device.scanner.ScanListener;
import vn.onestop.kiosk.flow.KioskFlow;
import vn.onestop.kiosk.tech.LastScan;

/**
 * The kiosk's scanner and where its scans go: a receipt slip's code to the dossier lookup, anything else read
 * as an ID card and handed to the flow on the UI executor. Keeps the last scan without its content (technician
 * mode) and lets technician mode put a new scanner in place of the old one. Scans arrive on the scanner's thread.
 */
public final class ScanRouter implements ScanListener {
    private final IdentityReader reader;
    private final KioskFlow flow;
    private final Executor ui;
    private final AtomicReference<CodeScanner> scanner;
    private volatile LastScan lastScan;

    public ScanRouter(IdentityReader reader, KioskFlow flow, Executor ui, CodeScanner first) {
        this.reader = reader;
        this.flow = flow;
        this.ui = ui;
        this.scanner = new AtomicReference<>(first);
        first.onScan(this);
    }

    /** A preparation slip's QR holds the plain 8-character code (never a card: a card's QR has '|' fields). */
    private static boolean isPreparationCode(String code) {
        return code.length() == vn.onestop.core.dossier.PreparationCode.LENGTH
                && vn.onestop.core.dossier.PreparationCode.normalize(code).isPresent();
    }

    @Override
    public void onEvent(ScanEvent event) {
        if (event instanceof ScanEvent.CodeScanned ticket && vn.onestop.kiosk.flow.TicketQr.isTicket(ticket.code())) {
            // A queue ticket's own QR (either form, issue 24): the citizen rates the service once served (issue 27).
            ui.execute(() -> flow.rating().ticketScanned(ticket.code()));
            return;
        }
        if (event instanceof ScanEvent.CodeScanned booking
                && vn.onestop.core.booking.BookingCodeText.isQr(booking.code())) {
            // A booking's QR from the public booking page: check in and print its ticket (issue 24).
            ui.execute(() -> flow.booking().scanned(booking.code()));
            return;
        }
        if (event instanceof ScanEvent.CodeScanned slip && (SlipQr.looksLikeSlip(slip.code())
                || isPreparationCode(slip.code()))) {
            ui.execute(() -> flow.lookup().slipScanned(slip.code()));
            return;
        }
        IdentityReader.Outcome outcome = reader.read(event);
        lastScan = new LastScan(event.at(), event.source().name(),
                event instanceof ScanEvent.CodeScanned c ? c.code().length() : 0,
                outcome instanceof IdentityReader.Outcome.Refused r ? "refused " + r.reasons().stream()
                        .map(IdentityProblem::code).toList() : "accepted");
        ui.execute(() -> flow.identify().cardRead(outcome));
    }

    /** Starts the current scanner. */
    public void start() {
        scanner.get().start();
    }

    /** Puts a new scanner in place of the old one (technician mode); any thread. */
    public void replace(CodeScanner next) {
        next.onScan(this);
        next.start();
        CodeScanner old = scanner.getAndSet(next);
        if (old != next) {
            old.close();
        }
    }

    /** For device health: whether the scanner in use is connected. */
    public boolean connected() {
        return scanner.get().isConnected();
    }

    /** The last scan, without its content (technician mode). */
    public Optional<LastScan> lastScan() {
        return Optional.ofNullable(lastScan);
    }

    public void close() {
        scanner.get().close();
    }
}
