package vn.onestop.core.filing;

import vn.onestop.core.dossier.DossierCode;
import vn.onestop.core.dossier.DossierCodeException;
import vn.onestop.core.slip.SlipQr;
import vn.onestop.core.slip.SlipQrException;

/**
 * Turns what a citizen scanned (a slip's QR code) or typed (the code printed on it) into the dossier code to look
 * up with {@code GET /api/v1/dossiers/{code}}. Messages never quote the input (a card's QR may be scanned by mistake).
 */
public final class LookupCode {
    private LookupCode() {}

    /**
     * @throws DossierCodeException when the text is neither a slip QR nor a dossier code; the message says which
     */
    public static String of(String scannedOrTyped) {
        if (SlipQr.looksLikeSlip(scannedOrTyped)) {
            try {
                return DossierCode.parse(SlipQr.parse(scannedOrTyped).dossierCode()).format();
            } catch (SlipQrException e) {
                throw new DossierCodeException("the receipt slip's QR code cannot be read: " + e.getMessage());
            }
        }
        return DossierCode.parse(scannedOrTyped).format();
    }
}
