package vn.onestop.core.config;

import java.nio.file.Path;

/**
 * A configuration file (shipped or the centre's) is missing, unreadable or malformed, or a value in it is wrong:
 * the one configuration error of the kiosk and the server. The message names the file and, where known, the line
 * and the key (or entry and field), so a technician can fix it. Messages never quote personal data (configuration
 * files hold none).
 */
public class ConfigException extends RuntimeException {

    private final Path file;
    private final int line;
    private final String key;

    /** A problem of the whole file or of an entry the detail names: "{@code file: detail}". */
    public ConfigException(Path file, String detail) {
        this(file, detail, (Throwable) null);
    }

    public ConfigException(Path file, String detail, Throwable cause) {
        super(file + ": " + detail, cause);
        this.file = file;
        this.line = 0;
        this.key = null;
    }

    /**
     * A value that is missing or wrong: "{@code Configuration error in file, line n, key 'k': problem}".
     *
     * @param line 1-based, or 0 when unknown
     * @param key  the key, or null for the file as a whole
     */
    public ConfigException(Path file, int line, String key, String problem) {
        super(describe(file, line, key, problem));
        this.file = file;
        this.line = line;
        this.key = key;
    }

    /** A configuration problem that is not about one file (e.g. a folder named on the command line). */
    public ConfigException(String message, Throwable cause) {
        super(message, cause);
        this.file = null;
        this.line = 0;
        this.key = null;
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

    /** The configuration file at fault, or null when the problem is not about one file. */
    public Path file() {
        return file;
    }

    /** 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** The key at fault, or null. */
    public String key() {
        return key;
    }
}
