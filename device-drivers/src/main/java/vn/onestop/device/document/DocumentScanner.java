package vn.onestop.device.document;

/**
 * A scanner of the citizen's papers. {@link #scan} blocks until one page is scanned or fails (at most the
 * configured time limit): never call it on the Swing event thread.
 */
public interface DocumentScanner {

    /** Scans one page. */
    ScannedPage scan() throws DocumentScanException;

    /** The configured name, for technicians' messages (e.g. {@code sane:test}). */
    String describe();
}
