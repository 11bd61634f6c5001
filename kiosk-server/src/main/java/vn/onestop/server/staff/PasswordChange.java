package vn.onestop.server.staff;

import java.time.Clock;
import java.util.Optional;
import vn.onestop.server.Rejection;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;

/**
 * A staff member changes their own password (ASVS 2.1.5/2.1.6): the current password is checked like a login (and
 * wrong ones count in the same limiter), the new one must pass the account-creation policy, and every other session
 * of that user ends (ASVS 3.3.3) so a stolen session or password stops working.
 */
final class PasswordChange {
    private final Database db;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final LoginLimiter limiter;
    private final AuditLog audit;
    private final PasswordPolicy policy;

    PasswordChange(Database db, Clock clock, PasswordHasher hasher, LoginLimiter limiter, AuditLog audit,
            PasswordPolicy policy) {
        this.db = db;
        this.clock = clock;
        this.hasher = hasher;
        this.limiter = limiter;
        this.audit = audit;
        this.policy = policy;
    }

    /** Returns how many other sessions of {@code username} ended. */
    int change(String username, String currentToken, char[] current, char[] next, String address) {
        if (current == null || current.length == 0 || next == null || next.length == 0) {
            throw Rejection.invalid("currentPassword and newPassword are required");
        }
        long wait = limiter.begin(username, address);
        if (wait > 0) {
            throw new Rejection(Rejection.Kind.TOO_MANY, "Too many wrong passwords: try again in " + wait + " s");
        }
        Optional<String> stored = db.read(c -> Rows.one(c, "SELECT password_hash FROM staff WHERE username = ? "
                + "AND disabled_at IS NULL", rs -> rs.getString(1), username));
        if (stored.isEmpty() || !hasher.verify(current, stored.get())) {
            audit.record(username, "password.change.failed", address, null);
            // 403, not 401: the session is still valid and the page must not send the user to the login screen.
            throw new Rejection(Rejection.Kind.FORBIDDEN, "The current password is wrong");
        }
        limiter.succeeded(username, address);
        // The same policy and message as at account creation (400 like there).
        policy.check(username, next).ifPresent(problem -> {
            throw Rejection.invalid(problem);
        });
        if (hasher.verify(next, stored.get())) {
            throw Rejection.invalid("the new password must differ from the current one");
        }
        String hash = hasher.hash(next);
        return db.write(c -> {
            Rows.update(c, "UPDATE staff SET password_hash = ?, must_change_password = 0 WHERE username = ?", hash,
                    username);
            int ended = Rows.update(c, "DELETE FROM staff_session WHERE username = ? AND token_hash <> ?", username,
                    Secrets.sha256(currentToken == null ? "" : currentToken));
            audit.record(c, username, "password.change", address, "other sessions ended: " + ended);
            return ended;
        });
    }
}
