package vn.onestop.kiosk.tech;

/** The chosen devices cannot be given stable names; the message says why and what to do instead. */
public final class DeviceNamingException extends Exception {
    private static final long serialVersionUID = 1L;

    public DeviceNamingException(String message) {
        super(message);
    }
}
