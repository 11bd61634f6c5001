package vn.onestop.kiosk.flow;

/** How sending a rating ended. */
public enum RatingOutcome {
    THANKS, ALREADY_RATED, UNAVAILABLE
}
