package vn.onestop.core.wire;

import java.util.List;
import java.util.Map;

/**
 * A citizen's rating, 1 (Rất không hài lòng) to 5 (Rất hài lòng), for exactly one of a ticket or a dossier.
 * {@code reasons} are codes from {@link FilingInfo#ratingReasons()}, accepted only with a low score (1 or 2).
 * {@code criteria} optionally answers the centre's per-criterion questions (code to a level 1-5); null or empty when
 * the centre asks none or the citizen skipped them.
 */
public record RatingRequest(String ticketId, String dossierCode, int score, List<String> reasons, String comment,
                            Map<String, Integer> criteria) {

    /** A rating without per-criterion answers. */
    public RatingRequest(String ticketId, String dossierCode, int score, List<String> reasons, String comment) {
        this(ticketId, dossierCode, score, reasons, comment, null);
    }
}
