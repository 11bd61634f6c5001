package vn.onestop.server.catalogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import vn.onestop.server.catalogue.CatalogueSnapshots.Snapshot;
import vn.onestop.server.db.Rows;

/** A centre's kiosk texts (the name it shows, a notice) as its admin sets them. */
final class KioskTextEdits {
    private final ObjectMapper json;
    private final CatalogueChanges changes;

    KioskTextEdits(ObjectMapper json, CatalogueChanges changes) {
        this.json = json;
        this.changes = changes;
    }

    /** Sets a centre's kiosk texts; an empty text is removed (the kiosk shows the centre's own name, no notice). */
    KioskTexts put(ChangedBy who, KioskTexts texts) {
        Snapshot s = changes.fresh();
        KioskTexts before = s.texts().getOrDefault(who.centreId(), KioskTexts.NONE);
        if (before.equals(texts)) {
            return texts;
        }
        changes.commit((c, now) -> {
            Rows.update(c, "DELETE FROM kiosk_text WHERE centre_id = ?", who.centreId());
            for (var e : texts.rows().entrySet()) {
                Rows.update(c, "INSERT INTO kiosk_text (centre_id, text_key, value_vi, value_en, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?)", who.centreId(), e.getKey(), e.getValue()[0], e.getValue()[1], now);
            }
            changes.record(c, who, "kiosk.texts", who.centreId(), json.valueToTree(before), json.valueToTree(texts),
                    "centre name '" + before.centreNameVi() + "' -> '" + texts.centreNameVi() + "'; notice "
                            + (before.noticeVi().equals(texts.noticeVi()) ? "unchanged" : "changed"));
        });
        return texts;
    }
}
