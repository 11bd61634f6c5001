package vn.onestop.core.voice;

/** A sound that cannot be read or joined; the message names the file and what is wrong. */
public final class WavException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WavException(String message) {
        super(message);
    }
}
