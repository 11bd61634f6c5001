package vn.onestop.server.connector;

import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;
import vn.onestop.server.dossier.DossierService;

/**
 * {@link DossierUpdates} over the dossier service: changes are made as the actor {@code provincial-system}, so the
 * dossier's history says where they came from.
 */
public final class DossierServiceUpdates implements DossierUpdates {
    /** The actor of changes the provincial system makes. */
    public static final String ACTOR = "provincial-system";
    private final DossierService dossiers;
    private final Database db;

    public DossierServiceUpdates(DossierService dossiers, Database db) {
        this.dossiers = dossiers;
        this.db = db;
    }

    @Override
    public void assignOfficialCode(String dossierCode, String officialCode) {
        dossiers.assignOfficialCode(dossierCode, officialCode, ACTOR);
    }

    @Override
    public void changeStatus(String dossierCode, String status, String note) {
        dossiers.changeStatus(dossierCode, status, note, null, ACTOR);
    }

    @Override
    public String status(String dossierCode) {
        return db.read(c -> Rows.one(c, "SELECT status FROM dossier WHERE code = ?", rs -> rs.getString(1),
                dossierCode)).orElse(null);
    }
}
