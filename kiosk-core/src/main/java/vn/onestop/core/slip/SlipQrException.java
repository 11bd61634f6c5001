package vn.onestop.core.slip;

/** A scanned text is not a readable receipt slip QR code; the message never quotes the text (it may be an ID card). */
public class SlipQrException extends IllegalArgumentException {
    public SlipQrException(String reason) {
        super(reason);
    }
}
