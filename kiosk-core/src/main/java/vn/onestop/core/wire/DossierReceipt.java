package vn.onestop.core.wire;

import vn.onestop.core.slip.ReceiptSlip;

/**
 * The answer to a registration: the dossier's public view and the receipt slip the kiosk prints (the slip holds
 * the applicant's personal data: print it, do not keep or log it).
 */
public record DossierReceipt(DossierView dossier, ReceiptSlip slip) {}
