package vn.onestop.kiosk.flow;

/** How one scan ended. */
public sealed interface PageScanOutcome {

    record Taken(TakenPage page) implements PageScanOutcome {}

    /** Not scanned: {@code fault} is a stable code (see {@code ScanFault.code()}): no-scanner, jammed ... */
    record Failed(String fault) implements PageScanOutcome {}
}
