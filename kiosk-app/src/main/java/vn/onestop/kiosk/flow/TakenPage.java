package vn.onestop.kiosk.flow;

import java.awt.image.BufferedImage;
import java.util.Objects;
import vn.onestop.device.document.PageQuality;
import vn.onestop.device.document.ScannedPage;

/**
 * A page the citizen scanned: the page itself (joined into the document's PDF), a screen-sized preview made on the
 * scanner's thread, and what the page check found (blank and too-dark pages are kept but flagged).
 */
public record TakenPage(ScannedPage page, BufferedImage preview, PageQuality.Verdict verdict) {
    public TakenPage {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(preview, "preview");
        Objects.requireNonNull(verdict, "verdict");
    }

    public boolean flagged() {
        return verdict != PageQuality.Verdict.OK;
    }
}
