package vn.onestop.server.voice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.core.voice.EspeakSpeech;
import vn.onestop.core.voice.SpeechEngine;
import vn.onestop.core.voice.SpeechException;
import vn.onestop.core.voice.Wav;

/**
 * Makes, caches and serves the audio of announcements. Synthesis runs on two {@code voice-synth} threads with a
 * bounded queue (never on a request thread); requests for an announcement already being made share its result, so
 * it is made once; the last {@code cacheEntries} announcements are kept in memory. A failure is not cached: it
 * turns the status off with its reason until an announcement succeeds again.
 */
public final class AnnouncementAudio implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(AnnouncementAudio.class);
    /** Silence between the languages of one announcement. */
    private static final int PAUSE_MS = 500;
    private final VoiceSettings settings;
    private final AnnouncementText text;
    private final SpeechEngine espeak;
    private final ClipSpeech clips;
    private final ThreadPoolExecutor workers;
    private final Map<Announcement, CompletableFuture<byte[]>> inFlight = new ConcurrentHashMap<>();
    private final Map<Announcement, byte[]> cache;
    private final AtomicLong made = new AtomicLong();
    private final AtomicReference<VoiceStatus> lastFailure = new AtomicReference<>();

    public AnnouncementAudio(VoiceSettings settings) {
        this(settings, new EspeakSpeech(settings.espeak()));
    }

    /** With another engine in place of espeak-ng (tests that count engine runs). */
    AnnouncementAudio(VoiceSettings settings, SpeechEngine espeak) {
        this.settings = settings;
        this.text = new AnnouncementText(settings.numbers());
        this.espeak = espeak;
        this.clips = new ClipSpeech(settings.clipsDir());
        int entries = settings.cacheEntries();
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Announcement, byte[]> eldest) {
                return size() > entries;
            }
        };
        this.workers = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(64), r -> {
            Thread t = new Thread(r, "voice-synth");
            t.setDaemon(true);
            return t;
        });
        workers.allowCoreThreadTimeOut(true);
    }

    public AnnouncementText text() {
        return text;
    }

    /** How many announcements were synthesised (not served from the cache). */
    public long made() {
        return made.get();
    }

    /** The WAV of an announcement, all languages in order; completes exceptionally with a SpeechException. */
    public CompletableFuture<byte[]> audio(Announcement a) {
        if (settings.engine() == VoiceSettings.Engine.OFF) {
            return CompletableFuture.failedFuture(new SpeechException("disabled", "the voice is off in server.properties"));
        }
        byte[] cached = cached(a);
        if (cached != null) {
            return CompletableFuture.completedFuture(cached);
        }
        CompletableFuture<byte[]> f = inFlight.computeIfAbsent(a, this::start);
        if (f.isDone()) {
            inFlight.remove(a, f); // made meanwhile, or refused: nothing to share
        }
        return f;
    }

    private byte[] cached(Announcement a) {
        synchronized (cache) {
            return cache.get(a);
        }
    }

    /** Runs under the in-flight map's lock for this announcement, so one request starts it. */
    private CompletableFuture<byte[]> start(Announcement a) {
        byte[] cached = cached(a);
        if (cached != null) {
            return CompletableFuture.completedFuture(cached);
        }
        CompletableFuture<byte[]> f = new CompletableFuture<>();
        try {
            workers.execute(() -> make(a, f));
        } catch (RejectedExecutionException e) {
            f.completeExceptionally(new SpeechException("busy", "too many announcements waiting to be made"));
        }
        return f;
    }

    private void make(Announcement a, CompletableFuture<byte[]> f) {
        try {
            List<Wav> parts = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (String language : settings.languages()) {
                if (!parts.isEmpty()) {
                    parts.add(Wav.silence(parts.get(0).format(), PAUSE_MS));
                    names.add("pause");
                }
                parts.add(settings.engine() == VoiceSettings.Engine.CLIPS
                        ? clips.join(text.clips(a, language), language)
                        : espeak.speak(text.sentence(a, language), language));
                names.add(language);
            }
            byte[] wav = Wav.join(parts, names).bytes();
            made.incrementAndGet();
            synchronized (cache) {
                cache.put(a, wav);
            }
            lastFailure.set(null);
            f.complete(wav);
        } catch (SpeechException e) {
            fail(e.reason(), e.getMessage());
            f.completeExceptionally(e);
        } catch (RuntimeException e) {
            fail("failed", e.getMessage());
            f.completeExceptionally(new SpeechException("failed", String.valueOf(e.getMessage()), e));
        } finally {
            inFlight.remove(a, f);
        }
    }

    private void fail(String reason, String detail) {
        VoiceStatus before = lastFailure.getAndSet(new VoiceStatus(false, engineName(), reason, detail,
                settings.languages()));
        if (before == null || !before.reason().equals(reason)) {
            LOG.warn("Hall display voice off ({}): {}; the display shows and chimes without it", reason, detail);
        }
    }

    /**
     * Says one short sentence on a synthesis thread (at server start), so a broken engine shows as off on the
     * technician and dashboard pages before the first call rather than at it; logs what it found.
     */
    public void probe() {
        if (settings.engine() == VoiceSettings.Engine.OFF) {
            LOG.info("Hall display voice off (voice.engine=off): the display chimes and shows calls");
            return;
        }
        try {
            workers.execute(() -> {
                try {
                    for (String language : settings.languages()) {
                        if (settings.engine() == VoiceSettings.Engine.CLIPS) {
                            clips.join(text.clips(new Announcement("A1", "1", "1"), language), language);
                        } else {
                            espeak.speak("vi".equals(language) ? "Xin chào" : "Hello", language);
                        }
                    }
                    LOG.info("Hall display voice on: {} in {}", engineName(), settings.languages());
                } catch (SpeechException e) {
                    fail(e.reason(), e.getMessage());
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warn("Hall display voice not checked at start: {}", e.getMessage());
        }
    }

    /** On, or off with a one-word reason. */
    public VoiceStatus status() {
        VoiceSettings.Engine engine = settings.engine();
        if (engine == VoiceSettings.Engine.OFF) {
            return new VoiceStatus(false, engineName(), "disabled", "voice.engine=off in server.properties",
                    settings.languages());
        }
        if (engine == VoiceSettings.Engine.ESPEAK && espeak instanceof EspeakSpeech e && !e.installed()) {
            return new VoiceStatus(false, engineName(), "missing", "espeak-ng not found at "
                    + settings.espeak().binary() + " (Debian package espeak-ng)", settings.languages());
        }
        if (engine == VoiceSettings.Engine.CLIPS) {
            for (String language : settings.languages()) {
                if (!clips.present(language)) {
                    return new VoiceStatus(false, engineName(), "missing", "no clips folder "
                            + settings.clipsDir().resolve(language), settings.languages());
                }
            }
        }
        VoiceStatus failure = lastFailure.get();
        return failure != null ? failure : new VoiceStatus(true, engineName(), "ok", "", settings.languages());
    }

    private String engineName() {
        return settings.engine().name().toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
