package vn.onestop.server.dossier.pdf;

import vn.onestop.core.slip.SlipText;

/**
 * What a receipt slip prints besides its data: the title and legal basis (from the centre's slip texts), the
 * receiving official's name under the signature heading, and where its QR code goes (Circular 01/2023 puts it in
 * the upper-left corner; a centre may move it or leave it out while that rule is unconfirmed under Decree 118).
 *
 * @param legalBasis    printed under the title; empty for none
 * @param receiverName  printed under the receiver's signature heading
 * @param qr            whether to draw the QR code
 * @param qrTopLeft     true for the upper-left corner, false for the lower-left
 */
public record ReceiptStyle(String title, String legalBasis, String receiverHeading, String receiverName, boolean qr,
        boolean qrTopLeft) {

    /** The slip as the kiosk issued it before official reception (issue 22): QR at the foot, no legal basis. */
    public static final ReceiptStyle KIOSK = new ReceiptStyle(SlipText.TITLE, "", "NGƯỜI TIẾP NHẬN HỒ SƠ",
            "Tiếp nhận qua kiosk tự phục vụ", true, false);
}
