package vn.onestop.server.connector;

import java.util.function.BiConsumer;
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
    private final BiConsumer<String, String> assign;

    /** {@code assign} sets an official code (preparation code, official code) through the dossier service. */
    public DossierServiceUpdates(DossierService dossiers, Database db, BiConsumer<String, String> assign) {
        this.dossiers = dossiers;
        this.db = db;
        this.assign = assign;
    }

    @Override
    public void assignOfficialCode(String dossierCode, String officialCode) {
        assign.accept(dossierCode, officialCode);
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
