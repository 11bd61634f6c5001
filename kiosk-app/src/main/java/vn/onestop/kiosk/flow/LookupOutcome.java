package vn.onestop.kiosk.flow;

import vn.onestop.core.wire.DossierView;

/** The answer to a dossier lookup; none carries personal data. */
public sealed interface LookupOutcome {

    record Found(DossierView dossier) implements LookupOutcome {}

    /** No dossier with this code at this centre (an unknown code and another centre's get the same answer). */
    record NotFound() implements LookupOutcome {}

    /** The text is not a dossier code nor a readable slip QR code. */
    record Malformed() implements LookupOutcome {}

    /** The server could not be asked. */
    record Unavailable() implements LookupOutcome {}
}
