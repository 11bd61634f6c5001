package vn.onestop.core.wire;

import java.util.List;

/**
 * A citizen's rating, 1 (Rất không hài lòng) to 5 (Rất hài lòng), for exactly one of a ticket or a dossier.
 * {@code reasons} are codes from {@link FilingInfo#ratingReasons()}, accepted only with a low score (1 or 2).
 */
public record RatingRequest(String ticketId, String dossierCode, int score, List<String> reasons, String comment) {}
