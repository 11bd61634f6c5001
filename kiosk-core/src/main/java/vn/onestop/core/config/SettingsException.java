package vn.onestop.core.config;

import java.nio.file.Path;

/** A configuration value is missing or wrong; the message names the file, line and key. */
public class SettingsException extends Exception {
    private final Path file;
    private final int line;
    private final String key;

    public SettingsException(Path file, int line, String key, String problem) {
        super(describe(file, line, key, problem));
        this.file = file;
        this.line = line;
        this.key = key;
    }

    private static String describe(Path file, int line, String key, String problem) {
        StringBuilder sb = new StringBuilder("Configuration error in ").append(file);
        if (line > 0) {
            sb.append(", line ").append(line);
        }
        if (key != null) {
            sb.append(", key '").append(key).append('\'');
        }
        return sb.append(": ").append(problem).toString();
    }

    public Path file() {
        return file;
    }

    /** 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }

    public String key() {
        return key;
    }
}
