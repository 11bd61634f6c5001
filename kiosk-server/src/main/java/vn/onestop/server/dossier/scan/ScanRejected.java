package vn.onestop.server.dossier.scan;

/** An uploaded scan that cannot be joined (not an image or PDF, damaged, password-protected, too big to decode). */
public final class ScanRejected extends Exception {
    private final boolean unsupportedType;

    ScanRejected(String message, boolean unsupportedType) {
        super(message);
        this.unsupportedType = unsupportedType;
    }

    ScanRejected(String message, Throwable cause) {
        super(message, cause);
        this.unsupportedType = false;
    }

    /** True when the bytes are of a kind never accepted (HTTP 415), false when an accepted kind is unusable. */
    public boolean unsupportedType() {
        return unsupportedType;
    }
}
