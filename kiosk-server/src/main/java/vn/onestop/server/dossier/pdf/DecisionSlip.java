package vn.onestop.server.dossier.pdf;

import java.time.LocalDateTime;
import java.util.List;
import vn.onestop.core.slip.SlipHeader;

/**
 * A slip of a reception decision other than receipt (issue 22): the request to supplement (Mẫu 02) or the refusal
 * (Mẫu 03). It holds the applicant's name: render it, never log it.
 *
 * @param reference  the dossier's preparation code (there is no official code before reception)
 * @param items      what is missing, or the refusal's reason as one item
 * @param qrPayload  the QR code's text, or null for none
 */
public record DecisionSlip(SlipHeader header, String place, String title, String legalBasis, String reference,
        String applicantName, String procedureName, String intro, List<String> items, String closing,
        LocalDateTime at, String officialName, String hotline, String formNote, String qrPayload,
        boolean qrTopLeft) {

    public DecisionSlip {
        items = List.copyOf(items);
    }
}
