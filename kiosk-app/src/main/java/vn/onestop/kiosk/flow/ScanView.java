package vn.onestop.kiosk.flow;

/**
 * The scanning screen's state: which checklist document is scanned, the page shown, whether the scanner is busy
 * (and on which page: -1 adds a page, else that page is retaken), and the last problem (stable code: a scan fault,
 * "blank", "too-dark") or null.
 */
public record ScanView(int document, int selected, boolean busy, int replacing, String problem) {

    ScanView select(int page) {
        return new ScanView(document, page, busy, replacing, problem);
    }

    ScanView scanning(int page) {
        return new ScanView(document, selected, true, page, null);
    }

    ScanView done(int page, String why) {
        return new ScanView(document, page, false, -1, why);
    }
}
