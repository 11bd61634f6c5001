package vn.onestop.server.voice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.onestop.core.voice.SpeechException;
import vn.onestop.core.voice.Wav;
import vn.onestop.core.voice.WavException;

/**
 * A centre's own recordings: one WAV per word, letter and digit in {@code DIR/vi/} and {@code DIR/en/}, joined in
 * the order {@link AnnouncementText#clips} gives. Every clip must have the same format (rate, bits, channels).
 */
final class ClipSpeech {
    private final Path dir;

    ClipSpeech(Path dir) {
        this.dir = dir;
    }

    /** Whether the folder of a language is there. */
    boolean present(String language) {
        return Files.isDirectory(dir.resolve(language));
    }

    Wav join(List<String> clips, String language) throws SpeechException {
        List<Wav> parts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String clip : clips) {
            Path file = dir.resolve(language).resolve(clip + ".wav");
            try {
                parts.add(Wav.parse(Files.readAllBytes(file), file.toString()));
                names.add(file.toString());
            } catch (NoSuchFileException e) {
                throw new SpeechException("clips", "clip " + file + " is missing (see README: the clips folder)");
            } catch (IOException e) {
                throw new SpeechException("clips", "clip " + file + " cannot be read: " + e.getMessage(), e);
            } catch (WavException e) {
                throw new SpeechException("clips", e.getMessage(), e);
            }
        }
        try {
            return Wav.join(parts, names);
        } catch (WavException e) {
            throw new SpeechException("clips", e.getMessage(), e);
        }
    }
}
