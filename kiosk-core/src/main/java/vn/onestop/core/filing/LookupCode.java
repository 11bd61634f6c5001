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
     * @throws DossierCodeException when the text is neither a slip QR, a dossier code nor a preparation code; the
     *     message says which
     */
    public static String of(String scannedOrTyped) {
        if (SlipQr.looksLikeSlip(scannedOrTyped)) {
            try {
                return DossierCode.parse(SlipQr.parse(scannedOrTyped).dossierCode()).format();
            } catch (SlipQrException e) {
                throw new DossierCodeException("the receipt slip's QR code cannot be read: " + e.getMessage());
            }
        }
        try {
            return DossierCode.parse(scannedOrTyped).format();
        } catch (DossierCodeException e) {
            // a preparation slip's code (its QR holds it plain; typed with or without the dash, any case)
            return vn.onestop.core.dossier.PreparationCode.normalize(scannedOrTyped).orElseThrow(() -> e);
        }
    }
}
