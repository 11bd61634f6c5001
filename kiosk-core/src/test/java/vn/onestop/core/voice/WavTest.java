package vn.onestop.core.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** WAV reading, joining and writing: what the hall display's clips and espeak-ng's streamed output go through. */
class WavTest {
    private static final Wav.Format MONO_22K = new Wav.Format(1, 22050, 16);

    /** A sine tone of the given length, 16-bit. */
    static Wav tone(Wav.Format f, int millis, double amplitude) {
        int frames = f.sampleRate() * millis / 1000;
        ByteBuffer b = ByteBuffer.allocate(frames * f.frameBytes()).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < frames; i++) {
            short s = (short) (Math.sin(2 * Math.PI * 440 * i / f.sampleRate()) * amplitude * 32767);
            for (int c = 0; c < f.channels(); c++) {
                b.putShort(s);
            }
        }
        return new Wav(f, b.array());
    }

    @Test
    void aWrittenWavReadsBackWithItsFormatSamplesAndDuration() {
        Wav tone = tone(MONO_22K, 300, 0.5);
        Wav back = Wav.parse(tone.bytes(), "tone");
        assertThat(back.format()).isEqualTo(MONO_22K);
        assertThat(back.pcm()).isEqualTo(tone.pcm());
        assertThat(back.millis()).isEqualTo(300);
        assertThat(back.rms()).isBetween(0.34, 0.37); // a sine of amplitude 0.5: 0.5 / sqrt(2)
        assertThat(Wav.silence(MONO_22K, 100).rms()).isZero();
    }

    @Test
    void volumeScalesLoudnessAndKeepsTheLength() {
        Wav tone = tone(MONO_22K, 200, 0.6);
        assertThat(tone.volume(50).rms() / tone.rms()).isBetween(0.49, 0.51);
        assertThat(tone.volume(0).rms()).isZero();
        assertThat(tone.volume(100).pcm()).isEqualTo(tone.pcm());
        assertThat(tone.volume(30).millis()).isEqualTo(200);
    }

    @Test
    void aStreamedHeaderWhoseSizesSayUnknownReadsToTheEnd() {
        byte[] file = tone(MONO_22K, 100, 0.2).bytes();
        ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(4, 0x7ffff024); // as espeak-ng --stdout writes them
        b.putInt(40, 0x7ffff000);
        assertThat(Wav.parse(file, "espeak-ng output").millis()).isEqualTo(100);
    }

    @Test
    void joinedClipsLastAsLongAsTheirSum() {
        Wav joined = Wav.join(List.of(tone(MONO_22K, 200, 0.3), Wav.silence(MONO_22K, 100), tone(MONO_22K, 300, 0.3)),
                List.of("a.wav", "pause", "b.wav"));
        assertThat(joined.millis()).isEqualTo(600);
    }

    @Test
    void clipsOfDifferentFormatsAreRefusedNamingBoth() {
        Wav other = tone(new Wav.Format(1, 44100, 16), 100, 0.3);
        assertThatThrownBy(() -> Wav.join(List.of(tone(MONO_22K, 100, 0.3), other), List.of("vi/moi-so.wav",
                "vi/A.wav"))).isInstanceOf(WavException.class)
                .hasMessage("vi/A.wav is 44100 Hz, 16-bit, mono but vi/moi-so.wav is 22050 Hz, 16-bit, mono: every "
                        + "clip must have the same format");
    }

    @Test
    void notAWavOrCompressedIsAClearError() {
        assertThatThrownBy(() -> Wav.parse("ID3 mp3 bytes".getBytes(), "vi/0.wav"))
                .hasMessage("vi/0.wav is not a WAV file (no RIFF/WAVE header)");
        byte[] file = tone(MONO_22K, 10, 0.2).bytes();
        file[20] = 3; // IEEE float
        assertThatThrownBy(() -> Wav.parse(file, "vi/1.wav")).hasMessageContaining("vi/1.wav: only uncompressed");
        assertThatThrownBy(() -> Wav.parse(java.util.Arrays.copyOf(file, 30), "vi/2.wav"))
                .hasMessageContaining("vi/2.wav");
    }
}
