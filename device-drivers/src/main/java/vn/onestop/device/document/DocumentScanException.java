package vn.onestop.device.document;

import java.util.Objects;

/** A page could not be scanned: the fault (for the citizen's message) and what the device said (for technicians). */
public final class DocumentScanException extends Exception {
    private static final long serialVersionUID = 1L;

    private final ScanFault fault;

    public DocumentScanException(ScanFault fault, String message) {
        super(message);
        this.fault = Objects.requireNonNull(fault, "fault");
    }

    public DocumentScanException(ScanFault fault, String message, Throwable cause) {
        super(message, cause);
        this.fault = Objects.requireNonNull(fault, "fault");
    }

    public ScanFault fault() {
        return fault;
    }
}
