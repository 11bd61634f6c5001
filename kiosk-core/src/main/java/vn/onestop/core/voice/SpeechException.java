package vn.onestop.core.voice;

/** The speech engine could not speak: missing, failed, too slow or gave no sound; the message says which. */
public final class SpeechException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String reason;

    /** @param reason one word for status pages: {@code missing}, {@code failed}, {@code timeout}, {@code clips} */
    public SpeechException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public SpeechException(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
