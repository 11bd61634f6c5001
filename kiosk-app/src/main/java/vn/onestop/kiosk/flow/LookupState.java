package vn.onestop.kiosk.flow;

/**
 * The lookup screen: the text typed on the keyboard, the code asked about (normalised) and the answer, or
 * {@code busy} while the server is asked. Holds no personal data (a scanned ID card never reaches it).
 */
public record LookupState(String typed, String code, LookupOutcome result, boolean busy) {
    static final LookupState EMPTY = new LookupState("", null, null, false);
}
