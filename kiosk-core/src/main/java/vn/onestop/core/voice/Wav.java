package vn.onestop.core.voice;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * A PCM WAV sound in memory: its format and its samples. Pure code: parses RIFF/WAVE bytes (including espeak-ng's
 * streamed output, whose chunk sizes say "unknown"), joins sounds of one format and writes them back out.
 *
 * @param format channels, sample rate and bits per sample
 * @param pcm    the samples, little-endian, interleaved, whole frames only
 */
public record Wav(Format format, byte[] pcm) {
    private static final int HEADER_BYTES = 44;
    private static final int PCM = 1;

    /** A PCM format; only 8- and 16-bit samples are read. */
    public record Format(int channels, int sampleRate, int bitsPerSample) {
        public int frameBytes() {
            return channels * bitsPerSample / 8;
        }

        @Override
        public String toString() {
            return sampleRate + " Hz, " + bitsPerSample + "-bit, " + (channels == 1 ? "mono" : channels + " channels");
        }
    }

    public Wav {
        Objects.requireNonNull(format, "format");
        if (pcm.length % format.frameBytes() != 0) {
            throw new WavException("the samples (" + pcm.length + " bytes) are not whole frames of " + format);
        }
    }

    /**
     * Reads WAV bytes: the {@code fmt } chunk (PCM, 8 or 16 bit) and the {@code data} chunk. A data size larger than
     * what follows (a streamed file) means "up to the end".
     *
     * @param what names the source in error messages (a file name, "espeak-ng output")
     * @throws WavException naming the source and what is wrong
     */
    public static Wav parse(byte[] bytes, String what) {
        if (bytes.length < 12 || !tag(bytes, 0, "RIFF") || !tag(bytes, 8, "WAVE")) {
            throw new WavException(what + " is not a WAV file (no RIFF/WAVE header)");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        Format format = null;
        int at = 12;
        while (at + 8 <= bytes.length) {
            long size = Integer.toUnsignedLong(b.getInt(at + 4));
            int body = at + 8;
            if (tag(bytes, at, "fmt ")) {
                if (size < 16 || body + 16 > bytes.length) {
                    throw new WavException(what + ": the fmt chunk is cut short");
                }
                int encoding = b.getShort(body) & 0xffff;
                format = new Format(b.getShort(body + 2) & 0xffff, b.getInt(body + 4), b.getShort(body + 14) & 0xffff);
                if (encoding != PCM || format.channels() < 1 || (format.bitsPerSample() != 8
                        && format.bitsPerSample() != 16)) {
                    throw new WavException(what + ": only uncompressed 8- or 16-bit PCM is read (encoding "
                            + encoding + ", " + format.bitsPerSample() + " bits)");
                }
            } else if (tag(bytes, at, "data")) {
                if (format == null) {
                    throw new WavException(what + ": the data chunk comes before the fmt chunk");
                }
                long available = bytes.length - body;
                int length = (int) Math.min(size, available);
                length -= length % format.frameBytes();
                byte[] pcm = new byte[length];
                System.arraycopy(bytes, body, pcm, 0, length);
                return new Wav(format, pcm);
            }
            at = (int) Math.min(Integer.MAX_VALUE, body + size + (size & 1));
        }
        throw new WavException(what + ": no data chunk");
    }

    /** Silence of this format lasting {@code millis}. */
    public static Wav silence(Format format, int millis) {
        long frames = (long) format.sampleRate() * millis / 1000;
        byte[] pcm = new byte[(int) (frames * format.frameBytes())];
        if (format.bitsPerSample() == 8) {
            java.util.Arrays.fill(pcm, (byte) 0x80);
        }
        return new Wav(format, pcm);
    }

    /**
     * The sounds one after another.
     *
     * @param names names each part in the error message (e.g. the clip files)
     * @throws WavException when a part's format differs from the first one's, naming both
     */
    public static Wav join(List<Wav> parts, List<String> names) {
        if (parts.isEmpty()) {
            throw new WavException("nothing to join");
        }
        Format format = parts.get(0).format();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < parts.size(); i++) {
            Wav part = parts.get(i);
            if (!part.format().equals(format)) {
                throw new WavException(names.get(i) + " is " + part.format() + " but " + names.get(0) + " is "
                        + format + ": every clip must have the same format");
            }
            out.writeBytes(part.pcm());
        }
        return new Wav(format, out.toByteArray());
    }

    /** The same sound at {@code percent} of its loudness (0 silent, 100 unchanged), clipped at full scale. */
    public Wav volume(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("volume is 0 to 100 percent, got " + percent);
        }
        byte[] out = pcm.clone();
        if (format.bitsPerSample() == 16) {
            ByteBuffer b = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i + 1 < out.length; i += 2) {
                b.putShort(i, (short) (b.getShort(i) * percent / 100));
            }
        } else {
            for (int i = 0; i < out.length; i++) {
                out[i] = (byte) (((out[i] & 0xff) - 128) * percent / 100 + 128);
            }
        }
        return new Wav(format, out);
    }

    /** The duration in milliseconds. */
    public long millis() {
        return (long) frames() * 1000 / format.sampleRate();
    }

    public int frames() {
        return pcm.length / format.frameBytes();
    }

    /** The root mean square of the samples, 0 (silence) to 1 (full scale). */
    public double rms() {
        if (pcm.length == 0) {
            return 0;
        }
        double sum = 0;
        int count = 0;
        if (format.bitsPerSample() == 16) {
            ByteBuffer b = ByteBuffer.wrap(pcm).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i + 1 < pcm.length; i += 2, count++) {
                double s = b.getShort(i) / 32768.0;
                sum += s * s;
            }
        } else {
            for (byte v : pcm) {
                double s = ((v & 0xff) - 128) / 128.0;
                sum += s * s;
                count++;
            }
        }
        return Math.sqrt(sum / count);
    }

    /** The whole file: a 44-byte RIFF/WAVE header with true sizes, then the samples. */
    public byte[] bytes() {
        ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES + pcm.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + pcm.length)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) PCM)
                .putShort((short) format.channels()).putInt(format.sampleRate())
                .putInt(format.sampleRate() * format.frameBytes()).putShort((short) format.frameBytes())
                .putShort((short) format.bitsPerSample())
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(pcm.length).put(pcm);
        return b.array();
    }

    private static boolean tag(byte[] bytes, int at, String tag) {
        for (int i = 0; i < 4; i++) {
            if (bytes[at + i] != tag.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
