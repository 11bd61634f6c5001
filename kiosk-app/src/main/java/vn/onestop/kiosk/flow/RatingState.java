package vn.onestop.kiosk.flow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.onestop.core.rating.RatingLevel;

/**
 * The rating screen: what is rated (a ticket id or a dossier code), the level chosen, the reasons ticked with a
 * low level, the optional per-criterion question on screen ({@code question}, -1 when none is asked) and the
 * answers given so far (criterion code to 1-5), whether it is being sent, and the answer.
 */
public record RatingState(String ticketId, String dossierCode, RatingLevel level, List<String> reasons,
        int question, Map<String, Integer> answers, boolean sending, RatingOutcome result) {
    static final RatingState NONE = new RatingState(null, null, null, List.of(), -1, Map.of(), false, null);

    public RatingState {
        reasons = List.copyOf(reasons);
        answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    /** A low level was chosen and the reasons are asked for. */
    public boolean askingReasons() {
        return level != null && level.isLow() && question < 0 && !sending && result == null;
    }

    /** A per-criterion question is on screen (optional: it can be skipped). */
    public boolean askingCriterion() {
        return level != null && question >= 0 && !sending && result == null;
    }

    RatingState with(RatingLevel l, List<String> r, int q, Map<String, Integer> a, boolean s, RatingOutcome o) {
        return new RatingState(ticketId, dossierCode, l, r, q, a, s, o);
    }
}
