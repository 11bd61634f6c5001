package vn.onestop.kiosk.server;

/** The server could not be reached or failed (network error, timeout, 5xx): the kiosk works offline. */
public class ServerUnavailableException extends Exception {
    public ServerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public ServerUnavailableException(String message) {
        super(message);
    }
}
