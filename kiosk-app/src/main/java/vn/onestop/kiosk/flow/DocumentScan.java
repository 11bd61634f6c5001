package vn.onestop.kiosk.flow;

import java.util.List;
import vn.onestop.device.document.ScannedPage;

/** The scanned pages of one document of a filing; {@code index} is its place in the registration's documents. */
public record DocumentScan(int index, List<ScannedPage> pages) {
    public DocumentScan {
        pages = List.copyOf(pages);
    }
}
