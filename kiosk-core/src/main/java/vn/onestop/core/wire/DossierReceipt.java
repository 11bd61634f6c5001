package vn.onestop.core.wire;

import vn.onestop.core.slip.ReceiptSlip;

/**
 * The answer to a registration: the dossier's public view, the receipt slip to print and the preparation code.
 * A dossier filed from a kiosk is prepared, not received (issue 22): {@code preparationCode} is then set (the kiosk
 * prints it on the preparation slip) and {@code slip} is null, since only an official issues the receipt and
 * appointment slip. A non-null slip holds the applicant's personal data: print it, do not keep or log it.
 */
public record DossierReceipt(DossierView dossier, ReceiptSlip slip, String preparationCode) {

    /** A receipt with a slip and no preparation code (a dossier received on registration, before issue 22). */
    public DossierReceipt(DossierView dossier, ReceiptSlip slip) {
        this(dossier, slip, null);
    }
}
