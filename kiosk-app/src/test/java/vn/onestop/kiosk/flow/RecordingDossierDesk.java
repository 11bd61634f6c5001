package vn.onestop.kiosk.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.onestop.core.wire.DossierRegistration;
import vn.onestop.core.wire.RatingRequest;

/** A dossier desk that records every call; the test decides how each ends. */
public final class RecordingDossierDesk implements DossierDesk {
    public final List<DossierRegistration> filed = new ArrayList<>();
    public final List<String> lookups = new ArrayList<>();
    public final List<RatingRequest> ratings = new ArrayList<>();
    /** Tickets whose QR was scanned to rate them (issue 27); answered at once with {@link #ticketAnswer}. */
    public final List<String> ticketChecks = new ArrayList<>();
    public TicketCheck ticketAnswer = TicketCheck.RATABLE;
    /** Dossiers looked up and then offered for rating; answered at once with {@link #dossierAnswer}. */
    public final List<String> dossierChecks = new ArrayList<>();
    public TicketCheck dossierAnswer = TicketCheck.RATABLE;
    /** The scanned documents given with each filing (empty lists for filings without scans). */
    public final List<List<DocumentScan>> scans = new ArrayList<>();
    private Consumer<FilingOutcome> filing;
    private Consumer<LookupOutcome> lookup;
    private Consumer<RatingOutcome> rating;

    @Override
    public void file(DossierRegistration registration, Consumer<FilingOutcome> onDone) {
        filed.add(registration);
        filing = onDone;
    }

    @Override
    public void file(DossierRegistration registration, List<DocumentScan> documents, Consumer<FilingOutcome> onDone) {
        scans.add(documents);
        file(registration, onDone);
    }

    @Override
    public void lookup(String code, Consumer<LookupOutcome> onDone) {
        lookups.add(code);
        lookup = onDone;
    }

    @Override
    public void rate(RatingRequest r, Consumer<RatingOutcome> onDone) {
        ratings.add(r);
        rating = onDone;
    }

    @Override
    public void checkTicket(String ticketId, Consumer<TicketCheck> onDone) {
        ticketChecks.add(ticketId);
        onDone.accept(ticketAnswer);
    }

    @Override
    public void checkDossier(String code, Consumer<TicketCheck> onDone) {
        dossierChecks.add(code);
        onDone.accept(dossierAnswer);
    }

    public void finishFiling(FilingOutcome outcome) {
        filing.accept(outcome);
    }

    public void finishLookup(LookupOutcome outcome) {
        lookup.accept(outcome);
    }

    public void finishRating(RatingOutcome outcome) {
        rating.accept(outcome);
    }
}
