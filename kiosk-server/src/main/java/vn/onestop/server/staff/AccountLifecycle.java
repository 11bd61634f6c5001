package vn.onestop.server.staff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.onestop.server.Rejection;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Dialect;
import vn.onestop.server.db.Rows;

/**
 * An admin's actions on another staff account (finding 7, issue 21): disable and re-enable it, set a temporary
 * password, change its role or its roles per centre (grants), end its sessions. Each is audited with the acting admin,
 * the centre they act in and the account before and after; every action that takes something away (disable, password
 * reset, role change, end sessions) deletes the account's sessions in the same transaction, so its next request is
 * answered 401 (a change of grants needs no such thing: every request reads them afresh). At least one enabled admin
 * province-wide or of the centre 'main' always remains, and nobody disables their own account.
 */
public final class AccountLifecycle {
    private final Database db;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final PasswordPolicy policy;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * Who acts, in which centre, and what they may touch: {@code check} sees the target's grants inside the
     * transaction and throws when the actor may not manage that account (a centre admin and another centre's user).
     */
    public record Actor(String username, String centreId, Check check) {
        /** An actor allowed everything (the server's own tasks, tests of the account rules themselves). */
        public static Actor unchecked(String username) {
            return new Actor(username, null, (c, grants) -> { });
        }
    }

    /** May the actor manage an account holding {@code grants}? Throws a Rejection when not. */
    @FunctionalInterface
    public interface Check {
        void check(Connection c, Map<String, Role> grants) throws SQLException;
    }

    AccountLifecycle(Database db, Clock clock, PasswordHasher hasher, AuditLog audit, PasswordPolicy policy) {
        this.db = db;
        this.clock = clock;
        this.hasher = hasher;
        this.audit = audit;
        this.policy = policy;
    }

    /** Disables {@code username}: it cannot log in, and its sessions end now. Returns how many ended. */
    public int disable(String actor, String username) {
        return disable(Actor.unchecked(actor), username);
    }

    public int disable(Actor actor, String username) {
        if (actor.username().equals(username)) {
            throw Rejection.conflict("You cannot disable your own account");
        }
        return db.write(c -> {
            Map<String, Object> before = checked(c, actor, username);
            lockAdmins(c);
            Rows.update(c, "UPDATE staff SET disabled_at = ? WHERE username = ? AND disabled_at IS NULL",
                    clock.millis(), username);
            keepOneAdmin(c, username, "disabled");
            int ended = endSessions(c, username);
            record(c, actor, "staff.disable", username, before, "sessions ended: " + ended);
            return ended;
        });
    }

    /** Enables a disabled account again (its password is unchanged). */
    public void enable(String actor, String username) {
        enable(Actor.unchecked(actor), username);
    }

    public void enable(Actor actor, String username) {
        db.write(c -> {
            Map<String, Object> before = checked(c, actor, username);
            Rows.update(c, "UPDATE staff SET disabled_at = NULL WHERE username = ?", username);
            record(c, actor, "staff.enable", username, before, null);
            return null;
        });
    }

    /**
     * Sets a temporary password an admin hands over (it must pass the same policy as a new account's); the account's
     * sessions end and the user must change it after logging in (nothing else is allowed until then).
     * Returns how many ended. The password itself is never logged or audited.
     */
    public int resetPassword(String actor, String username, char[] password) {
        return resetPassword(Actor.unchecked(actor), username, password);
    }

    public int resetPassword(Actor actor, String username, char[] password) {
        if (password == null || password.length == 0) {
            throw Rejection.invalid("password is required");
        }
        db.read(c -> checked(c, actor, username));
        policy.check(username, password).ifPresent(problem -> {
            throw Rejection.invalid(problem);
        });
        String hash = hasher.hash(password);
        return db.write(c -> {
            Map<String, Object> before = checked(c, actor, username);
            Rows.update(c, "UPDATE staff SET password_hash = ?, must_change_password = 1 WHERE username = ?", hash,
                    username);
            int ended = endSessions(c, username);
            record(c, actor, "staff.password.reset", username, before, "sessions ended: " + ended);
            return ended;
        });
    }

    /** Gives {@code username} another role in every centre it has one; its sessions end. Returns how many ended. */
    public int changeRole(String actor, String username, Role role) {
        return changeRole(Actor.unchecked(actor), username, role);
    }

    public int changeRole(Actor actor, String username, Role role) {
        return db.write(c -> {
            Map<String, Object> before = checked(c, actor, username);
            if (Role.of((String) before.get("role")) == role && StaffAccounts.grants(c, username).values().stream()
                    .allMatch(r -> r == role)) {
                return 0;
            }
            lockAdmins(c);
            Rows.update(c, "UPDATE staff SET role = ? WHERE username = ?", role.code(), username);
            Rows.update(c, "UPDATE staff_grant SET role = ? WHERE username = ?", role.code(), username);
            keepOneAdmin(c, username, "demoted");
            int ended = endSessions(c, username);
            record(c, actor, "staff.role", username, before, before.get("role") + " -> " + role.code()
                    + ", sessions ended: " + ended);
            return ended;
        });
    }

    /**
     * Replaces {@code username}'s roles per centre ({@code "*"}: province-wide). The account's main role becomes its
     * role in its home centre. Its open sessions see the new grants at their next request.
     */
    public void setGrants(Actor actor, String username, Map<String, Role> grants) {
        if (grants == null || grants.isEmpty()) {
            throw Rejection.invalid("An account needs a role in at least one centre (or province-wide): disable it "
                    + "instead");
        }
        db.write(c -> {
            Map<String, Object> before = checked(c, actor, username);
            lockAdmins(c);
            Rows.update(c, "DELETE FROM staff_grant WHERE username = ?", username);
            for (Map.Entry<String, Role> g : new TreeMap<>(grants).entrySet()) {
                Rows.update(c, "INSERT INTO staff_grant (username, centre_id, role, created_at) VALUES (?, ?, ?, ?)",
                        username, g.getKey(), g.getValue().code(), clock.millis());
            }
            StaffSession probe = new StaffSession(username, Role.COUNTER_STAFF, "", false, "main", grants);
            Rows.update(c, "UPDATE staff SET role = ? WHERE username = ?", probe.roleIn(probe.home())
                    .orElse(grants.values().iterator().next()).code(), username);
            keepOneAdmin(c, username, "left without that admin role");
            record(c, actor, "staff.grants", username, before, null);
            return null;
        });
    }

    /** Ends every session of {@code username} (a lost phone, a shared browser). Returns how many ended. */
    public int endAllSessions(String actor, String username) {
        return endAllSessions(Actor.unchecked(actor), username);
    }

    public int endAllSessions(Actor actor, String username) {
        return db.write(c -> {
            Map<String, Object> before = checked(c, actor, username);
            int ended = endSessions(c, username);
            record(c, actor, "staff.sessions.end", username, before, "sessions ended: " + ended);
            return ended;
        });
    }

    /** The account as it is (404 when there is none), after the actor's check of its grants. */
    private static Map<String, Object> checked(Connection c, Actor actor, String username) throws SQLException {
        Map<String, Object> account = snapshot(c, username).orElseThrow(() -> Rejection.notFound(
                "No staff account '" + username + "'"));
        actor.check().check(c, StaffAccounts.grants(c, username));
        return account;
    }

    /** An account as the audit log keeps it: never its password or hash. */
    static Optional<Map<String, Object>> snapshot(Connection c, String username) throws SQLException {
        Optional<Map<String, Object>> row = Rows.one(c, "SELECT username, display_name, role, disabled_at FROM staff "
                + "WHERE username = ?", rs -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("username", rs.getString(1));
                    m.put("displayName", rs.getString(2));
                    m.put("role", rs.getString(3));
                    rs.getLong(4);
                    m.put("disabled", !rs.wasNull());
                    return m;
                }, username == null ? "" : username);
        if (row.isPresent()) {
            Map<String, String> grants = new TreeMap<>();
            StaffAccounts.grants(c, username).forEach((k, v) -> grants.put(k, v.code()));
            row.get().put("grants", grants);
        }
        return row;
    }

    private void record(Connection c, Actor actor, String action, String username, Map<String, Object> before,
            String detail) throws SQLException {
        Map<String, Object> after = snapshot(c, username).orElse(null);
        if (detail != null && after != null) {
            after.put("detail", detail);
        }
        audit.recordChange(c, actor.username(), action, username, actor.centreId(), text(before), text(after));
    }

    private String text(Object value) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An account cannot be written as JSON", e);
        }
    }

    private static void lockAdmins(Connection c) throws SQLException {
        // The enabled admins' rows stay locked until commit on PostgreSQL: two admins demoting each other at once
        // run one after the other, and the second sees the first's change (SQLite has a single writer anyway).
        Rows.list(c, "SELECT username FROM staff WHERE disabled_at IS NULL AND username IN (SELECT username FROM "
                + "staff_grant WHERE role = 'admin')" + Dialect.of(c).lockForUpdate(), rs -> rs.getString(1));
    }

    /** After a change in this transaction: an enabled admin province-wide or of 'main' must remain. */
    private static void keepOneAdmin(Connection c, String username, String what) throws SQLException {
        long left = Rows.count(c, "SELECT COUNT(*) FROM staff s WHERE s.disabled_at IS NULL AND EXISTS (SELECT 1 FROM "
                + "staff_grant g WHERE g.username = s.username AND g.role = 'admin' AND g.centre_id IN ('*', 'main'))");
        if (left == 0) {
            throw Rejection.conflict("'" + username + "' is the last enabled admin (province-wide or of 'main') "
                    + "and cannot be " + what + ": make another admin first");
        }
    }

    private static int endSessions(Connection c, String username) throws SQLException {
        return Rows.update(c, "DELETE FROM staff_session WHERE username = ?", username);
    }
}
