package vn.onestop.server.dossier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.onestop.core.dossier.DossierNumbering;
import vn.onestop.core.dossier.DossierStatus;
import vn.onestop.core.dossier.Reception;
import vn.onestop.core.slip.ReceivedDocument;
import vn.onestop.core.slip.ReturnMethod;
import vn.onestop.core.wire.Applicant;
import vn.onestop.server.Rejection;
import vn.onestop.server.db.Rows;

/** The SQL of dossiers, their status history, log book numbers and slips; runs inside the caller's transaction. */
final class DossierStore {
    private static final TypeReference<List<ReceivedDocument>> DOCUMENTS = new TypeReference<>() {};
    private static final String COLUMNS = "code, procedure_code, ticket_id, status, received_at, appointment_at, "
            + "appointment_provisional, delivery, applicant_name, applicant_id, applicant_birth_date, "
            + "applicant_address, phone, email, postal_address, documents, sets, processing_days, service_code, "
            + "fee_vnd, postal_fee_vnd, log_entry, tracking_number, preparation_code, prepared_at, official_code, "
            + "reception, received_by, agency_code, centre_id";
    private final ObjectMapper json;
    private final DossierNumbering numbering;

    /** One status of a dossier's history, with who set it. */
    record HistoryRow(DossierStatus status, long at, String actor, String note, String trackingNumber) {}

    DossierStore(ObjectMapper json, DossierNumbering numbering) {
        this.json = json;
        this.numbering = numbering;
    }

    Optional<String> codeByKey(Connection c, String kioskId, String key) throws SQLException {
        return Rows.one(c, "SELECT code FROM dossier WHERE kiosk_id = ? AND idempotency_key = ?",
                rs -> rs.getString(1), kioskId, key);
    }

    /**
     * The next code of the centre's daily sequence, {@code AGENCY-YYMMDD-SEQ} with the centre's agency code (each
     * centre numbers its own dossiers from 1 every day).
     */
    String nextCode(Connection c, String centreId, String agencyCode, LocalDate day) throws SQLException {
        int n = next(c, "dossier_sequence", centreId, "receipt_day", day.toString());
        if (n > numbering.dailyCapacity()) {
            throw Rejection.conflict("The daily dossier sequence is full (" + n + "): raise dossier.sequenceWidth");
        }
        return new DossierNumbering(agencyCode, numbering.sequenceWidth()).code(day, n).format();
    }

    /** The next entry of the centre's log book for the year, e.g. {@code 12/2026}. */
    String nextLogEntry(Connection c, String centreId, int year) throws SQLException {
        return next(c, "dossier_log_sequence", centreId, "log_year", year) + "/" + year;
    }

    private static int next(Connection c, String table, String centreId, String keyColumn, Object key)
            throws SQLException {
        String where = " WHERE centre_id = ? AND " + keyColumn + " = ?";
        if (Rows.update(c, "UPDATE " + table + " SET last_number = last_number + 1" + where, centreId, key) == 0) {
            Rows.update(c, "INSERT INTO " + table + " (centre_id, " + keyColumn + ", last_number) VALUES (?, ?, 1)",
                    centreId, key);
            return 1;
        }
        return (int) Rows.count(c, "SELECT last_number FROM " + table + where, centreId, key);
    }

    void insert(Connection c, DossierRecord d, String kioskId, String key, long consentAt) throws SQLException {
        Applicant a = d.applicant();
        Rows.update(c, "INSERT INTO dossier (" + COLUMNS + ", kiosk_id, idempotency_key, consent_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?)",
                d.code(), d.procedureCode(), d.ticketId(), d.status().code(), d.receivedAt(),
                d.appointmentAt() == null ? null : d.appointmentAt().toString(), d.appointmentProvisional() ? 1 : 0,
                d.delivery().name(), a.name(), a.idNumber(), a.dateOfBirth().toString(), a.address(), d.phone(),
                d.email(), d.postalAddress(), documentsJson(d.documents()), d.sets(), d.processingDays(),
                d.serviceCode(), d.feeVnd(), d.postalFeeVnd(), d.logEntry(), d.trackingNumber(), d.preparationCode(),
                d.preparedAt(), d.officialCode(), d.reception().code(), d.receivedBy(), d.agencyCode(), d.centreId(),
                kioskId, key, consentAt, d.preparedAt() != null ? d.preparedAt() : d.receivedAt());
    }

    /** The dossier with this preparation code, whatever its centre (the caller compares the agency). */
    Optional<DossierRecord> findByPreparation(Connection c, String preparationCode) throws SQLException {
        return Rows.one(c, "SELECT " + COLUMNS + " FROM dossier WHERE preparation_code = ?", this::map,
                preparationCode);
    }

    /** The dossier received under this official code. */
    Optional<DossierRecord> findByOfficial(Connection c, String officialCode) throws SQLException {
        return Rows.one(c, "SELECT " + COLUMNS + " FROM dossier WHERE official_code = ?", this::map, officialCode);
    }

    /**
     * Records reception by an official, only if no one has decided yet (the {@code reception = 'pending'} condition
     * makes two officials at once safe: the second update finds no row). True when this call received it.
     */
    boolean markReceived(Connection c, String code, String officialCode, long at, LocalDateTime appointment,
            boolean provisional, String logEntry, String actor) throws SQLException {
        return Rows.update(c, "UPDATE dossier SET status = ?, reception = ?, received_at = ?, appointment_at = ?, "
                + "appointment_provisional = ?, official_code = COALESCE(?, official_code), log_entry = ?, "
                + "received_by = ?, updated_at = ? WHERE code = ? AND reception = ? AND status IN (?, ?)",
                DossierStatus.RECEIVED.code(), Reception.OFFICIAL.code(), at, appointment.toString(),
                provisional ? 1 : 0, officialCode, logEntry, actor, at, code, Reception.PENDING.code(),
                DossierStatus.PREPARED.code(), DossierStatus.SUPPLEMENT_REQUESTED.code()) == 1;
    }

    /** Sets the status of a dossier still awaiting reception (supplement, refusal); true when it was awaiting. */
    boolean decidePending(Connection c, String code, DossierStatus status, long at) throws SQLException {
        return Rows.update(c, "UPDATE dossier SET status = ?, updated_at = ? WHERE code = ? AND reception = ? "
                + "AND status IN (?, ?)", status.code(), at, code, Reception.PENDING.code(),
                DossierStatus.PREPARED.code(), DossierStatus.SUPPLEMENT_REQUESTED.code()) == 1;
    }

    /** Sets the official code of a dossier that has none yet; true when this call set it. */
    boolean setOfficialCode(Connection c, String code, String officialCode, long at) throws SQLException {
        return Rows.update(c, "UPDATE dossier SET official_code = ?, updated_at = ? WHERE code = ? "
                + "AND official_code IS NULL", officialCode, at, code) == 1;
    }

    Optional<DossierRecord> find(Connection c, String code) throws SQLException {
        return Rows.one(c, "SELECT " + COLUMNS + " FROM dossier WHERE code = ?", this::map, code);
    }

    /** When the dossier's personal data was erased (retention), or empty while it is kept. */
    Optional<Long> erasedAt(Connection c, String code) throws SQLException {
        return Rows.one(c, "SELECT personal_data_erased_at FROM dossier WHERE code = ?", rs -> Rows.nullableLong(rs,
                "personal_data_erased_at"), code);
    }

    void setStatus(Connection c, String code, DossierStatus status, String trackingNumber, long at)
            throws SQLException {
        Rows.update(c, "UPDATE dossier SET status = ?, tracking_number = COALESCE(?, tracking_number), "
                + "updated_at = ? WHERE code = ?", status.code(), trackingNumber, at, code);
    }

    void addHistory(Connection c, String code, HistoryRow h) throws SQLException {
        Rows.update(c, "INSERT INTO dossier_status_history (id, dossier_code, at, status, actor, note, "
                + "tracking_number) VALUES (?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), code, h.at(),
                h.status().code(), h.actor(), h.note(), h.trackingNumber());
    }

    List<HistoryRow> history(Connection c, String code) throws SQLException {
        return Rows.list(c, "SELECT status, at, actor, note, tracking_number FROM dossier_status_history "
                + "WHERE dossier_code = ? ORDER BY at, CASE status WHEN 'prepared' THEN 0 ELSE 1 END, id", rs -> new HistoryRow(
                        DossierStatus.ofCode(rs.getString(1)).orElse(DossierStatus.RECEIVED), rs.getLong(2),
                        rs.getString(3), rs.getString(4), rs.getString(5)), code);
    }

    Optional<byte[]> slip(Connection c, String code) throws SQLException {
        return Rows.one(c, "SELECT pdf_base64 FROM dossier_slip WHERE dossier_code = ?",
                rs -> Base64.getDecoder().decode(rs.getString(1)), code);
    }

    void saveSlip(Connection c, String code, byte[] pdf, long at) throws SQLException {
        if (Rows.count(c, "SELECT COUNT(*) FROM dossier_slip WHERE dossier_code = ?", code) == 0) {
            Rows.update(c, "INSERT INTO dossier_slip (dossier_code, pdf_base64, created_at) VALUES (?, ?, ?)", code,
                    Base64.getEncoder().encodeToString(pdf), at);
        }
    }

    private DossierRecord map(ResultSet rs) throws SQLException {
        String appointment = rs.getString("appointment_at");
        String birth = rs.getString("applicant_birth_date");
        Applicant applicant = new Applicant(rs.getString("applicant_name"), rs.getString("applicant_id"),
                birth == null ? null : LocalDate.parse(birth), rs.getString("applicant_address"));
        return new DossierRecord(rs.getString("code"), rs.getString("procedure_code"), rs.getString("ticket_id"),
                DossierStatus.ofCode(rs.getString("status")).orElse(DossierStatus.RECEIVED),
                Rows.nullableLong(rs, "received_at"), appointment == null ? null : LocalDateTime.parse(appointment),
                rs.getInt("appointment_provisional") == 1, ReturnMethod.valueOf(rs.getString("delivery")), applicant,
                rs.getString("phone"), rs.getString("email"), rs.getString("postal_address"),
                documents(rs.getString("documents")), rs.getObject("sets") == null ? 1 : rs.getInt("sets"),
                nullableInt(rs, "processing_days"),
                rs.getString("service_code"), Rows.nullableLong(rs, "fee_vnd"),
                Optional.ofNullable(Rows.nullableLong(rs, "postal_fee_vnd")).orElse(0L), rs.getString("log_entry"),
                rs.getString("tracking_number"), rs.getString("preparation_code"),
                Rows.nullableLong(rs, "prepared_at"), rs.getString("official_code"),
                Reception.ofCode(rs.getString("reception")).orElse(Reception.KIOSK_LEGACY), rs.getString("received_by"),
                rs.getString("agency_code"), rs.getString("centre_id"));
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        Long v = Rows.nullableLong(rs, column);
        return v == null ? null : v.intValue();
    }

    private String documentsJson(List<ReceivedDocument> documents) {
        try {
            return json.writeValueAsString(documents);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Documents cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private List<ReceivedDocument> documents(String text) {
        if (text == null) {
            return List.of();
        }
        try {
            return json.readValue(text, DOCUMENTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored documents list is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
