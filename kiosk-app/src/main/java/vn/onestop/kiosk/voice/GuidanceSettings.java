package vn.onestop.kiosk.voice;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import vn.onestop.core.config.ConfigException;
import vn.onestop.core.voice.EspeakSpeech;

/**
 * The kiosk's spoken guidance from {@code kiosk.properties}: {@code voice.guidance} (true/false, default false),
 * {@code voice.volume} (0-100 percent, default 80), {@code voice.espeak.binary} (default /usr/bin/espeak-ng),
 * {@code voice.speed} (80-450 words a minute, default 140). Technician mode changes the first two.
 */
public record GuidanceSettings(boolean on, int volume, EspeakSpeech.Options espeak) {
    public static final int DEFAULT_VOLUME = 80;

    public GuidanceSettings {
        if (volume < 0 || volume > 100) {
            throw new IllegalArgumentException("voice.volume is 0 to 100, got " + volume);
        }
    }

    public static GuidanceSettings off() {
        return new GuidanceSettings(false, DEFAULT_VOLUME, new EspeakSpeech.Options(EspeakSpeech.DEFAULT_BINARY,
                140, 50, 100, Duration.ofSeconds(5)));
    }

    public GuidanceSettings with(boolean newOn, int newVolume) {
        return new GuidanceSettings(newOn, newVolume, espeak);
    }

    /**
     * Reads the keys from the file's values.
     *
     * @throws ConfigException naming the file and the key
     */
    public static GuidanceSettings from(Map<String, String> all, Path file) {
        String on = all.getOrDefault("voice.guidance", "false").strip();
        if (!on.equals("true") && !on.equals("false")) {
            throw new ConfigException(file, 0, "voice.guidance", "must be true or false, found '" + on + "'");
        }
        int volume = number(all, file, "voice.volume", DEFAULT_VOLUME, 0, 100);
        int speed = number(all, file, "voice.speed", 140, 80, 450);
        Path binary = Path.of(all.getOrDefault("voice.espeak.binary", EspeakSpeech.DEFAULT_BINARY.toString()).strip());
        return new GuidanceSettings(Boolean.parseBoolean(on), volume,
                new EspeakSpeech.Options(binary, speed, 50, 100, Duration.ofSeconds(5)));
    }

    private static int number(Map<String, String> all, Path file, String key, int fallback, int min, int max) {
        String v = all.get(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigException(file, 0, key, "must be a whole number from " + min + " to " + max + ", found '"
                + v + "'");
    }
}
