package vn.onestop.kiosk.flow;

import java.util.function.Consumer;

/**
 * Scans the citizen's papers for the flow. {@link #scan} returns at once; the scanner's own thread scans and
 * {@code onDone} is called exactly once, on the flow's thread.
 */
public interface PageScanDesk {

    void scan(Consumer<PageScanOutcome> onDone);

    /** Whether a document scanner is configured (the checklist offers "scan" only then). */
    boolean available();

    PageScanDesk NONE = new PageScanDesk() {
        @Override
        public void scan(Consumer<PageScanOutcome> onDone) {
            onDone.accept(new PageScanOutcome.Failed("no-scanner"));
        }

        @Override
        public boolean available() {
            return false;
        }
    };
}
