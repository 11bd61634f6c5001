package vn.onestop.server.retention;

import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.core.dossier.DossierStatus;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;
import vn.onestop.server.dossier.scan.DossierScans;
import vn.onestop.server.staff.AuditLog;

/**
 * Erases the personal data of closed dossiers once {@code dossier.retentionDays} have passed since they closed
 * (Decree 13/2023/NĐ-CP: kept no longer than needed). Closed means a status with no next status in
 * {@link DossierStatus#next()} (today: delivered); a dossier done or refused but not yet handed over keeps its data,
 * since the applicant must still be identified when collecting the result.
 *
 * <p>Erased: applicant name and ID number (set to empty text, the columns are NOT NULL), date of birth, address,
 * phone, e-mail, postal address, the staff notes of its status history, the stored receipt slip PDF (it prints all of
 * them) and the scanned pages (copies of the citizen's papers). Kept: code, procedure, status, the timeline's statuses
 * and times, dates, fees, documents checklist and upload counts, so statistics and the public lookup still work.
 * Files go first, then the rows in one transaction per batch: a crash in between leaves the dossier due, and the
 * next run finishes it. Each run writes one audit entry with the count, never any data.
 */
public final class PersonalDataRetention implements AutoCloseable {
    static final String ACTOR = "system:retention";
    static final String ACTION = "dossier.personal-data.erase";
    private static final Logger LOG = LogManager.getLogger(PersonalDataRetention.class);
    private static final int BATCH = 200;
    private static final List<String> CLOSED = Arrays.stream(DossierStatus.values())
            .filter(s -> s.next().isEmpty()).map(DossierStatus::code).toList();
    private final Database db;
    private final DossierScans scans;
    private final AuditLog audit;
    private final Clock clock;
    private final int days;
    private final List<Part> parts = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "retention");
        t.setDaemon(true);
        return t;
    });

    public PersonalDataRetention(Database db, DossierScans scans, AuditLog audit, Clock clock, int days) {
        this.db = db;
        this.scans = scans;
        this.audit = audit;
        this.clock = clock;
        this.days = days;
    }

    /**
     * Other personal data the job erases at each run after the dossiers' (issue 24: notification addresses, booking contacts). Each
     * part erases its own data, past its own retention period, in one write transaction, and says what it erased.
     */
    public interface Part {
        /** Erases what is due at {@code now}; returns how many records were erased. */
        int erase(java.sql.Connection c, long now) throws SQLException;

        /** What a count of it is, for the audit entry: "notification address(es)". */
        String what();
    }

    /** Adds a part erased at every run. */
    public void add(Part part) {
        parts.add(part);
    }


    /** Runs now (in the background) and then every 24 hours until closed. */
    public void start() {
        schedule.scheduleWithFixedDelay(this::runLogged, 0, 24, TimeUnit.HOURS);
    }

    private void runLogged() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.error("Personal data retention run failed (tried again in 24 hours): {}", e.getMessage());
        }
    }

    /** Erases every dossier closed more than the retention period ago; returns how many. */
    public int runOnce() {
        long cutoff = clock.millis() - Duration.ofDays(days).toMillis();
        int erased = 0;
        int failed = 0;
        for (int round = 0; round < 10_000; round++) {
            List<String> due = db.read(c -> due(c, cutoff));
            List<String> filesGone = new ArrayList<>();
            for (String code : due) {
                try {
                    scans.erase(code);
                    filesGone.add(code);
                } catch (UncheckedIOException e) {
                    failed++;
                    LOG.error("Retention: {}; the dossier is kept and tried again at the next run", e.getMessage());
                }
            }
            long now = clock.millis();
            int done = db.write(c -> erase(c, filesGone, now));
            erased += done;
            if (due.size() < BATCH || done == 0) {
                break;
            }
        }
        StringBuilder others = new StringBuilder();
        for (Part part : parts) {
            long now = clock.millis();
            int n = db.write(c -> part.erase(c, now));
            others.append("; ").append(n).append(' ').append(part.what()).append(" erased");
            LOG.info("Retention: {} {} erased", n, part.what());
        }
        audit.record(ACTOR, ACTION, null, erased + " closed dossier(s) erased, closed over " + days + " days ago"
                + (failed > 0 ? "; " + failed + " kept: scanned pages could not be deleted" : "") + others);
        LOG.info("Retention: personal data of {} closed dossier(s) erased (kept {} days)", erased, days);
        return erased;
    }

    private static List<String> due(Connection c, long cutoff) throws SQLException {
        String in = String.join(",", CLOSED.stream().map(s -> "?").toList());
        List<Object> params = new ArrayList<>(CLOSED);
        params.add(cutoff);
        params.add(BATCH);
        return Rows.list(c, "SELECT code FROM dossier WHERE status IN (" + in + ") AND personal_data_erased_at IS NULL "
                + "AND COALESCE(updated_at, received_at) <= ? ORDER BY code LIMIT ?", rs -> rs.getString(1),
                params.toArray());
    }

    private static int erase(Connection c, List<String> codes, long now) throws SQLException {
        int n = 0;
        for (String code : codes) {
            n += Rows.update(c, "UPDATE dossier SET applicant_name = '', applicant_id = '', applicant_birth_date = NULL, "
                    + "applicant_address = NULL, phone = NULL, email = NULL, postal_address = NULL, "
                    + "personal_data_erased_at = ? WHERE code = ? AND personal_data_erased_at IS NULL", now, code);
            Rows.update(c, "DELETE FROM dossier_slip WHERE dossier_code = ?", code);
            // Issue 22: the scanned checklist documents and the supplement/refusal slips hold personal data too.
            Rows.update(c, "DELETE FROM dossier_document WHERE dossier_code = ?", code);
            Rows.update(c, "DELETE FROM dossier_decision_slip WHERE dossier_code = ?", code);
            Rows.update(c, "UPDATE dossier_status_history SET note = NULL WHERE dossier_code = ?", code);
        }
        return n;
    }

    /** Stops the daily runs; a run in progress may finish (up to 10 s). */
    @Override
    public void close() {
        schedule.shutdown();
        try {
            if (!schedule.awaitTermination(10, TimeUnit.SECONDS)) {
                schedule.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
