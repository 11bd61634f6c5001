package vn.onestop.kiosk.flow;

import java.util.function.Consumer;
import vn.onestop.core.wire.DossierRegistration;
import vn.onestop.core.wire.RatingRequest;

/**
 * Files dossiers (and prints their slips), looks them up and sends ratings for the flow. Every method returns at
 * once; the work runs on network and printer threads and {@code onDone} is called exactly once, on the thread that
 * runs the flow.
 */
public interface DossierDesk {
    void file(DossierRegistration registration, Consumer<FilingOutcome> onDone);

    /**
     * Prepares a dossier with the scanned pages of its documents: the registration and one PDF per document are
     * stored on the kiosk together, then delivered (registration first, then each document).
     */
    default void file(DossierRegistration registration, java.util.List<DocumentScan> scans,
            Consumer<FilingOutcome> onDone) {
        file(registration, onDone);
    }

    /** {@code code} is a well-formed dossier code. */
    void lookup(String code, Consumer<LookupOutcome> onDone);

    void rate(RatingRequest rating, Consumer<RatingOutcome> onDone);

    /** Asks whether the ticket whose QR code was scanned may be rated now (served, not yet rated). */
    default void checkTicket(String ticketId, Consumer<TicketCheck> onDone) {
        onDone.accept(TicketCheck.UNAVAILABLE);
    }

    /**
     * Asks whether the dossier (its key, preparation code or official code) may be rated now: received by an
     * official, not yet rated.
     */
    default void checkDossier(String code, Consumer<TicketCheck> onDone) {
        onDone.accept(TicketCheck.UNAVAILABLE);
    }

    /** A desk for flows without a server (tests of the ticket path): every call fails as unavailable. */
    DossierDesk UNAVAILABLE = new DossierDesk() {
        @Override
        public void file(DossierRegistration registration, Consumer<FilingOutcome> onDone) {
            onDone.accept(new FilingOutcome.NotFiled("unavailable"));
        }

        @Override
        public void lookup(String code, Consumer<LookupOutcome> onDone) {
            onDone.accept(new LookupOutcome.Unavailable());
        }

        @Override
        public void rate(RatingRequest rating, Consumer<RatingOutcome> onDone) {
            onDone.accept(RatingOutcome.UNAVAILABLE);
        }
    };
}
