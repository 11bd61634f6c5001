package vn.onestop.kiosk.flow;

import java.util.List;
import vn.onestop.core.filing.FilingDraft;

/**
 * One filing at the kiosk, immutable: the draft (personal data from the card), the documents checklist, the page
 * shown, the text field being typed on the keyboard, the submission's idempotency key (one per session, reused on
 * retries), the dossier once filed, and why the last submission failed (stable code) or null.
 *
 * @param blocking the problems shown after a refused "next" (names as in {@link FilingDraft#problems()})
 */
public record FilingSession(FilingDraft draft, List<ChecklistLine> checklist, FilingPage page, Editing editing,
        String submitKey, FiledDossier filed, String failure, List<String> blocking) {

    /** Which free-text value the on-screen keyboard types into. */
    public enum Editing { NONE, EMAIL, ADDRESS }

    public FilingSession {
        checklist = List.copyOf(checklist);
        blocking = List.copyOf(blocking);
    }

    FilingSession with(FilingDraft d) {
        return new FilingSession(d, checklist, page, editing, submitKey, filed, failure, List.of());
    }

    FilingSession with(List<ChecklistLine> lines, FilingDraft d) {
        return new FilingSession(d, lines, page, editing, submitKey, filed, failure, List.of());
    }

    FilingSession on(FilingPage p) {
        return new FilingSession(draft, checklist, p, Editing.NONE, submitKey, filed, failure, List.of());
    }

    FilingSession editing(Editing e) {
        return new FilingSession(draft, checklist, page, e, submitKey, filed, failure, blocking);
    }

    FilingSession blocked(List<String> problems) {
        return new FilingSession(draft, checklist, page, Editing.NONE, submitKey, filed, failure, problems);
    }

    FilingSession ended(FiledDossier d, String why) {
        return new FilingSession(draft, checklist, page, Editing.NONE, submitKey, d, why, List.of());
    }

    /** Never shows personal data. */
    @Override
    public String toString() {
        return "FilingSession[" + page + ", procedure=" + draft.procedure().code() + ", editing=" + editing
                + ", filed=" + (filed == null ? "-" : filed.code()) + ", failure=" + failure + "]";
    }
}
