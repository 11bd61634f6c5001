package vn.onestop.device.scanner;

import vn.onestop.core.identity.IdentityProblem;

/**
 * What the citizen is told when a scanner could not deliver a code, keyed by the stable reason of
 * {@link ScanEvent.ScanFailed}. Messages never quote the input.
 */
public enum ScanProblem {
    INVALID_UTF8("invalid-utf8", "Máy quét gửi dữ liệu sai mã ký tự. Vui lòng quét lại thẻ hoặc nhập số định danh.",
            "The scanner sent garbled characters. Scan the card again or type the ID number."),
    TOO_LONG("too-long", "Dữ liệu quét quá dài, không phải mã QR của thẻ căn cước.",
            "The scanned data is too long to be an ID card QR code."),
    INCOMPLETE_CODE("incomplete-code", "Mã quét bị ngắt giữa chừng. Vui lòng quét lại.",
            "The scan was cut off. Please scan again."),
    UNFRAMED_DATA("unframed-data", "Máy quét gửi dữ liệu không đúng định dạng. Vui lòng quét lại.",
            "The scanner sent data outside a code. Please scan again."),
    WEDGE_CCCD_USE_READER("wedge-cccd-use-reader",
            "Máy quét này không đọc đúng thẻ căn cước. Vui lòng dùng đầu đọc thẻ hoặc nhập số định danh.",
            "This scanner cannot read ID cards correctly. Please use the card reader or type your ID number."),
    WEDGE_NON_ASCII("wedge-non-ascii", "Mã quét có ký tự không đọc được. Vui lòng dùng đầu đọc thẻ hoặc nhập tay.",
            "The code has characters this scanner cannot send. Use the card reader or type it in."),
    UNREADABLE_IMAGE("unreadable-image", "Không đọc được ảnh.", "The image could not be read."),
    NO_CODE_FOUND("no-code-found", "Không thấy mã QR trong ảnh. Vui lòng đưa mã QR vào giữa khung hình.",
            "No QR code was found in the image. Hold the QR code in the middle of the frame."),
    UNKNOWN("", "Không đọc được mã. Vui lòng thử lại.", "The code could not be read. Please try again.");

    private final String reason;
    private final String messageVi;
    private final String messageEn;

    ScanProblem(String reason, String messageVi, String messageEn) {
        this.reason = reason;
        this.messageVi = messageVi;
        this.messageEn = messageEn;
    }

    /** The problem for a scan failure reason; unknown reasons get a generic "try again". */
    public static ScanProblem forReason(String reason) {
        for (ScanProblem p : values()) {
            if (p.reason.equals(reason)) {
                return p;
            }
        }
        return UNKNOWN;
    }

    /** As an identity problem, code {@code SCAN_} plus the reason, e.g. {@code SCAN_WEDGE_CCCD_USE_READER}. */
    public IdentityProblem problem() {
        return new IdentityProblem("SCAN_" + name(), messageVi, messageEn);
    }
}
