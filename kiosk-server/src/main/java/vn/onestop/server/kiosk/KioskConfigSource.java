package vn.onestop.server.kiosk;

/** The kiosk configuration a centre's kiosks get now, as sent: its JSON body and its ETag. */
@FunctionalInterface
public interface KioskConfigSource {
    Document forCentre(String centreId);

    /** A kiosk configuration written as JSON, and its ETag (quoted, as sent in the header). */
    record Document(byte[] body, String etag) {}
}
