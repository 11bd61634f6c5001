package vn.onestop.server.dossier;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import vn.onestop.core.wire.DocumentStored;
import vn.onestop.server.Rejection;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;

/**
 * The scanned checklist documents of prepared dossiers (issue 22): one PDF per position of the registration's
 * documents list, checked before it is kept (a PDF that PDFBox parses, at least one page, every page A4 either way up
 * within {@code dossier.documents.a4TolerancePoints}, at most {@code dossier.documents.maxBytes}). Idempotent: the
 * same bytes again answer the same; other bytes replace the document while the dossier awaits reception.
 */
public final class PreparedDocuments {
    private final Database db;
    private final DossierViews views;
    private final ReceptionSettings settings;
    private final Clock clock;

    /** A stored document's figures. */
    record Stored(int index, int pages, long bytes, String sha256) {}

    PreparedDocuments(Database db, DossierViews views, ReceptionSettings settings, Clock clock) {
        this.db = db;
        this.views = views;
        this.settings = settings;
        this.clock = clock;
    }

    /** Largest document accepted, bytes. */
    public long maxBytes() {
        return settings.maxDocumentBytes();
    }

    /**
     * Stores the PDF of checklist document {@code index} of a prepared dossier.
     *
     * {@code centreId}: the uploading kiosk's centre.
     *
     * @throws Rejection 404 unknown or other centre's code, 400 an index outside the checklist, 409 the dossier is no
     *                   longer awaiting reception, 413 too large, 415 not a PDF, 422 a PDF that does not parse, has
     *                   no page or a page that is not A4
     */
    public DocumentStored put(String preparationText, int index, byte[] pdf, String centreId) {
        if (pdf.length > settings.maxDocumentBytes()) {
            throw new Rejection(Rejection.Kind.TOO_LARGE, "Tệp lớn hơn " + settings.maxDocumentBytes() / (1024 * 1024)
                    + " MB / The document is larger than " + settings.maxDocumentBytes() + " bytes "
                    + "(dossier.documents.maxBytes): scan at 200-300 dpi in grey");
        }
        if (!isPdf(pdf)) {
            throw new Rejection(Rejection.Kind.UNSUPPORTED, "Tệp không phải PDF / The document is not a PDF: send "
                    + "each checklist document as one PDF");
        }
        String code = DossierReception.preparationCode(preparationText);
        DossierRecord d = db.read(c -> views.prepared(c, code, centreId)).orElseThrow(() -> Rejection.notFound(
                DossierViews.NOT_FOUND));
        if (index < 0 || index >= d.documents().size()) {
            throw Rejection.invalid("index must be 0 to " + (d.documents().size() - 1) + " (the position in the "
                    + "registration's documents list)");
        }
        int pages = check(pdf);
        String sha = sha256(pdf);
        return db.write(c -> {
            DossierRecord now = views.prepared(c, code, centreId).orElseThrow();
            Optional<Stored> existing = find(c, code, index);
            if (existing.isPresent() && existing.get().sha256().equals(sha)) {
                return answer(existing.get());
            }
            if (!now.awaitingReception()) {
                throw Rejection.conflict("Hồ sơ đã được tiếp nhận hoặc đã bị từ chối; không thay giấy tờ được nữa / "
                        + "The dossier is '" + now.status().code() + "' and its documents can no longer change");
            }
            long at = clock.millis();
            String base64 = Base64.getEncoder().encodeToString(pdf);
            if (existing.isPresent()) {
                Rows.update(c, "UPDATE dossier_document SET pages = ?, bytes = ?, sha256 = ?, pdf_base64 = ?, "
                        + "uploaded_at = ? WHERE dossier_code = ? AND doc_index = ?", pages, (long) pdf.length, sha,
                        base64, at, code, index);
            } else {
                Rows.update(c, "INSERT INTO dossier_document (dossier_code, doc_index, pages, bytes, sha256, "
                        + "pdf_base64, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?)", code, index, pages,
                        (long) pdf.length, sha, base64, at);
            }
            return new DocumentStored(index, pages, pdf.length, sha);
        });
    }

    /** The stored PDF of a document, for an official of {@code centreId} (null: any centre, for the connector). */
    public byte[] pdf(String preparationText, int index, String centreId) {
        String code = DossierReception.preparationCode(preparationText);
        return db.read(c -> {
            views.prepared(c, code, centreId).orElseThrow(() -> Rejection.notFound(DossierViews.NOT_FOUND));
            return Rows.one(c, "SELECT pdf_base64 FROM dossier_document WHERE dossier_code = ? AND doc_index = ?",
                    rs -> Base64.getDecoder().decode(rs.getString(1)), code, index);
        }).orElseThrow(() -> Rejection.notFound("Giấy tờ này chưa được quét / This document has not been scanned"));
    }

    static List<Stored> list(Connection c, String code) throws SQLException {
        return Rows.list(c, "SELECT doc_index, pages, bytes, sha256 FROM dossier_document WHERE dossier_code = ? "
                + "ORDER BY doc_index", rs -> new Stored(rs.getInt(1), rs.getInt(2), rs.getLong(3), rs.getString(4)),
                code);
    }

    private static Optional<Stored> find(Connection c, String code, int index) throws SQLException {
        return Rows.one(c, "SELECT doc_index, pages, bytes, sha256 FROM dossier_document WHERE dossier_code = ? "
                + "AND doc_index = ?", rs -> new Stored(rs.getInt(1), rs.getInt(2), rs.getLong(3), rs.getString(4)),
                code, index);
    }

    private static DocumentStored answer(Stored s) {
        return new DocumentStored(s.index(), s.pages(), s.bytes(), s.sha256());
    }

    private static boolean isPdf(byte[] bytes) {
        // The header may follow up to 1024 bytes of junk (ISO 32000-1, 7.5.2 in practice); readers accept that.
        int limit = Math.min(bytes.length - 5, 1024);
        for (int i = 0; i <= limit; i++) {
            if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F'
                    && bytes[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    /** The page count of a valid document, or 422 naming what is wrong. */
    private int check(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int n = doc.getNumberOfPages();
            if (n == 0) {
                throw unprocessable("Tệp PDF không có trang nào / The PDF has no pages");
            }
            int i = 1;
            for (PDPage page : doc.getPages()) {
                PDRectangle box = page.getMediaBox();
                if (!a4(box.getWidth(), box.getHeight()) && !a4(box.getHeight(), box.getWidth())) {
                    throw unprocessable(String.format(java.util.Locale.ROOT, "Trang %d không phải khổ A4 / Page %d is "
                            + "%.0f x %.0f mm, not A4 (210 x 297 mm): scan it as A4", i, i,
                            box.getWidth() * 25.4 / 72, box.getHeight() * 25.4 / 72));
                }
                i++;
            }
            return n;
        } catch (InvalidPasswordException e) {
            throw unprocessable("Tệp PDF có mật khẩu / The PDF is password-protected: send it without a password");
        } catch (IOException e) {
            throw unprocessable("Không đọc được tệp PDF / The PDF cannot be read (damaged or incomplete): scan it "
                    + "again");
        }
    }

    private boolean a4(float w, float h) {
        float t = settings.a4TolerancePoints();
        return Math.abs(w - PDRectangle.A4.getWidth()) <= t && Math.abs(h - PDRectangle.A4.getHeight()) <= t;
    }

    private static Rejection unprocessable(String message) {
        return new Rejection(Rejection.Kind.UNPROCESSABLE, message);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
