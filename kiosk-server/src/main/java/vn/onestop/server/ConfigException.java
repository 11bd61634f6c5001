package vn.onestop.server;

/** The server's configuration is missing or wrong; the message names the file and key to fix. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
