package vn.onestop.kiosk.voice;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.core.voice.EspeakSpeech;
import vn.onestop.core.voice.SpeechEngine;
import vn.onestop.core.voice.SpeechException;
import vn.onestop.core.voice.Wav;
import vn.onestop.kiosk.flow.FlowState;
import vn.onestop.kiosk.i18n.Messages;

/**
 * Speaks the {@link Guidance} of each new screen, and again on "Nghe lại / Speak again". The event thread only
 * picks the sentence; espeak-ng runs and the sound plays on the {@code kiosk-voice} thread, newest sentence first
 * (one still waiting is dropped for a newer one). No sound device or no espeak-ng: logged once, nothing else.
 */
public final class VoiceGuide implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(VoiceGuide.class);
    private final Messages messages;
    private final AudioOut out;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kiosk-voice");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Said> next = new AtomicReference<>();
    private final AtomicLong played = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private volatile GuidanceSettings settings;
    private volatile SpeechEngine engine;
    /** The last sentence chosen (event thread). */
    private Said last;
    private String lastOccasion = "";
    private String loggedFailure = "";

    /** A sentence in a language. */
    record Said(String text, String language) {}

    public VoiceGuide(GuidanceSettings settings, Messages messages, AudioOut out) {
        this(settings, messages, out, new EspeakSpeech(settings.espeak()));
    }

    VoiceGuide(GuidanceSettings settings, Messages messages, AudioOut out, SpeechEngine engine) {
        this.settings = settings;
        this.messages = messages;
        this.out = out;
        this.engine = engine;
    }

    public boolean on() {
        return settings.on();
    }

    public GuidanceSettings settings() {
        return settings;
    }

    /** Technician mode changed on/off or the volume. */
    public void update(GuidanceSettings changed) {
        if (!changed.espeak().equals(settings.espeak())) {
            engine = new EspeakSpeech(changed.espeak());
        }
        settings = changed;
    }

    /** A screen was rendered (event thread): speaks it if it is a new screen or a new ticket. */
    public void screen(FlowState state) {
        String occasion = Guidance.occasion(state, messages);
        if (occasion.equals(lastOccasion)) {
            return;
        }
        lastOccasion = occasion;
        Optional<String> sentence = Guidance.sentence(state, messages);
        last = sentence.map(s -> new Said(s, messages.isVietnamese() ? "vi" : "en")).orElse(null);
        if (last != null) {
            say(last);
        }
    }

    /** "Nghe lại / Speak again" (event thread). */
    public void again() {
        if (last != null) {
            say(last);
        }
    }

    /** The sentence last chosen, for the technician and tests; empty on the attract screen. */
    public Optional<String> lastSentence() {
        return Optional.ofNullable(last).map(Said::text);
    }

    /** Sounds played so far. */
    public long played() {
        return played.get();
    }

    /** Sentences that could not be spoken (no engine, no sound device). */
    public long failures() {
        return failures.get();
    }

    private void say(Said said) {
        if (!settings.on()) {
            return;
        }
        if (next.getAndSet(said) == null) {
            worker.execute(this::speakNext);
        }
    }

    private void speakNext() {
        Said said = next.getAndSet(null);
        if (said == null) {
            return;
        }
        GuidanceSettings now = settings;
        if (!now.on()) {
            return;
        }
        try {
            Wav sound = engine.speak(said.text(), said.language()).volume(now.volume());
            out.play(sound);
            played.incrementAndGet();
        } catch (SpeechException e) {
            failed("speech engine " + e.reason(), e.getMessage());
        } catch (AudioOut.AudioUnavailableException e) {
            failed("sound output", e.getMessage());
        } catch (RuntimeException e) {
            failed("voice", String.valueOf(e.getMessage()));
        }
    }

    /** Logs the first failure of a kind (the same one every screen would flood the log), counts them all. */
    private void failed(String what, String detail) {
        failures.incrementAndGet();
        if (!loggedFailure.equals(what)) {
            loggedFailure = what;
            LOG.warn("Spoken guidance not heard ({}): {}; the screens work without it", what, detail);
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
