package vn.onestop.kiosk.server;

/** The server answered and refused the request (4xx); retrying the same request will not help. */
public class ServerRefusedException extends Exception {
    private final int status;

    public ServerRefusedException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
