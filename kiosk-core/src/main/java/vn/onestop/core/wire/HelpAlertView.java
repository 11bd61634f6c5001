package vn.onestop.core.wire;

/**
 * A call for help as the server keeps it: which kiosk, on which screen, when, and who answered it.
 * {@code repeated} is true when the kiosk already had an open call and this request joined it.
 */
public record HelpAlertView(String id, String kioskId, String kioskName, String screen, String raisedAt,
        String acknowledgedAt, String acknowledgedBy, boolean repeated) {}
