package vn.onestop.server.rating;

import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import vn.onestop.server.Rejection;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;
import vn.onestop.server.staff.AuditLog;

/**
 * Officials' photos for the rating tablets: JPEG or PNG (checked by their first bytes, not by the name or the
 * declared type), at most {@value #MAX_BYTES} bytes, kept in the database beside the staff account.
 */
public final class OfficialPhotos {
    static final int MAX_BYTES = 300 * 1024;
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private final Database db;
    private final Clock clock;
    private final AuditLog audit;

    /** A stored photo. */
    public record Photo(String contentType, byte[] bytes) {
        /** As a data: URL (the tablet page shows it without a second authorised request). */
        public String dataUrl() {
            return "data:" + contentType + ";base64," + Base64.getEncoder().encodeToString(bytes);
        }
    }

    public OfficialPhotos(Database db, Clock clock, AuditLog audit) {
        this.db = db;
        this.clock = clock;
        this.audit = audit;
    }

    /** Stores (or replaces) {@code username}'s photo. */
    public void store(String username, byte[] bytes, String actor) {
        if (bytes == null || bytes.length == 0) {
            throw Rejection.invalid("Send the photo as the request body (a JPEG or PNG image)");
        }
        if (bytes.length > MAX_BYTES) {
            throw Rejection.invalid("The photo is " + bytes.length / 1024 + " KB; at most " + MAX_BYTES / 1024
                    + " KB is accepted: make it smaller (a 400 x 400 pixel JPEG is enough)");
        }
        String type = startsWith(bytes, JPEG) ? "image/jpeg" : startsWith(bytes, PNG) ? "image/png" : null;
        if (type == null) {
            throw Rejection.invalid("The photo must be a JPEG or PNG image");
        }
        String encoded = Base64.getEncoder().encodeToString(bytes);
        db.write(c -> {
            if (Rows.count(c, "SELECT COUNT(*) FROM staff WHERE username = ?", username) == 0) {
                throw Rejection.notFound("No staff user " + username);
            }
            Rows.update(c, "DELETE FROM staff_photo WHERE username = ?", username);
            Rows.update(c, "INSERT INTO staff_photo (username, content_type, data_base64, updated_at) VALUES "
                    + "(?, ?, ?, ?)", username, type, encoded, clock.millis());
            audit.record(c, actor, "staff.photo", username, type + ", " + bytes.length + " bytes");
            return null;
        });
    }

    public Optional<Photo> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return db.read(c -> Rows.one(c, "SELECT content_type, data_base64 FROM staff_photo WHERE username = ?",
                rs -> new Photo(rs.getString(1), Base64.getDecoder().decode(rs.getString(2))), username));
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
