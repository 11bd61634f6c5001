package vn.onestop.server.staff;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import vn.onestop.server.Rejection;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Dialect;
import vn.onestop.server.db.Rows;

/**
 * An admin's actions on another staff account (finding 7): disable and re-enable it, set a temporary password,
 * change its role, end its sessions. Each is audited with the acting admin, and every action that takes something
 * away (disable, password reset, role change, end sessions) deletes the account's sessions in the same transaction,
 * so its next request is answered 401. The last enabled admin can be neither disabled nor demoted, and nobody
 * disables their own account.
 */
public final class AccountLifecycle {
    private final Database db;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final PasswordPolicy policy;

    AccountLifecycle(Database db, Clock clock, PasswordHasher hasher, AuditLog audit, PasswordPolicy policy) {
        this.db = db;
        this.clock = clock;
        this.hasher = hasher;
        this.audit = audit;
        this.policy = policy;
    }

    /** Disables {@code username}: it cannot log in, and its sessions end now. Returns how many ended. */
    public int disable(String actor, String username) {
        if (actor.equals(username)) {
            throw Rejection.conflict("You cannot disable your own account");
        }
        return db.write(c -> {
            Role role = roleOf(c, username);
            if (role == Role.ADMIN) {
                keepOneAdmin(c, username, "disabled");
            }
            Rows.update(c, "UPDATE staff SET disabled_at = ? WHERE username = ? AND disabled_at IS NULL",
                    clock.millis(), username);
            int ended = endSessions(c, username);
            audit.record(c, actor, "staff.disable", username, "sessions ended: " + ended);
            return ended;
        });
    }

    /** Enables a disabled account again (its password is unchanged). */
    public void enable(String actor, String username) {
        db.write(c -> {
            roleOf(c, username);
            Rows.update(c, "UPDATE staff SET disabled_at = NULL WHERE username = ?", username);
            audit.record(c, actor, "staff.enable", username, null);
            return null;
        });
    }

    /**
     * Sets a temporary password an admin hands over (it must pass the same policy as a new account's); the account's
     * sessions end and the user must change it after logging in (nothing else is allowed until then).
     * Returns how many ended. The password itself is never logged or audited.
     */
    public int resetPassword(String actor, String username, char[] password) {
        if (password == null || password.length == 0) {
            throw Rejection.invalid("password is required");
        }
        db.read(c -> roleOf(c, username));
        policy.check(username, password).ifPresent(problem -> {
            throw Rejection.invalid(problem);
        });
        String hash = hasher.hash(password);
        return db.write(c -> {
            roleOf(c, username);
            Rows.update(c, "UPDATE staff SET password_hash = ?, must_change_password = 1 WHERE username = ?", hash,
                    username);
            int ended = endSessions(c, username);
            audit.record(c, actor, "staff.password.reset", username, "sessions ended: " + ended);
            return ended;
        });
    }

    /** Gives {@code username} another role; its sessions end (they carry the old role). Returns how many ended. */
    public int changeRole(String actor, String username, Role role) {
        return db.write(c -> {
            Role before = roleOf(c, username);
            if (before == role) {
                return 0;
            }
            if (before == Role.ADMIN) {
                keepOneAdmin(c, username, "demoted");
            }
            Rows.update(c, "UPDATE staff SET role = ? WHERE username = ?", role.code(), username);
            Rows.update(c, "UPDATE staff_grant SET role = ? WHERE username = ?", role.code(), username);
            int ended = endSessions(c, username);
            audit.record(c, actor, "staff.role", username, before.code() + " -> " + role.code() + ", sessions ended: "
                    + ended);
            return ended;
        });
    }

    /** Ends every session of {@code username} (a lost phone, a shared browser). Returns how many ended. */
    public int endAllSessions(String actor, String username) {
        return db.write(c -> {
            roleOf(c, username);
            int ended = endSessions(c, username);
            audit.record(c, actor, "staff.sessions.end", username, "sessions ended: " + ended);
            return ended;
        });
    }

    private static Role roleOf(Connection c, String username) throws SQLException {
        Optional<String> role = Rows.one(c, "SELECT role FROM staff WHERE username = ?", rs -> rs.getString(1),
                username == null ? "" : username);
        return Role.of(role.orElseThrow(() -> Rejection.notFound("No staff account '" + username + "'")));
    }

    private static void keepOneAdmin(Connection c, String username, String what) throws SQLException {
        // The enabled admins' rows stay locked until commit on PostgreSQL: two admins demoting each other at once
        // run one after the other, and the second sees the first's change (SQLite has a single writer anyway).
        long others = Rows.list(c, "SELECT username FROM staff WHERE role = 'admin' AND disabled_at IS NULL"
                + Dialect.of(c).lockForUpdate(), rs -> rs.getString(1)).stream().filter(u -> !u.equals(username))
                .count();
        if (others == 0) {
            throw Rejection.conflict("'" + username + "' is the last enabled admin and cannot be " + what
                    + ": make another admin first");
        }
    }

    private static int endSessions(Connection c, String username) throws SQLException {
        return Rows.update(c, "DELETE FROM staff_session WHERE username = ?", username);
    }
}
