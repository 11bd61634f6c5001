package vn.onestop.device.document;

/** Why a page did not come out of the document scanner; each has a stable code for the screen's message. */
public enum ScanFault {
    /** No scanner answers under the configured name (not plugged in, wrong name, no driver). */
    NO_SCANNER("no-scanner"),
    /** The feeder jammed. */
    JAMMED("jammed"),
    /** The feeder is empty (nothing to scan). */
    NO_PAPER("no-paper"),
    /** The scanner's cover is open. */
    COVER_OPEN("cover-open"),
    /** The scanner stopped answering mid-page (unplugged, cable or power). */
    DISCONNECTED("disconnected"),
    /** Another program uses the scanner. */
    BUSY("busy"),
    /** The scan took longer than the time limit and was stopped. */
    TIMEOUT("timeout"),
    /** What came back is not a picture. */
    NOT_AN_IMAGE("not-an-image"),
    /** The page is larger than the limit (bytes or pixels). */
    TOO_LARGE("too-large"),
    /** Any other failure (the message says what the scanner reported). */
    FAILED("failed");

    private final String code;

    ScanFault(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
