package vn.onestop.kiosk.voice;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.onestop.core.voice.Wav;

/**
 * The loudspeaker's place in tests: keeps what would have been played. Like a real line it takes the sound whole
 * and returns when done; {@link #unplugged} makes it refuse like a machine without a sound device.
 */
final class RecordingOut implements AudioOut {
    final List<Wav> played = new CopyOnWriteArrayList<>();
    volatile boolean unplugged;

    @Override
    public void play(Wav sound) throws AudioUnavailableException {
        if (unplugged) {
            throw new AudioUnavailableException("no sound output for " + sound.format()
                    + ": No line matching interface SourceDataLine is supported.", null);
        }
        played.add(sound);
    }
}
