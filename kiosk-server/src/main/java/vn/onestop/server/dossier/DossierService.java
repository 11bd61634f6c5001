package vn.onestop.server.dossier;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.onestop.core.calendar.Appointment;
import vn.onestop.core.calendar.AppointmentCalculator;
import vn.onestop.core.calendar.AppointmentRules;
import vn.onestop.core.catalogue.Procedure;
import vn.onestop.core.dossier.DossierCode;
import vn.onestop.core.dossier.DossierCodeException;
import vn.onestop.core.wire.DossierRegistration;
import vn.onestop.core.wire.DossierView;
import vn.onestop.core.wire.RatingRequest;
import vn.onestop.server.Rejection;
import vn.onestop.server.ServerConfig;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;

/**
 * Dossier registration, status lookup and ratings. The code is kiosk-core's {@link DossierCode}
 * ({@code AGENCY-YYMMDD-NNNN}, Circular 01/2018 Art. 19) with a daily sequence kept here; the appointment comes from
 * kiosk-core's {@link AppointmentCalculator} with the procedure's processing days and 15:00 cut-off rule.
 */
public final class DossierService {
    private static final Pattern PROCEDURE = Pattern.compile("[A-Za-z0-9._-]{1,40}");
    private static final Pattern ID_NUMBER = Pattern.compile("\\d{12}");
    private static final Pattern PHONE = Pattern.compile("\\+?\\d{9,14}");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    private final Database db;
    private final ServerConfig config;
    private final Clock clock;
    private final AppointmentCalculator appointments;

    public DossierService(Database db, ServerConfig config, Clock clock) {
        this.db = db;
        this.config = config;
        this.clock = clock;
        this.appointments = new AppointmentCalculator(config.calendar(), new AppointmentRules(config.zone(),
                AppointmentRules.defaults().cutoff(), AppointmentRules.defaults().officeOpens(),
                AppointmentRules.defaults().officeCloses()));
    }

    /** Registers a dossier (idempotent per kiosk and key) and returns its code and appointment. */
    public DossierView register(String kioskId, DossierRegistration r) {
        validate(r);
        Procedure procedure = config.catalogue().byCode(r.procedureCode()).orElseThrow(() -> Rejection.invalid(
                "procedureCode '" + r.procedureCode() + "' is not in the centre's catalogue"));
        if (procedure.processingDays() == null) {
            throw Rejection.invalid("Procedure " + procedure.code() + " has no statutory processing time in the "
                    + "catalogue: file it at the counter");
        }
        if ("POST".equals(r.delivery()) && Boolean.FALSE.equals(procedure.postalReturn())) {
            throw Rejection.invalid("Procedure " + procedure.code() + " does not return results by post");
        }
        return db.write(c -> {
            Optional<String> existing = Rows.one(c, "SELECT code FROM dossier WHERE kiosk_id = ? AND idempotency_key = ?",
                    rs -> rs.getString(1), kioskId, r.idempotencyKey());
            if (existing.isPresent()) {
                return find(c, existing.get()).orElseThrow();
            }
            long now = clock.millis();
            LocalDate day = LocalDate.ofInstant(Instant.ofEpochMilli(now), config.zone());
            String code = nextCode(c, day);
            Appointment appointment = appointments.appointment(Instant.ofEpochMilli(now).atZone(config.zone()),
                    procedure.processingDays(), procedure.cutoff15h());
            Rows.update(c, "INSERT INTO dossier (code, procedure_code, ticket_id, status, received_at, "
                    + "appointment_at, appointment_provisional, delivery, applicant_name, applicant_id, phone, "
                    + "postal_address, kiosk_id, idempotency_key) VALUES (?, ?, ?, 'received', ?, ?, ?, ?, ?, ?, ?, "
                    + "?, ?, ?)", code, r.procedureCode(), r.ticketId(), now, appointment.at().toString(),
                    appointment.provisional() ? 1 : 0, r.delivery(), r.applicantName().trim(),
                    r.applicantIdNumber(), r.phone(), r.postalAddress(), kioskId, r.idempotencyKey());
            return find(c, code).orElseThrow();
        });
    }

    public DossierView lookup(String text) {
        String code;
        try {
            code = DossierCode.parse(text).format();
        } catch (DossierCodeException e) {
            throw Rejection.invalid("Not a dossier code: " + e.getMessage());
        }
        return db.read(c -> find(c, code)).orElseThrow(() -> Rejection.notFound("No dossier " + code));
    }

    /** Stores a rating; one per ticket and one per dossier. */
    public void rate(String kioskId, RatingRequest r) {
        if (r == null || r.score() < 1 || r.score() > 5) {
            throw Rejection.invalid("score must be 1 to 5");
        }
        boolean hasTicket = r.ticketId() != null && !r.ticketId().isBlank();
        boolean hasDossier = r.dossierCode() != null && !r.dossierCode().isBlank();
        if (hasTicket == hasDossier) {
            throw Rejection.invalid("Give exactly one of ticketId or dossierCode");
        }
        if (r.comment() != null && r.comment().length() > 500) {
            throw Rejection.invalid("comment must be at most 500 characters");
        }
        db.write(c -> {
            String table = hasTicket ? "ticket WHERE id = ?" : "dossier WHERE code = ?";
            String ref = hasTicket ? r.ticketId() : r.dossierCode();
            if (Rows.count(c, "SELECT COUNT(*) FROM " + table, ref) == 0) {
                throw Rejection.notFound("No " + (hasTicket ? "ticket " : "dossier ") + ref);
            }
            String column = hasTicket ? "ticket_id" : "dossier_code";
            if (Rows.count(c, "SELECT COUNT(*) FROM rating WHERE " + column + " = ?", ref) > 0) {
                throw Rejection.conflict("This " + (hasTicket ? "ticket" : "dossier") + " was already rated");
            }
            Rows.update(c, "INSERT INTO rating (id, ticket_id, dossier_code, score, comment, created_at, kiosk_id) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), hasTicket ? ref : null,
                    hasTicket ? null : ref, r.score(), r.comment(), clock.millis(), kioskId);
            return null;
        });
    }

    private String nextCode(Connection c, LocalDate day) throws SQLException {
        String d = day.toString();
        int n;
        if (Rows.update(c, "UPDATE dossier_sequence SET last_number = last_number + 1 WHERE receipt_day = ?", d) == 0) {
            Rows.update(c, "INSERT INTO dossier_sequence (receipt_day, last_number) VALUES (?, 1)", d);
            n = 1;
        } else {
            n = (int) Rows.count(c, "SELECT last_number FROM dossier_sequence WHERE receipt_day = ?", d);
        }
        if (n > config.numbering().dailyCapacity()) {
            throw Rejection.conflict("The daily dossier sequence is full (" + n + "): raise dossier.sequenceWidth");
        }
        return config.numbering().code(day, n).format();
    }

    private Optional<DossierView> find(Connection c, String code) throws SQLException {
        return Rows.one(c, "SELECT code, procedure_code, status, received_at, appointment_at, appointment_provisional, "
                + "delivery FROM dossier WHERE code = ?", rs -> new DossierView(rs.getString(1), rs.getString(2),
                        rs.getString(3), Instant.ofEpochMilli(rs.getLong(4)), LocalDateTime.parse(rs.getString(5)),
                        rs.getInt(6) == 1, rs.getString(7)), code);
    }

    private static void validate(DossierRegistration r) {
        if (r == null) {
            throw Rejection.invalid("A JSON body is required");
        }
        if (r.idempotencyKey() == null || !KEY.matcher(r.idempotencyKey()).matches()) {
            throw Rejection.invalid("idempotencyKey must be 8-64 letters, digits, - or _");
        }
        if (r.procedureCode() == null || !PROCEDURE.matcher(r.procedureCode()).matches()) {
            throw Rejection.invalid("procedureCode must be 1-40 letters, digits, . _ -");
        }
        if (r.applicantName() == null || r.applicantName().isBlank() || r.applicantName().length() > 200) {
            throw Rejection.invalid("applicantName is required (1-200 characters)");
        }
        if (r.applicantIdNumber() == null || !ID_NUMBER.matcher(r.applicantIdNumber()).matches()) {
            throw Rejection.invalid("applicantIdNumber must be the 12 digits of the citizen ID card");
        }
        if (r.phone() != null && !r.phone().isEmpty() && !PHONE.matcher(r.phone()).matches()) {
            throw Rejection.invalid("phone must be 9-14 digits, optionally starting with +");
        }
        if (!"COUNTER".equals(r.delivery()) && !"POST".equals(r.delivery())) {
            throw Rejection.invalid("delivery must be COUNTER or POST");
        }
        boolean hasAddress = r.postalAddress() != null && !r.postalAddress().isBlank();
        if ("POST".equals(r.delivery()) && !hasAddress || hasAddress && r.postalAddress().length() > 500) {
            throw Rejection.invalid("postalAddress is required for POST delivery (at most 500 characters)");
        }
        if (r.ticketId() != null && r.ticketId().length() > 36) {
            throw Rejection.invalid("ticketId is at most 36 characters");
        }
    }
}
