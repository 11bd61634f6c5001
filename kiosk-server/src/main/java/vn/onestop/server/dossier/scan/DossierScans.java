package vn.onestop.server.dossier.scan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import vn.onestop.server.Rejection;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;
import vn.onestop.server.staff.AuditLog;

/**
 * The digitised pages of each dossier: one PDF per dossier in {@code DATA/dossiers/CODE/pages.pdf}, grown one upload
 * at a time (with several server processes on PostgreSQL, DATA must be one shared folder). A join is written to a new file, forced to disk and renamed over the old one, so the PDF is always
 * either the old or the new whole file; uploads of one dossier are joined one after the other.
 */
public final class DossierScans {
    private static final Logger LOG = LogManager.getLogger(DossierScans.class);
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9.-]{1,64}");
    private static final String FILE = "pages.pdf";
    private final Database db;
    private final Path root;
    private final ScanJoiner joiner;
    private final Clock clock;
    private final AuditLog audit;
    private final ConcurrentHashMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    /** What is in a dossier's PDF: its page count, size in bytes, and the uploads that made it, oldest first. */
    public record ScanInfo(String code, int pageCount, long bytes, List<Upload> uploads) {}

    /** One joined upload: when, by whom, what kind of file, pages it added and the count after it. */
    public record Upload(String at, String actor, String kind, long uploadBytes, int pagesAdded, int pageCount) {}

    public DossierScans(Database db, Path dataDir, ScanSettings settings, Clock clock, AuditLog audit) {
        this.db = db;
        this.root = dataDir.resolve("dossiers");
        this.joiner = new ScanJoiner(settings);
        this.clock = clock;
        this.audit = audit;
    }

    /** The dossier's pages so far (zero and no uploads before the first); {@code centreId}: the acting centre. */
    public ScanInfo info(String code, String centreId) {
        requireDossier(code, centreId);
        Path pdf = file(code);
        List<Upload> uploads = db.read(c -> Rows.list(c, "SELECT at, actor, kind, upload_bytes, pages_added, "
                + "page_count FROM dossier_page_upload WHERE dossier_code = ? ORDER BY at, page_count",
                rs -> new Upload(Instant.ofEpochMilli(rs.getLong(1)).toString(), rs.getString(2), rs.getString(3),
                        rs.getLong(4), rs.getInt(5), rs.getInt(6)), code));
        if (!Files.exists(pdf)) {
            return new ScanInfo(code, 0, 0, uploads);
        }
        try (PDDocument d = Loader.loadPDF(pdf.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            return new ScanInfo(code, d.getNumberOfPages(), Files.size(pdf), uploads);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the pages of dossier " + code + " in " + pdf, e);
        }
    }

    /**
     * Joins an upload onto the dossier's PDF and records who added it.
     *
     * @throws Rejection 404 for an unknown dossier, 415 for a file that is no image or PDF, 400 for a damaged or
     *     password-protected file or one past the page limit; the PDF is then unchanged
     */
    public ScanInfo add(String code, String centreId, byte[] upload, String actor) {
        requireDossier(code, centreId);
        ReentrantLock lock = locks.computeIfAbsent(code, k -> new ReentrantLock());
        lock.lock();
        try {
            Path dir = Files.createDirectories(root.resolve(code));
            Path pdf = dir.resolve(FILE);
            Path next = dir.resolve(FILE + "." + UUID.randomUUID() + ".tmp");
            try {
                ScanJoiner.Joined joined = joiner.join(Files.exists(pdf) ? pdf : null, upload, next);
                force(next);
                // Renamed before the row is written: a failing database then loses no page (the count is read
                // from the PDF), and a retried transaction never renames twice.
                replace(next, pdf);
                db.write(c -> {
                    Rows.update(c, "INSERT INTO dossier_page_upload (id, dossier_code, at, actor, kind, upload_bytes, "
                            + "pages_added, page_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(),
                            code, clock.millis(), actor, joined.kind().code(), (long) upload.length,
                            joined.pagesAdded(), joined.pageCount());
                    audit.record(c, actor, "dossier.pages.add", code, joined.kind().code() + " +"
                            + joined.pagesAdded() + " = " + joined.pageCount() + " pages", Rows.one(c,
                            "SELECT centre_id FROM dossier WHERE code = ?", rs -> rs.getString(1), code).orElse(null));
                    return null;
                });
                LOG.info("Dossier {}: {} added {} page(s) from a {}, {} in all", code, actor, joined.pagesAdded(),
                        joined.kind().code(), joined.pageCount());
            } catch (ScanRejected e) {
                throw new Rejection(e.unsupportedType() ? Rejection.Kind.UNSUPPORTED : Rejection.Kind.INVALID,
                        e.getMessage());
            } finally {
                Files.deleteIfExists(next);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the pages of dossier " + code + " under " + root, e);
        } finally {
            lock.unlock();
        }
        return info(code, centreId);
    }

    /** The dossier's joined PDF, or empty before its first upload. */
    public Optional<Path> pdf(String code, String centreId) {
        requireDossier(code, centreId);
        Path pdf = file(code);
        return Files.exists(pdf) ? Optional.of(pdf) : Optional.empty();
    }

    private Path file(String code) {
        return root.resolve(code).resolve(FILE);
    }

    /**
     * Deletes the dossier's scanned pages (retention: they show the citizen's papers); waits for an upload of the
     * same dossier in progress. Throws when a file cannot be deleted, so the caller keeps the dossier for a retry.
     */
    public void erase(String code) {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Not a dossier code");
        }
        ReentrantLock lock = locks.computeIfAbsent(code, k -> new ReentrantLock());
        lock.lock();
        try (var files = Files.exists(root.resolve(code)) ? Files.list(root.resolve(code)) : java.util.stream.Stream
                .<Path>empty()) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
            Files.deleteIfExists(root.resolve(code));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the scanned pages of dossier " + code + " in " + root, e);
        } finally {
            lock.unlock();
            locks.remove(code);
        }
    }

    /** A dossier of {@code centreId}: another centre's is the same 404 as an unknown one (issue 21). */
    private void requireDossier(String code, String centreId) {
        Optional<Long> erasedAt = !CODE.matcher(code).matches() ? Optional.empty() : db.read(c -> Rows.one(c,
                "SELECT COALESCE(personal_data_erased_at, -1) FROM dossier WHERE code = ? AND centre_id = ?",
                rs -> rs.getLong(1), code, centreId));
        if (erasedAt.isEmpty()) {
            throw Rejection.notFound("No dossier with this code");
        }
        if (erasedAt.get() >= 0) {
            throw new Rejection(Rejection.Kind.GONE, "The scanned pages of dossier " + code + " were erased with its "
                    + "personal data after the retention period (dossier.retentionDays)");
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    private static void replace(Path next, Path pdf) {
        try {
            Files.move(next, pdf, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new UncheckedIOException("The data folder cannot rename files atomically: put it on a local "
                    + "file system", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot replace " + pdf + ": " + e.getMessage(), e);
        }
    }
}
