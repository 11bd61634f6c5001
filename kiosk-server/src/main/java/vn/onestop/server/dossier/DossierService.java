package vn.onestop.server.dossier;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.core.calendar.Appointment;
import vn.onestop.core.calendar.AppointmentCalculator;
import vn.onestop.core.calendar.AppointmentRules;
import vn.onestop.core.catalogue.Procedure;
import vn.onestop.core.dossier.DossierStatus;
import vn.onestop.core.dossier.PreparationCode;
import vn.onestop.core.dossier.Reception;
import vn.onestop.core.slip.ReturnMethod;
import vn.onestop.core.wire.DossierReceipt;
import vn.onestop.core.wire.DossierRegistration;
import vn.onestop.core.wire.DossierView;
import vn.onestop.server.Rejection;
import vn.onestop.server.ServerConfig;
import vn.onestop.server.centre.Centres;
import vn.onestop.server.db.Database;
import vn.onestop.server.dossier.pdf.SlipPdf;
import vn.onestop.server.dossier.pdf.SlipPdfException;

/**
 * Dossier registration with its receipt slip (code per Circular 01/2018 Art. 19, appointment from kiosk-core's
 * {@link AppointmentCalculator} with the procedure's 15:00 cut-off rule, slip PDF stored with the dossier), status
 * changes by staff (each kept with time and author), and the public lookup ({@link DossierViews}).
 */
public final class DossierService {
    private static final Logger LOG = LogManager.getLogger(DossierService.class);
    private final Database db;
    private final ServerConfig config;
    private final Clock clock;
    private final AppointmentCalculator appointments;
    private final DossierStore store;
    private final DossierViews views;
    private final SlipPdf pdf;
    private final DossierEvents events;
    private final DossierReception reception;
    private final DossierSlips slips;
    private final PreparedDocuments documents;
    private final vn.onestop.server.catalogue.LiveCatalogue catalogue;
    private final Centres centres;
    private final java.security.SecureRandom random = new java.security.SecureRandom();

    public DossierService(Database db, ServerConfig config, Clock clock, ObjectMapper json) {
        this(db, config, clock, json, DossierEvents.NONE);
    }

    /** A service that tells {@code events} (e.g. the provincial connector) about each reception change. */
    public DossierService(Database db, ServerConfig config, Clock clock, ObjectMapper json, DossierEvents events) {
        this(db, config, clock, json, events, new Centres(db, clock));
    }

    /** As above; {@code centres} gives each dossier its centre's agency code and name (issue 21). */
    public DossierService(Database db, ServerConfig config, Clock clock, ObjectMapper json, DossierEvents events,
            Centres centres) {
        this(db, config, clock, json, events, vn.onestop.server.catalogue.LiveCatalogue.fixed(config.catalogue(),
                config.calendar()), centres);
    }

    /**
     * A service reading the catalogue and calendar in force from {@code catalogue} (edited live) and each dossier's
     * centre from {@code centres} (issue 21).
     */
    public DossierService(Database db, ServerConfig config, Clock clock, ObjectMapper json, DossierEvents events,
            vn.onestop.server.catalogue.LiveCatalogue catalogue, Centres centres) {
        this.catalogue = catalogue;
        this.centres = centres;
        this.events = events;
        this.db = db;
        this.config = config;
        this.clock = clock;
        AppointmentRules defaults = AppointmentRules.defaults();
        this.appointments = new AppointmentCalculator(catalogue::calendar, new AppointmentRules(config.zone(),
                defaults.cutoff(), defaults.officeOpens(), defaults.officeCloses()));
        this.store = new DossierStore(json, config.numbering());
        this.views = new DossierViews(db, store, config, catalogue, centres);
        this.pdf = new SlipPdf(config.zone());
        this.documents = new PreparedDocuments(db, views, config.reception(), clock);
        this.slips = new DossierSlips(db, config, clock, store, views, catalogue, pdf, json);
        this.reception = new DossierReception(this, db, config, clock, store, views, appointments, slips);
    }

    /** The procedure catalogue in force now (edited live). */
    vn.onestop.core.catalogue.ProcedureCatalogue catalogue() {
        return catalogue.catalogue();
    }

    /**
     * Prepares a dossier filed at a kiosk (idempotent per kiosk and key): stored {@code prepared} under a new
     * preparation code, awaiting an official's reception (Decree 118/2025/ND-CP); no receipt slip is made. Tells
     * {@link DossierEvents#prepared} once, when the dossier is new. The dossier belongs to {@code centreId} (the
     * kiosk's centre) and carries that centre's agency code.
     */
    public DossierReceipt register(String kioskId, String centreId, DossierRegistration r) {
        RegistrationCheck.check(r, LocalDate.now(clock.withZone(config.zone())));
        Procedure procedure = fileable(r);
        String agencyCode = centres.require(centreId).agencyCode();
        boolean[] created = {false};
        DossierRecord d = db.write(c -> {
            Optional<String> existing = store.codeByKey(c, kioskId, r.idempotencyKey());
            if (existing.isPresent()) {
                return store.find(c, existing.get()).orElseThrow();
            }
            long now = clock.millis();
            long postalFee = r.delivery() == ReturnMethod.POST ? config.filing().postalFeeVnd() : 0;
            String code = newPreparationCode(c);
            DossierRecord record = new DossierRecord(code, procedure.code(), r.ticketId(), DossierStatus.PREPARED,
                    null, null, false, r.delivery(), r.applicant(), r.phone(), r.email() == null ? "" : r.email(),
                    r.delivery() == ReturnMethod.POST ? r.postalAddress().strip() : null, r.documents(),
                    r.sets() == null ? 1 : r.sets(), procedure.processingDays(), procedure.serviceCode(),
                    procedure.feeVnd(), postalFee, null, null, code, now, null, Reception.PENDING, null,
                    agencyCode, centreId);
            store.insert(c, record, kioskId, r.idempotencyKey(), now);
            store.addHistory(c, record.code(), new DossierStore.HistoryRow(DossierStatus.PREPARED, now,
                    "kiosk:" + kioskId, RegistrationCheck.staffNoteText(r), null));
            created[0] = true;
            return record;
        });
        if (created[0]) {
            tell(() -> events.prepared(d.code()));
        }
        return new DossierReceipt(views.lookup(d.code(), centreId), null, d.code());
    }

    private String newPreparationCode(java.sql.Connection c) throws java.sql.SQLException {
        for (int attempt = 0; attempt < 20; attempt++) {
            String code = PreparationCode.random(random);
            if (store.findByPreparation(c, code).isEmpty() && store.find(c, code).isEmpty()) {
                return code;
            }
        }
        throw new IllegalStateException("No free preparation code after 20 draws");
    }

    /** Tells the connector hook; a failing hook is logged and does not undo the committed change. */
    void tell(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.error("The dossier events hook failed: {}", e.toString(), e);
        }
    }

    /** The hook told about reception changes. */
    DossierEvents events() {
        return events;
    }

    /** The scanned checklist documents of prepared dossiers (kiosk upload, official download). */
    public PreparedDocuments documents() {
        return documents;
    }

    /** The official reception of prepared dossiers: receive, ask for a supplement, refuse (staff). */
    public DossierReception reception() {
        return reception;
    }

    /** The receipt, supplement and refusal slips that reception issues (counter printers, staff downloads). */
    public DossierSlips slips() {
        return slips;
    }

    /**
     * Records the official dossier code the provincial system issued for a dossier (the connector's call).
     * Idempotent: the same code again changes nothing. A received dossier waiting for its code gets its receipt slip
     * now.
     *
     * @throws Rejection 404 for an unknown preparation code, 409 when the dossier already has a different code or
     *                   another dossier has this one, 400 when the code does not match
     *                   {@code dossier.officialCode.pattern}
     */
    public DossierView assignOfficialCode(String preparationCode, String officialCode, String actor) {
        return reception.assignOfficialCode(preparationCode, officialCode, actor);
    }

    /**
     * The public view of a code typed or scanned at a kiosk of {@code centreId} (or looked up by its staff); another
     * centre's dossier is the same 404 as an unknown code. See {@link DossierViews#lookup}.
     */
    public DossierView lookup(String text, String centreId) {
        return views.lookup(text, centreId);
    }

    /** The status history with authors and notes, for staff acting in {@code centreId}. */
    public List<DossierStore.HistoryRow> history(String code, String centreId) {
        return views.history(code, centreId);
    }

    /** A status change by the server itself (the provincial connector): a dossier of any centre. */
    public DossierView changeStatus(String code, String statusCode, String note, String trackingNumber,
            String actor) {
        return changeStatus(code, statusCode, note, trackingNumber, actor, null);
    }

    /**
     * Moves a dossier to a new status (staff), keeping time and author.
     *
     * @throws Rejection when the code or status is unknown (or of a centre other than {@code centreId}, when not
     *                   null), or the change is not allowed from the current status
     */
    public DossierView changeStatus(String code, String statusCode, String note, String trackingNumber,
            String actor, String centreId) {
        DossierStatus target = DossierStatus.ofCode(statusCode == null ? "" : statusCode).orElseThrow(() ->
                Rejection.invalid("status must be one of processing, supplement_requested, done, refused, "
                        + "handed_to_post, delivered"));
        if (note != null && note.length() > 500) {
            throw Rejection.invalid("note must be at most 500 characters");
        }
        boolean hasTracking = trackingNumber != null && !trackingNumber.isBlank();
        if (target == DossierStatus.HANDED_TO_POST && (!hasTracking || trackingNumber.length() > 40)) {
            throw Rejection.invalid("trackingNumber (1-40 characters) is required when handing a result to the post");
        }
        String tracking = hasTracking ? trackingNumber.strip() : null;
        db.write(c -> {
            DossierRecord d = store.find(c, code).filter(r -> DossierViews.inCentre(r, centreId))
                    .orElseThrow(() -> Rejection.notFound("No dossier " + code));
            if (d.reception() == Reception.PENDING) {
                throw Rejection.conflict("Hồ sơ chưa được tiếp nhận: mở hồ sơ ở mục Tiếp nhận hồ sơ / This dossier "
                        + "is not received yet: decide it in the Receive a dossier panel");
            }
            if (!d.status().canMoveTo(target)) {
                throw Rejection.conflict("A dossier that is '" + d.status().code() + "' cannot become '"
                        + target.code() + "' (allowed: " + d.status().next().stream().map(DossierStatus::code)
                                .sorted().toList() + ")");
            }
            if (target == DossierStatus.HANDED_TO_POST && d.delivery() != ReturnMethod.POST) {
                throw Rejection.conflict("This dossier's result is returned at the counter, not by post");
            }
            long now = clock.millis();
            store.setStatus(c, code, target, tracking, now);
            store.addHistory(c, code, new DossierStore.HistoryRow(target, now, actor, note, tracking));
            return null;
        });
        return views.lookup(code, null);
    }

    /**
     * The stored receipt slip PDF of a dossier of {@code centreId}; made (and stored) now if reception could not make
     * it.
     */
    public byte[] slipPdf(String code, String centreId) {
        DossierRecord found = db.read(c -> store.find(c, code)).filter(r -> DossierViews.inCentre(r, centreId))
                .orElseThrow(() -> Rejection.notFound("No dossier " + code));
        if (found.reception() == Reception.OFFICIAL) {
            return slips.receiptPdf(found);
        }
        if (found.receivedAt() == null) {
            throw Rejection.conflict("Hồ sơ chưa được tiếp nhận nên chưa có giấy hẹn / This dossier is not received "
                    + "yet, so it has no receipt slip");
        }
        Optional<byte[]> stored = db.read(c -> store.slip(c, code));
        if (stored.isPresent()) {
            return stored.get();
        }
        DossierRecord d = db.read(c -> store.find(c, code)).orElseThrow(() -> Rejection.notFound("No dossier "
                + code));
        if (db.read(c -> store.erasedAt(c, code)).isPresent()) {
            throw new Rejection(Rejection.Kind.GONE, "The slip of dossier " + code + " was erased with its personal "
                    + "data after the retention period (dossier.retentionDays)");
        }
        try {
            byte[] bytes = pdf.render(views.slip(d));
            db.write(c -> {
                store.saveSlip(c, code, bytes, clock.millis());
                return null;
            });
            return bytes;
        } catch (SlipPdfException e) {
            LOG.error("{}", e.getMessage(), e);
            throw e;
        }
    }

    private Procedure fileable(DossierRegistration r) {
        Procedure p = catalogue.catalogue().byCode(r.procedureCode()).orElseThrow(() -> Rejection.invalid(
                "procedureCode '" + r.procedureCode() + "' is not in the centre's catalogue"));
        String counter = catalogue.catalogue().service(p.serviceCode()).map(s -> " (" + s.nameVi() + " / "
                + s.nameEn() + ")").orElse("");
        String elsewhere = ": lấy số thứ tự quầy " + p.serviceCode() + counter + " và nộp tại quầy / take a ticket "
                + "for service " + p.serviceCode() + " and file at the counter";
        if (!p.fileableAtKiosk() || p.processingDays() == null) {
            throw new Rejection(Rejection.Kind.ELSEWHERE, "Thủ tục " + p.code() + " không nộp tại kiosk"
                    + elsewhere);
        }
        if (r.delivery() == ReturnMethod.POST && Boolean.FALSE.equals(p.postalReturn())) {
            throw new Rejection(Rejection.Kind.ELSEWHERE, "Thủ tục " + p.code() + " không trả kết quả qua bưu "
                    + "chính: chọn nhận tại quầy / this procedure does not return results by post: choose COUNTER");
        }
        return p;
    }
}
