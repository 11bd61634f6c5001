package vn.onestop.core.wire;

/** A citizen's rating, 1 (very unhappy) to 5 (very happy), for exactly one of a ticket or a dossier. */
public record RatingRequest(String ticketId, String dossierCode, int score, String comment) {}
