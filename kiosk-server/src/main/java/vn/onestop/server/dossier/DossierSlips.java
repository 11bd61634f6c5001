package vn.onestop.server.dossier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.core.catalogue.Procedure;
import vn.onestop.core.dossier.PreparationCode;
import vn.onestop.core.dossier.Reception;
import vn.onestop.server.Rejection;
import vn.onestop.server.ServerConfig;
import vn.onestop.server.catalogue.LiveCatalogue;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;
import vn.onestop.server.dossier.pdf.DecisionSlip;
import vn.onestop.server.dossier.pdf.ReceiptStyle;
import vn.onestop.server.dossier.pdf.SlipPdf;
import vn.onestop.server.dossier.pdf.SlipPdfException;

/**
 * The slips an official's decision issues (issue 22): the receipt slip of a dossier received with its official code,
 * and the supplement or refusal slip of one sent back; each PDF is made on first use and stored with the dossier.
 */
public final class DossierSlips {
    private static final Logger LOG = LogManager.getLogger(DossierSlips.class);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");
    private final Database db;
    private final ServerConfig config;
    private final Clock clock;
    private final DossierStore store;
    private final DossierViews views;
    private final LiveCatalogue catalogue;
    private final SlipPdf pdf;
    private final ObjectMapper json;

    DossierSlips(Database db, ServerConfig config, Clock clock, DossierStore store, DossierViews views,
            LiveCatalogue catalogue, SlipPdf pdf, ObjectMapper json) {
        this.db = db;
        this.config = config;
        this.clock = clock;
        this.store = store;
        this.views = views;
        this.catalogue = catalogue;
        this.pdf = pdf;
        this.json = json;
    }

    /**
     * The receipt slip (the kiosk's wire record) of a dossier received with its official code, for the thermal printer
     * of the counter that received it; refused while there is no official code, gone once its data were erased.
     */
    public vn.onestop.core.slip.ReceiptSlip receiptSlip(String text, String centreId) {
        String code = DossierReception.preparationCode(text);
        DossierRecord d = db.read(c -> views.prepared(c, code, centreId)).orElseThrow(() -> Rejection.notFound(
                DossierViews.NOT_FOUND));
        if (d.officialCode() == null || d.receivedAt() == null) {
            throw Rejection.conflict("Hồ sơ chưa được tiếp nhận với mã chính thức nên chưa có giấy hẹn / The dossier "
                    + "is not received with an official code yet, so there is no receipt slip");
        }
        if (db.read(c -> store.erasedAt(c, d.code())).isPresent()) {
            throw new Rejection(Rejection.Kind.GONE, "The slip of this dossier was erased with its personal data");
        }
        return views.slip(d);
    }

    /** The receipt slip PDF of an officially received dossier, made and stored on first use. */
    byte[] receiptPdf(DossierRecord d) {
        Optional<byte[]> stored = db.read(c -> store.slip(c, d.code()));
        if (stored.isPresent()) {
            return stored.get();
        }
        if (d.officialCode() == null) {
            throw Rejection.conflict("Chưa có mã hồ sơ chính thức nên chưa in được giấy hẹn / The official code has "
                    + "not arrived yet, so there is no receipt slip");
        }
        if (db.read(c -> store.erasedAt(c, d.code())).isPresent()) {
            throw new Rejection(Rejection.Kind.GONE, "The slip of this dossier was erased with its personal data");
        }
        SlipTexts t = config.reception().slips();
        byte[] bytes = pdf.render(views.slip(d), new ReceiptStyle(t.get("receipt.title"), t.get("legalBasis"),
                t.get("receipt.receiver"), displayName(d.receivedBy()), t.qrEnabled(), t.qrTopLeft()));
        db.write(c -> {
            store.saveSlip(c, d.code(), bytes, clock.millis());
            return null;
        });
        return bytes;
    }

    /** Makes the receipt slip of a dossier just received with its code (a failure is logged); returns its link. */
    String issueReceipt(DossierRecord d) {
        try {
            receiptPdf(d);
        } catch (SlipPdfException e) {
            LOG.error("{}", e.getMessage(), e);
        }
        return "/api/v1/staff/dossiers/" + d.code() + "/slip.pdf";
    }

    /** Records a supplement or refusal slip ({@code kind}) in the decision's transaction; returns its id. */
    String recordDecision(Connection c, String code, String kind, long now, String actor, List<String> items)
            throws SQLException {
        String id = UUID.randomUUID().toString();
        Rows.update(c, "INSERT INTO dossier_decision_slip (id, dossier_code, kind, created_at, actor, detail) "
                + "VALUES (?, ?, ?, ?, ?, ?)", id, code, kind, now, actor, itemsJson(items));
        return id;
    }

    /** Makes a decision slip's PDF once its decision is committed (a failure is logged); returns its link. */
    String issueDecision(String code, String id) {
        try {
            decisionPdf(code, id, null);
        } catch (SlipPdfException e) {
            LOG.error("{}", e.getMessage(), e);
        }
        return decisionUrl(code, id);
    }

    /**
     * The PDF of a supplement or refusal slip ({@code id} from its link), made and stored on first use; a slip of
     * another centre's dossier ({@code centreId}: the acting centre, null for any) is the same 404 as none.
     */
    public byte[] decisionPdf(String code, String id, String centreId) {
        record Row(String kind, long at, String actor, String detail, String pdf) {}
        Row row = db.read(c -> Rows.one(c, "SELECT kind, created_at, actor, detail, pdf_base64 FROM "
                + "dossier_decision_slip WHERE id = ? AND dossier_code = ?", rs -> new Row(rs.getString(1),
                        rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)), id, code))
                .orElseThrow(() -> Rejection.notFound("No such slip"));
        DossierRecord d = db.read(c -> store.find(c, code)).filter(r -> DossierViews.inCentre(r, centreId))
                .orElseThrow(() -> Rejection.notFound("No such slip"));
        if (row.pdf() != null) {
            return Base64.getDecoder().decode(row.pdf());
        }
        SlipTexts t = config.reception().slips();
        String k = row.kind();
        LocalDateTime at = views.local(row.at());
        Procedure p = catalogue.catalogue().byCode(d.procedureCode()).orElse(null);
        String qr = t.qrEnabled() ? qrPayload(d, k.equals("refusal") ? "03" : "02", at) : null;
        byte[] bytes = pdf.render(new DecisionSlip(config.filing().header(views.centreName(d)),
                config.filing().place(), t.get(k + ".title"), t.get("legalBasis"), PreparationCode.display(d.code()),
                d.applicant().name(), p == null ? d.procedureCode() : p.nameVi() + " (mã " + p.code() + ")",
                t.get(k + ".intro"), items(row.detail()), t.get(k + ".closing"), at, displayName(row.actor()),
                config.filing().hotline(), t.get(k + ".formNote"), qr, t.qrTopLeft()));
        db.write(c -> Rows.update(c, "UPDATE dossier_decision_slip SET pdf_base64 = ? WHERE id = ?",
                Base64.getEncoder().encodeToString(bytes), id));
        return bytes;
    }

    /** The link of the slip a dossier's last decision issued, or null while none. */
    String slipUrl(Connection c, DossierRecord d) throws SQLException {
        if (d.reception() == Reception.OFFICIAL) {
            return d.officialCode() == null ? null : "/api/v1/staff/dossiers/" + d.code() + "/slip.pdf";
        }
        if (d.reception() == Reception.KIOSK_LEGACY) {
            return "/api/v1/staff/dossiers/" + d.code() + "/slip.pdf";
        }
        return Rows.one(c, "SELECT id FROM dossier_decision_slip WHERE dossier_code = ? ORDER BY created_at DESC, id",
                rs -> decisionUrl(d.code(), rs.getString(1)), d.code()).orElse(null);
    }

    private static String decisionUrl(String code, String id) {
        return "/api/v1/staff/prepared/" + code + "/slips/" + id + ".pdf";
    }

    /**
     * The QR text of a decision slip, in the receipt slip's key=value form (Circular 01/2023 fields that apply):
     * the preparation code, the procedure, the masked ID, the document (02 supplement, 03 refusal), system, time.
     */
    private String qrPayload(DossierRecord d, String document, LocalDateTime at) {
        String id = d.applicant().idNumber();
        String masked = id == null || id.length() < 7 ? "" : id.substring(0, 3) + "*".repeat(id.length() - 6)
                + id.substring(id.length() - 3);
        return "V=1|MHS=" + d.code() + "|TTHC=" + d.procedureCode() + "|CD=" + masked + "|GT=" + document + "|HT="
                + config.filing().issuingSystem().replace("%", "%25").replace("|", "%7C").replace("=", "%3D")
                + "|TG=" + at.truncatedTo(ChronoUnit.MINUTES).format(MINUTES);
    }

    private String displayName(String username) {
        if (username == null) {
            return "";
        }
        return db.read(c -> Rows.one(c, "SELECT display_name FROM staff WHERE username = ?", rs -> rs.getString(1),
                username)).orElse(username);
    }

    private String itemsJson(List<String> items) {
        try {
            return json.writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Items cannot be written as JSON", e);
        }
    }

    private List<String> items(String text) {
        try {
            return List.of(json.readValue(text, String[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored slip items are not valid JSON", e);
        }
    }
}
