package vn.onestop.kiosk.flow;

/** How a submitted dossier ended. */
public sealed interface FilingOutcome {

    /** Registered on the server (the slip printed or not, see {@link FiledDossier#slipPrinted()}). */
    record Filed(FiledDossier dossier) implements FilingOutcome {}

    /**
     * Not registered: {@code reason} is a stable code for the screen: "elsewhere" (file at the counter),
     * "invalid" (the server refused a value), "unavailable" (server unreachable or kiosk not enrolled).
     */
    record NotFiled(String reason) implements FilingOutcome {}

    /**
     * Not registered yet, but stored on the kiosk: it is sent by itself when the server answers again (same
     * idempotency key, so never twice). Without the server's code no slip can be printed.
     */
    record Saved() implements FilingOutcome {}
}
