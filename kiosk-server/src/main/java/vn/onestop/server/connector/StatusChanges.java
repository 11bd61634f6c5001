package vn.onestop.server.connector;

import java.time.Clock;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.core.dossier.DossierStatus;
import vn.onestop.server.Rejection;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;

/**
 * Status changes the provincial system pushes to the callback route: each is applied once (kept by its event id, so
 * a push sent again after a lost answer changes nothing), sets the official code when it carries one, and moves
 * the dossier to the pushed status (already there: nothing to do).
 */
public final class StatusChanges {
    private static final Logger LOG = LogManager.getLogger(StatusChanges.class);
    private final Database db;
    private final DossierUpdates dossiers;
    private final Clock clock;

    /** A pushed status change, as on the wire (docs/provincial-connector.md). */
    public record StatusChange(String eventId, String dossierCode, String officialCode, String status, String note,
            String at) {}

    public StatusChanges(Database db, DossierUpdates dossiers, Clock clock) {
        this.db = db;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    /**
     * Applies {@code change}; returns false when its event id was applied before.
     *
     * @throws Rejection 400 for a malformed change, 404 for an unknown dossier, 409 when the dossier cannot take the
     *     status from where it is
     */
    public boolean apply(StatusChange change) {
        check(change);
        if (db.read(c -> Rows.count(c, "SELECT COUNT(*) FROM provincial_status_change WHERE event_id = ?",
                change.eventId())) > 0) {
            return false;
        }
        String current = dossiers.status(change.dossierCode());
        if (current == null) {
            throw Rejection.notFound("No dossier " + change.dossierCode());
        }
        if (change.officialCode() != null && !change.officialCode().isBlank()) {
            dossiers.assignOfficialCode(change.dossierCode(), change.officialCode().strip());
        }
        if (!change.status().equals(current)) {
            try {
                dossiers.changeStatus(change.dossierCode(), change.status(), change.note());
            } catch (Rejection e) {
                if (!change.status().equals(dossiers.status(change.dossierCode()))) {
                    throw e;
                }
            }
        }
        boolean fresh = db.write(c -> {
            if (Rows.count(c, "SELECT COUNT(*) FROM provincial_status_change WHERE event_id = ?",
                    change.eventId()) > 0) {
                return false;
            }
            Rows.update(c, "INSERT INTO provincial_status_change (event_id, dossier_code, official_code, status, "
                    + "received_at) VALUES (?, ?, ?, ?, ?)", change.eventId(), change.dossierCode(),
                    change.officialCode(), change.status(), clock.millis());
            return true;
        });
        LOG.info("Provincial system: dossier {} is now '{}' (event {})", change.dossierCode(), change.status(),
                change.eventId());
        return fresh;
    }

    private static void check(StatusChange c) {
        if (c.eventId() == null || !c.eventId().matches("[A-Za-z0-9._:-]{1,80}")) {
            throw Rejection.invalid("eventId must be 1-80 letters, digits, '.', '_', ':' or '-'");
        }
        if (c.dossierCode() == null || c.dossierCode().isBlank() || c.dossierCode().length() > 64) {
            throw Rejection.invalid("dossierCode is required (the code the centre sent)");
        }
        if (c.officialCode() != null && c.officialCode().length() > 64) {
            throw Rejection.invalid("officialCode must be at most 64 characters");
        }
        if (c.status() == null || DossierStatus.ofCode(c.status()).isEmpty()) {
            throw Rejection.invalid("status must be a dossier status code (e.g. processing, supplement_requested, "
                    + "done, refused)");
        }
        if (c.note() != null && c.note().length() > 500) {
            throw Rejection.invalid("note must be at most 500 characters");
        }
    }
}
