package vn.onestop.kiosk.voice;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import vn.onestop.core.voice.Wav;

/** Plays through javax.sound.sampled's default output line (ALSA/PulseAudio on the kiosk). */
public final class JavaSoundOut implements AudioOut {
    @Override
    public void play(Wav sound) throws AudioUnavailableException {
        Wav.Format f = sound.format();
        AudioFormat format = new AudioFormat(f.sampleRate(), f.bitsPerSample(), f.channels(), f.bitsPerSample() == 16,
                false);
        try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
            line.open(format);
            line.start();
            line.write(sound.pcm(), 0, sound.pcm().length);
            line.drain();
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            throw new AudioUnavailableException("no sound output for " + f + ": " + e.getMessage(), e);
        }
    }
}
