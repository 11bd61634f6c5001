package vn.onestop.core.voice;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * espeak-ng run as a child process: the sentence on its standard input, the WAV on its standard output
 * ({@code --stdout}, kept in a temporary file so a stuck engine cannot block a pipe), killed past the time limit.
 * One process per sentence; many may run at once.
 */
public final class EspeakSpeech implements SpeechEngine {
    /** Debian's espeak-ng. */
    public static final Path DEFAULT_BINARY = Path.of("/usr/bin/espeak-ng");
    private final Options options;

    /**
     * @param binary    the espeak-ng executable
     * @param speed     words per minute (espeak-ng {@code -s}, 80 to 450)
     * @param pitch     0 to 99 (espeak-ng {@code -p})
     * @param amplitude 0 to 200 (espeak-ng {@code -a}, 100 is its default)
     * @param timeout   how long one sentence may take before the process is killed
     */
    public record Options(Path binary, int speed, int pitch, int amplitude, Duration timeout) {
        public Options {
            range("speed", speed, 80, 450);
            range("pitch", pitch, 0, 99);
            range("amplitude", amplitude, 0, 200);
        }

        private static void range(String name, int value, int min, int max) {
            if (value < min || value > max) {
                throw new IllegalArgumentException("espeak-ng " + name + " must be " + min + " to " + max
                        + ", got " + value);
            }
        }
    }

    public EspeakSpeech(Options options) {
        this.options = options;
    }

    /** Whether the binary is there and executable (says nothing of whether it works). */
    public boolean installed() {
        return Files.isRegularFile(options.binary()) && Files.isExecutable(options.binary());
    }

    /** The command for a sentence in a language (the text itself goes to standard input). */
    public List<String> command(String language) {
        return List.of(options.binary().toString(), "-v", voice(language), "-s", Integer.toString(options.speed()),
                "-p", Integer.toString(options.pitch()), "-a", Integer.toString(options.amplitude()), "--stdout");
    }

    /** espeak-ng's voice for a language: {@code vi} Vietnamese, {@code en} English. */
    static String voice(String language) {
        return switch (language) {
            case "vi" -> "vi";
            case "en" -> "en";
            default -> throw new IllegalArgumentException("no voice for language " + language);
        };
    }

    @Override
    public Wav speak(String text, String language) throws SpeechException {
        if (!installed()) {
            throw new SpeechException("missing", "espeak-ng not found at " + options.binary()
                    + " (Debian package espeak-ng)");
        }
        Path out = null;
        Path err = null;
        Process p = null;
        try {
            out = Files.createTempFile("onestop-voice", ".wav");
            err = Files.createTempFile("onestop-voice", ".err");
            p = new ProcessBuilder(command(language)).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException stdinClosed) {
                // espeak-ng ended before it read the text (bad voice data, a crash): its exit status and
                // standard error below say why, which is what the technician needs, not "Stream closed"
            }
            if (!p.waitFor(options.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new SpeechException("timeout", "espeak-ng took longer than " + options.timeout().toMillis()
                        + " ms and was stopped");
            }
            if (p.exitValue() != 0) {
                throw new SpeechException("failed", "espeak-ng exited with " + p.exitValue() + ": "
                        + firstLine(Files.readString(err, StandardCharsets.UTF_8)));
            }
            Wav wav = Wav.parse(Files.readAllBytes(out), "espeak-ng output");
            if (wav.frames() == 0) {
                throw new SpeechException("failed", "espeak-ng produced no sound");
            }
            return wav;
        } catch (IOException e) {
            throw new SpeechException("failed", "espeak-ng could not be run: " + e.getMessage(), e);
        } catch (WavException e) {
            throw new SpeechException("failed", e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpeechException("timeout", "interrupted while espeak-ng was speaking", e);
        } finally {
            if (p != null && p.isAlive()) {
                p.destroyForcibly();
            }
            delete(out);
            delete(err);
        }
    }

    private static String firstLine(String s) {
        String line = s.strip().lines().findFirst().orElse("(no message)");
        return line.length() > 200 ? line.substring(0, 200) : line;
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file left behind is removed with the temporary folder
            }
        }
    }
}
