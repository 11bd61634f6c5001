package vn.onestop.server.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;

/**
 * Builds submissions from the server's dossier tables (read-only): the procedure, the applicant's name, ID number and
 * date of birth, the return method (the postal address only for a postal return), the checklist documents with their
 * scanned PDFs ({@link DocumentFiles}), and for a refusal or supplement request the official's note. A dossier whose
 * personal data was erased is not sent.
 */
public final class DossierTableSource implements DossierSource {
    private final Database db;
    private final ObjectMapper json;
    private final Submission.Centre centre;
    private final ZoneId zone;
    private final DocumentFiles files;
    private final vn.onestop.server.centre.Centres centres;

    /** The scanned PDF of one checklist document, or empty when none was stored. */
    @FunctionalInterface
    public interface DocumentFiles {
        Optional<byte[]> pdf(String dossierCode, int index);
    }

    public DossierTableSource(Database db, ObjectMapper json, Submission.Centre centre, ZoneId zone,
            DocumentFiles files) {
        this(db, json, centre, zone, files, null);
    }

    private DossierTableSource(Database db, ObjectMapper json, Submission.Centre centre, ZoneId zone,
            DocumentFiles files, vn.onestop.server.centre.Centres centres) {
        this.centres = centres;
        this.db = db;
        this.json = json;
        this.centre = centre;
        this.zone = zone;
        this.files = files;
    }

    /**
     * This source sending each dossier as from the centre it was filed at (issue 21): that centre's agency code and
     * name from table centre; {@code centre} (the configured one) only for a dossier whose centre is gone.
     */
    public DossierTableSource withCentres(vn.onestop.server.centre.Centres all) {
        return new DossierTableSource(db, json, centre, zone, files, all);
    }

    @Override
    public Optional<Submission> submission(String code, ConnectorEvent event, String idempotencyKey) {
        Optional<Row> row = db.read(c -> Rows.one(c, "SELECT procedure_code, applicant_name, applicant_id, "
                + "applicant_birth_date, delivery, postal_address, documents, updated_at, personal_data_erased_at, "
                + "official_code, centre_id, agency_code FROM dossier WHERE code = ?", rs -> new Row(rs.getString(1),
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getLong(8), Rows.nullableLong(rs, "personal_data_erased_at"),
                        rs.getString(10), rs.getString(11), rs.getString(12)), code));
        if (row.isEmpty() || row.get().erasedAt() != null) {
            return Optional.empty();
        }
        Row d = row.get();
        String note = db.read(c -> Rows.one(c, "SELECT note FROM dossier_status_history WHERE dossier_code = ? "
                + "AND status = ? ORDER BY at DESC, id DESC", rs -> rs.getString(1), code, event.code())).orElse(null);
        boolean post = "POST".equals(d.delivery());
        return Optional.of(new Submission(idempotencyKey, event.code(), centreOf(d), new Submission.Dossier(code,
                d.officialCode(), d.procedureCode(), Instant.ofEpochMilli(d.updatedAt()).atZone(zone).toOffsetDateTime().toString(),
                d.delivery(), post ? d.postalAddress() : null), new Submission.Applicant(d.name(), d.idNumber(),
                        d.birthDate()), documents(code, d.documents()), note));
    }

    /** The sending centre of a dossier: the one it was filed at, with the agency code stored with it. */
    private Submission.Centre centreOf(Row d) {
        if (centres == null || d.centreId() == null) {
            return centre;
        }
        return centres.find(d.centreId()).map(x -> new Submission.Centre(d.agencyCode() != null ? d.agencyCode()
                : x.agencyCode(), x.nameVi())).orElse(centre);
    }

    private List<Submission.Document> documents(String code, String listJson) {
        List<Submission.Document> out = new ArrayList<>();
        if (listJson == null) {
            return out;
        }
        JsonNode list;
        try {
            list = json.readTree(listJson);
        } catch (IOException e) {
            throw new IllegalStateException("dossier " + code + ": its documents list is not valid JSON", e);
        }
        for (int i = 0; i < list.size(); i++) {
            String name = list.get(i).path("name").asText();
            Optional<byte[]> pdf = files.pdf(code, i);
            out.add(new Submission.Document(i, name, pdf.isPresent() ? "application/pdf" : null,
                    pdf.map(DossierTableSource::sha256).orElse(null),
                    pdf.map(b -> java.util.Base64.getEncoder().encodeToString(b)).orElse(null)));
        }
        return out;
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Row(String procedureCode, String name, String idNumber, String birthDate, String delivery,
            String postalAddress, String documents, long updatedAt, Long erasedAt, String officialCode,
            String centreId, String agencyCode) {}
}
