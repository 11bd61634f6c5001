package vn.onestop.core.voice;

/** Turns a sentence into sound. Blocks up to the engine's own time limit; never call it on a UI or request thread. */
public interface SpeechEngine {
    /**
     * @param text     the sentence, as read aloud
     * @param language {@code vi} or {@code en}
     * @throws SpeechException when the engine is missing, fails, takes too long or produces nothing
     */
    Wav speak(String text, String language) throws SpeechException;
}
