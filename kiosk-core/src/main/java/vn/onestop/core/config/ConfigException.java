package vn.onestop.core.config;

import java.nio.file.Path;

/**
 * A shipped or centre-provided configuration file is missing, unreadable or malformed. The message names
 * the file and, where known, the line or entry and the field, so a technician can fix it. Messages never
 * quote personal data (configuration files hold none).
 */
public class ConfigException extends RuntimeException {

    private final Path file;

    public ConfigException(Path file, String detail) {
        super(file + ": " + detail);
        this.file = file;
    }

    public ConfigException(Path file, String detail, Throwable cause) {
        super(file + ": " + detail, cause);
        this.file = file;
    }

    /** The configuration file at fault. */
    public Path file() {
        return file;
    }
}
