package vn.onestop.server.dossier;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import vn.onestop.core.catalogue.Procedure;
import vn.onestop.core.dossier.DossierCode;
import vn.onestop.core.dossier.DossierCodeException;
import vn.onestop.core.dossier.PreparationCode;
import vn.onestop.core.slip.ReceiptSlip;
import vn.onestop.core.wire.DossierView;
import vn.onestop.core.wire.StatusStep;
import vn.onestop.server.Rejection;
import vn.onestop.server.ServerConfig;
import vn.onestop.server.centre.Centre;
import vn.onestop.server.centre.Centres;
import vn.onestop.server.db.Database;

/**
 * Read side of dossiers: the public lookup (no personal data), the staff history, and the slip of a stored dossier.
 *
 * <p>Lookup answers reveal nothing beyond the code's own dossier: a malformed text gets a 400 that does not quote
 * it; an unknown code and another centre's code get the same 404 with the same words, after the same database
 * query (so the time does not tell them apart either).
 */
final class DossierViews {
    static final String NOT_FOUND = "Không tìm thấy hồ sơ có mã này tại trung tâm. Kiểm tra lại mã trên giấy hẹn "
            + "/ No dossier with this code at this centre: check the code on the slip";
    private final Database db;
    private final DossierStore store;
    private final ServerConfig config;
    private final Centres centres;

    private final vn.onestop.server.catalogue.LiveCatalogue catalogue;

    DossierViews(Database db, DossierStore store, ServerConfig config,
            vn.onestop.server.catalogue.LiveCatalogue catalogue, Centres centres) {
        this.catalogue = catalogue;
        this.centres = centres;
        this.db = db;
        this.store = store;
        this.config = config;
    }

    /**
     * The dossier a kiosk looks up: by preparation code (any dossier prepared here), by official code once received,
     * or by the code of a dossier filed before issue 22. Only dossiers of {@code centreId} (the kiosk's or the staff
     * member's acting centre); {@code null} for any centre (the server's own calls).
     */
    DossierView lookup(String text, String centreId) {
        Optional<String> preparation = PreparationCode.normalize(text);
        if (preparation.isPresent()) {
            return db.read(c -> {
                Optional<DossierRecord> d = prepared(c, preparation.get(), centreId);
                return d.isEmpty() ? Optional.<DossierView>empty() : Optional.of(view(d.get(),
                        store.history(c, d.get().code())));
            }).orElseThrow(() -> Rejection.notFound(NOT_FOUND));
        }
        String code = officialOrOld(text);
        Optional<DossierView> found = db.read(c -> {
            Optional<DossierRecord> official = store.findByOfficial(c, code).filter(r -> inCentre(r, centreId));
            if (official.isPresent()) {
                return Optional.of(view(official.get(), store.history(c, official.get().code())));
            }
            Optional<DossierRecord> d = store.find(c, code).filter(r -> inCentre(r, centreId)
                    && r.preparationCode() == null);
            return d.isEmpty() ? Optional.<DossierView>empty() : Optional.of(view(d.get(), store.history(c, code)));
        });
        return found.orElseThrow(() -> Rejection.notFound(NOT_FOUND));
    }

    /**
     * A prepared dossier of {@code centreId} ({@code null}: of any centre); empty for an unknown code and another
     * centre's alike.
     */
    Optional<DossierRecord> prepared(java.sql.Connection c, String preparationCode, String centreId)
            throws java.sql.SQLException {
        return store.findByPreparation(c, preparationCode).filter(d -> inCentre(d, centreId));
    }

    /** A dossier of {@code code} (its key or official code) in {@code centreId}, or the same 404 as an unknown one. */
    DossierRecord require(java.sql.Connection c, String code, String centreId) throws java.sql.SQLException {
        Optional<DossierRecord> d = store.find(c, code);
        if (d.isEmpty()) {
            d = store.findByOfficial(c, code);
        }
        return d.filter(r -> inCentre(r, centreId)).orElseThrow(() -> Rejection.notFound("No dossier " + code));
    }

    static boolean inCentre(DossierRecord d, String centreId) {
        return centreId == null || centreId.equals(d.centreId());
    }

    /** The canonical form of an official or old dossier code, or 400 without quoting the text. */
    private String officialOrOld(String text) {
        try {
            return DossierCode.parse(text).format();
        } catch (DossierCodeException e) {
            String upper = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
            // A portal's own code form (dossier.officialCode.pattern), unless the text has the Circular 01/2018 shape
            // and is wrong in it (e.g. a date that does not exist): that gets the 400 naming the fault.
            if (!upper.matches(".+-\\d{6}-\\d{1,9}") && upper.length() <= 64
                    && config.reception().officialCodePattern().matcher(upper).matches()) {
                return upper;
            }
            throw Rejection.invalid("Mã hồ sơ không hợp lệ / Not a dossier code: " + e.getMessage());
        }
    }

    List<DossierStore.HistoryRow> history(String code, String centreId) {
        return db.read(c -> store.history(c, require(c, code, centreId).code()));
    }

    /** The name of the centre a dossier was filed at, as its slips print it (table centre, issue 21). */
    String centreName(DossierRecord d) {
        return centres.find(d.centreId()).map(Centre::nameVi).orElse(config.centreName());
    }

    /** The receipt slip of a received dossier; its dossier code is the official code once there is one. */
    ReceiptSlip slip(DossierRecord d) {
        Optional<Procedure> p = catalogue.catalogue().byCode(d.procedureCode());
        String centreName = centreName(d);
        return new ReceiptSlip(centreName, config.filing().place(),
                d.officialCode() != null ? d.officialCode() : d.code(), d.applicant().name(),
                d.applicant().idNumber(), d.applicant().address(), d.phone(), d.email(), d.procedureCode(),
                p.map(Procedure::nameVi).orElse(d.procedureCode()), d.documents(), d.sets(),
                d.processingDays() == null ? 0 : d.processingDays(), local(d.receivedAt()), d.appointmentAt(),
                d.appointmentProvisional(), d.delivery(), d.postalAddress(), d.feeVnd(), d.postalFeeVnd(),
                d.logEntry() == null ? "" : d.logEntry(), config.filing().hotline(), config.filing().issuingSystem(),
                config.filing().header(centreName));
    }

    LocalDateTime local(long millis) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), config.zone()).withNano(0);
    }

    DossierView view(DossierRecord d, List<DossierStore.HistoryRow> history) {
        Optional<Procedure> p = catalogue.catalogue().byCode(d.procedureCode());
        List<StatusStep> timeline = history.stream().map(h -> new StatusStep(h.status().code(), h.status().nameVi(),
                h.status().nameEn(), Instant.ofEpochMilli(h.at()))).toList();
        return new DossierView(d.code(), d.procedureCode(), p.map(Procedure::nameVi).orElse(""),
                p.map(Procedure::nameEn).orElse(""), d.status().code(), d.status().nameVi(), d.status().nameEn(),
                d.receivedAt() == null ? null : Instant.ofEpochMilli(d.receivedAt()), d.appointmentAt(),
                d.appointmentProvisional(), d.delivery().name(), d.trackingNumber(), timeline, d.officialCode(),
                d.preparationCode(), d.reception().code(), d.reception().nameVi(), d.reception().nameEn());
    }
}
