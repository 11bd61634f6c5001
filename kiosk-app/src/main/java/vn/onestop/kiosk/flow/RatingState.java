package vn.onestop.kiosk.flow;

import java.util.List;
import vn.onestop.core.rating.RatingLevel;

/**
 * The rating screen: what is rated (a ticket id or a dossier code), the level chosen, the reasons ticked with a
 * low level, whether it is being sent, and the answer.
 */
public record RatingState(String ticketId, String dossierCode, RatingLevel level, List<String> reasons,
        boolean sending, RatingOutcome result) {
    static final RatingState NONE = new RatingState(null, null, null, List.of(), false, null);

    public RatingState {
        reasons = List.copyOf(reasons);
    }

    /** A low level was chosen and the reasons are asked for. */
    public boolean askingReasons() {
        return level != null && level.isLow() && !sending && result == null;
    }
}
