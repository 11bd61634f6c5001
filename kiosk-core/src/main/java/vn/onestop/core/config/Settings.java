package vn.onestop.core.config;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * One UTF-8 properties file with typed getters. Every failure names the file, the line and the key,
 * so that a technician can fix it: a program refuses to start rather than run on a bad value.
 */
public final class Settings {
    private final Path file;
    private final Properties values;
    private final Map<String, Integer> lines;

    private Settings(Path file, Properties values, Map<String, Integer> lines) {
        this.file = file;
        this.values = values;
        this.lines = lines;
    }

    /** Reads {@code file}; a missing, unreadable or non-UTF-8 file is a {@link ConfigException}. */
    public static Settings load(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file, 0, null, "file not found");
        } catch (IOException e) {
            throw new ConfigException(file, 0, null, "cannot read the file: " + e.getMessage());
        }
        return parse(file, Utf8Text.decode(file, bytes));
    }

    /** Parses properties text as if read from {@code file} (used by tests and for overrides). */
    public static Settings parse(Path file, String text) {
        Properties props = new Properties();
        try (Reader r = new StringReader(text)) {
            props.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw Utf8Text.malformedEscape(file, text)
                    .orElseGet(() -> new ConfigException(file, 0, null, "malformed properties: " + e.getMessage()));
        }
        return new Settings(file, props, lineNumbers(text));
    }

    /** An empty settings object, for tests and defaults. */
    public static Settings empty(Path file) {
        return new Settings(file, new Properties(), Map.of());
    }

    private static Map<String, Integer> lineNumbers(String text) {
        Map<String, Integer> result = new HashMap<>();
        List<String> all = text.lines().toList();
        for (int i = 0; i < all.size(); i++) {
            String line = all.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int end = 0;
            while (end < line.length() && "=: \t".indexOf(line.charAt(end)) < 0) {
                end++;
            }
            result.putIfAbsent(line.substring(0, end), i + 1);
        }
        return result;
    }

    public Path file() {
        return file;
    }

    public Optional<String> optional(String key) {
        String v = values.getProperty(key);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    public String string(String key) {
        return optional(key).orElseThrow(() -> error(key, "missing value"));
    }

    public String string(String key, String defaultValue) {
        return optional(key).orElse(defaultValue);
    }

    public int integer(String key, int defaultValue, int min, int max) {
        Optional<String> v = optional(key);
        if (v.isEmpty()) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(v.get());
            if (n < min || n > max) {
                throw error(key, "must be between " + min + " and " + max + ", found " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw error(key, "not a whole number: '" + v.get() + "'");
        }
    }

    public boolean bool(String key, boolean defaultValue) {
        Optional<String> v = optional(key);
        if (v.isEmpty()) {
            return defaultValue;
        }
        return switch (v.get().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw error(key, "must be true or false, found '" + v.get() + "'");
        };
    }

    public <E extends Enum<E>> E choice(String key, Class<E> type, E defaultValue) {
        Optional<String> v = optional(key);
        if (v.isEmpty()) {
            return defaultValue;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(v.get().replace('-', '_'))) {
                return e;
            }
        }
        throw error(key, "unknown value '" + v.get() + "'");
    }

    /** All keys and values, for code that needs the raw map (e.g. to pass device settings on). */
    public Map<String, String> asMap() {
        Map<String, String> m = new HashMap<>();
        values.stringPropertyNames().forEach(k -> m.put(k, values.getProperty(k)));
        return Map.copyOf(m);
    }

    /** An error about {@code key}, with its line when the file has it. */
    public ConfigException error(String key, String problem) {
        return new ConfigException(file, lines.getOrDefault(key, 0), key, problem);
    }
}
