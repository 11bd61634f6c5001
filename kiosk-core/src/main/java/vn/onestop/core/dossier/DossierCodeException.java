package vn.onestop.core.dossier;

/**
 * A text is not a well-formed dossier code. The message says what is wrong without quoting the text (a
 * mistaken scan may carry personal data, e.g. an ID card's QR code).
 */
public class DossierCodeException extends IllegalArgumentException {

    public DossierCodeException(String reason) {
        super(reason);
    }
}
