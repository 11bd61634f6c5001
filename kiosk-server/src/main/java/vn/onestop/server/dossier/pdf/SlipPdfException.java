package vn.onestop.server.dossier.pdf;

/** The slip PDF could not be made; the message names the dossier code only. */
public final class SlipPdfException extends RuntimeException {
    public SlipPdfException(String message, Throwable cause) {
        super(message, cause);
    }
}
