package vn.onestop.kiosk.voice;

import vn.onestop.core.voice.Wav;

/** The kiosk's loudspeaker. Blocks until the sound has played; throws when there is no usable sound device. */
public interface AudioOut {
    void play(Wav sound) throws AudioUnavailableException;

    /** No sound device, or it refused the format; the message says which. */
    final class AudioUnavailableException extends Exception {
        private static final long serialVersionUID = 1L;

        public AudioUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
