package vn.onestop.server.staff;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.onestop.server.Rejection;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;

/** Staff accounts, the first-admin setup secret, logins and sessions. */
public final class StaffAccounts {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");
    private static final long TOUCH_EVERY_MILLIS = 60_000;
    private final Database db;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final Secrets secrets;
    private final LoginLimiter limiter;
    private volatile String dummyHash;
    private final AuditLog audit;
    private final Duration sessionLife;
    private final Duration idleLimit;
    private final PasswordPolicy policy = new PasswordPolicy();
    private final PasswordChange passwordChange;
    private final AccountLifecycle lifecycle;

    public StaffAccounts(Database db, Clock clock, PasswordHasher hasher, Secrets secrets, LoginLimiter limiter,
            AuditLog audit, Duration sessionLife, Duration idleLimit) {
        this.idleLimit = idleLimit;
        this.db = db;
        this.clock = clock;
        this.hasher = hasher;
        this.secrets = secrets;
        this.limiter = limiter;
        this.audit = audit;
        this.sessionLife = sessionLife;
        this.passwordChange = new PasswordChange(db, clock, hasher, limiter, audit, policy);
        this.lifecycle = new AccountLifecycle(db, clock, hasher, audit, policy);
    }

    /** An admin's actions on other accounts: disable, enable, reset the password, change the role, end sessions. */
    public AccountLifecycle lifecycle() {
        return lifecycle;
    }

    /**
     * A failed login's user name as the audit log keeps it (finding 15): anything typed there, even a password in the
     * wrong field, so at most 64 characters with control characters replaced, "-" when empty.
     */
    static String attempted(String user) {
        String clean = user.strip().replaceAll("\\p{Cntrl}", "?");
        clean = clean.length() > 64 ? clean.substring(0, 63) + "…" : clean; // audit_log.actor is VARCHAR(64)
        return clean.isEmpty() ? "-" : clean;
    }

    /** A hash of a random password with the current cost, made at the first login of an unknown name. */
    private String dummyHash() {
        String h = dummyHash;
        if (h == null) {
            h = hasher.hash(secrets.token(16).toCharArray());
            dummyHash = h;
        }
        return h;
    }

    /** When no admin exists, creates a new one-time setup secret and returns it (to be shown to the installer). */
    public Optional<String> newSetupSecretIfNoAdmin() {
        return db.write(c -> {
            if (Rows.count(c, "SELECT COUNT(*) FROM staff WHERE role = 'admin' AND disabled_at IS NULL") > 0) {
                return Optional.empty();
            }
            // Older unused secrets stop working; those of the last minutes stay valid, so server processes started
            // together (a province) each print a secret that works. The first admin made removes them all.
            Rows.update(c, "DELETE FROM setup_secret WHERE used_at IS NULL AND created_at < ?",
                    clock.millis() - 600_000);
            String secret = secrets.digits(4);
            Rows.update(c, "INSERT INTO setup_secret (secret_hash, created_at) VALUES (?, ?)", Secrets.sha256(secret),
                    clock.millis());
            return Optional.of(secret);
        });
    }

    /** Exchanges the one-time setup secret for the first admin account. */
    public void createFirstAdmin(String secret, String username, String displayName, char[] password) {
        validate(username, displayName, password);
        // The secret first: a wrong one costs no hash (about 140 ms of CPU), so anonymous tries are cheap to answer.
        String secretHash = Secrets.sha256(secret == null ? "" : secret);
        if (db.read(c -> Rows.count(c, "SELECT COUNT(*) FROM setup_secret WHERE secret_hash = ? AND used_at IS NULL",
                secretHash)) == 0) {
            throw new Rejection(Rejection.Kind.FORBIDDEN, "The setup secret is wrong or was already used");
        }
        String hash = hasher.hash(password);
        db.write(c -> {
            int used = Rows.update(c, "UPDATE setup_secret SET used_at = ? WHERE secret_hash = ? AND used_at IS NULL",
                    clock.millis(), secretHash);
            if (used != 1) {
                throw new Rejection(Rejection.Kind.FORBIDDEN, "The setup secret is wrong or was already used");
            }
            insert(c, username, displayName, Role.ADMIN, hash, "main");
            // The installation's first admin administers the whole deployment (issue 21): a province admin too.
            Rows.update(c, "INSERT INTO staff_grant (username, centre_id, role, created_at) VALUES (?, '*', ?, ?)",
                    username, Role.ADMIN.code(), clock.millis());
            Rows.update(c, "DELETE FROM setup_secret WHERE used_at IS NULL");
            audit.record(c, username, "setup.first-admin", username, null);
            return null;
        });
    }

    /** Creates an account with its role in the centre 'main' (by an admin of a single-centre install, the demo). */
    public void create(String actor, String username, String displayName, Role role, char[] password) {
        create(actor, null, username, displayName, role, password, "main");
    }

    /**
     * Creates an account whose role is in {@code centreId} ("*": province-wide), audited with the centre the admin
     * acts in ({@code actingCentre}) and the account made. The caller checks the admin may grant that centre.
     */
    public void create(String actor, String actingCentre, String username, String displayName, Role role,
            char[] password, String centreId) {
        validate(username, displayName, password);
        String hash = hasher.hash(password);
        db.write(c -> {
            if (Rows.count(c, "SELECT COUNT(*) FROM staff WHERE username = ?", username) > 0) {
                throw Rejection.conflict("User name '" + username + "' is taken");
            }
            insert(c, username, displayName, role, hash, centreId);
            String after;
            try {
                after = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                        AccountLifecycle.snapshot(c, username).orElseThrow());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            audit.recordChange(c, actor, "staff.create", username, actingCentre, null, after);
            return null;
        });
    }

    private void insert(java.sql.Connection c, String username, String displayName, Role role, String hash,
            String centreId) throws java.sql.SQLException {
        Rows.update(c, "INSERT INTO staff (username, display_name, role, password_hash, created_at) "
                + "VALUES (?, ?, ?, ?, ?)", username, displayName, role.code(), hash, clock.millis());
        Rows.update(c, "INSERT INTO staff_grant (username, centre_id, role, created_at) VALUES (?, ?, ?, ?)", username,
                centreId, role.code(), clock.millis());
    }

    /** Every role {@code username} holds: centre id (or "*" for province-wide) to role (table staff_grant). */
    public static Map<String, Role> grants(java.sql.Connection c, String username) throws java.sql.SQLException {
        Map<String, Role> out = new java.util.HashMap<>();
        for (String[] g : Rows.list(c, "SELECT centre_id, role FROM staff_grant WHERE username = ?",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, username)) {
            out.put(g[0], Role.of(g[1]));
        }
        return out;
    }

    /**
     * Checks the password and opens a session with a new token; the session of {@code previousToken} (the cookie the
     * browser came with, may be null) ends. Returns the session token (for the cookie) and the session.
     */
    public Map.Entry<String, StaffSession> login(String username, char[] password, String address,
            String previousToken) {
        String user = username == null ? "" : username;
        long wait = limiter.begin(user, address);
        if (wait > 0) {
            throw new Rejection(Rejection.Kind.TOO_MANY, "Too many failed logins: try again in " + wait + " s");
        }
        Optional<String[]> row = db.read(c -> Rows.one(c, "SELECT password_hash, role, must_change_password FROM staff "
                + "WHERE username = ? AND disabled_at IS NULL", rs -> new String[] {rs.getString(1), rs.getString(2),
                        String.valueOf(rs.getInt(3))}, user));
        // An unknown name is checked against a dummy hash: it takes as long as a known one (finding 12).
        boolean right = password != null && hasher.verify(password, row.isPresent() ? row.get()[0] : dummyHash());
        if (row.isEmpty() || !right) {
            audit.record(attempted(user), "login.failed", address, null);
            throw new Rejection(Rejection.Kind.UNAUTHENTICATED, "Wrong user name or password");
        }
        limiter.succeeded(user, address);
        String token = secrets.token(32);
        Role primary = Role.of(row.get()[1]);
        Map<String, Role> grants = db.read(c -> grants(c, user));
        StaffSession all = new StaffSession(user, primary, secrets.token(24), "1".equals(row.get()[2]), "main",
                grants.isEmpty() ? Map.of("main", primary) : grants);
        StaffSession s = all.acting(all.home(), all.roleIn(all.home()).orElse(primary));
        db.write(c -> {
            if (previousToken != null && !previousToken.isEmpty()) {
                Rows.update(c, "DELETE FROM staff_session WHERE token_hash = ?", Secrets.sha256(previousToken));
            }
            Rows.update(c, "INSERT INTO staff_session (token_hash, username, csrf_token, created_at, expires_at, "
                    + "last_used_at) VALUES (?, ?, ?, ?, ?, ?)", Secrets.sha256(token), user, s.csrfToken(),
                    clock.millis(), clock.millis() + sessionLife.toMillis(), clock.millis());
            audit.record(c, user, "login", address, null);
            return null;
        });
        return Map.entry(token, s);
    }

    /**
     * The live session of a cookie token, if any: not past its absolute end ({@code staff.sessionHours}), used within
     * the idle limit ({@code staff.sessionIdleMinutes}), and of an account not disabled. Using it keeps it alive
     * (the last use is written at most once a minute).
     */
    public Optional<StaffSession> session(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        long now = clock.millis();
        String hash = Secrets.sha256(token);
        Optional<Object[]> row = db.read(c -> Rows.one(c, "SELECT s.username, st.role, s.csrf_token, "
                + "COALESCE(s.last_used_at, s.created_at), st.must_change_password FROM staff_session s JOIN staff st ON st.username = "
                + "s.username WHERE s.token_hash = ? AND s.expires_at > ? AND COALESCE(s.last_used_at, s.created_at) "
                + "> ? AND st.disabled_at IS NULL", rs -> new Object[] {new StaffSession(rs.getString(1),
                        Role.of(rs.getString(2)), rs.getString(3), rs.getInt(5) == 1), rs.getLong(4)}, hash, now,
                now - idleLimit.toMillis()));
        if (row.isPresent()) {
            StaffSession base = (StaffSession) row.get()[0];
            Map<String, Role> grants = db.read(c -> grants(c, base.username()));
            if (!grants.isEmpty()) {
                StaffSession all = new StaffSession(base.username(), base.role(), base.csrfToken(),
                        base.mustChangePassword(), "main", grants);
                row.get()[0] = all.acting(all.home(), all.roleIn(all.home()).orElse(base.role()));
            }
        }
        if (row.isPresent() && now - (Long) row.get()[1] >= TOUCH_EVERY_MILLIS) {
            db.write(c -> Rows.update(c, "UPDATE staff_session SET last_used_at = ? WHERE token_hash = ?", now,
                    hash));
        }
        return row.map(r -> (StaffSession) r[0]);
    }

    /**
     * Changes {@code username}'s own password after checking the current one, and ends every other session of that
     * user (the one of {@code currentToken} stays). Returns how many sessions ended.
     */
    public int changePassword(String username, String currentToken, char[] current, char[] next, String address) {
        return passwordChange.change(username, currentToken, current, next, address);
    }

    public void logout(String token) {
        db.write(c -> Rows.update(c, "DELETE FROM staff_session WHERE token_hash = ?", Secrets.sha256(token)));
    }

    public List<StaffAccountView> list() {
        return db.read(c -> Rows.list(c, "SELECT username, display_name, role, disabled_at FROM staff ORDER BY username",
                rs -> new StaffAccountView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4) != null,
                        Map.of())));
    }

    /** Every account with its roles per centre ("*": province-wide), by user name. */
    public List<StaffAccountView> listWithGrants() {
        return db.read(c -> {
            List<StaffAccountView> out = new java.util.ArrayList<>();
            for (StaffAccountView v : Rows.list(c, "SELECT username, display_name, role, disabled_at FROM staff "
                    + "ORDER BY username", rs -> new StaffAccountView(rs.getString(1), rs.getString(2),
                            rs.getString(3), rs.getObject(4) != null, Map.of()))) {
                Map<String, String> g = new java.util.TreeMap<>();
                grants(c, v.username()).forEach((k, r) -> g.put(k, r.code()));
                out.add(new StaffAccountView(v.username(), v.displayName(), v.role(), v.disabled(), g));
            }
            return out;
        });
    }

    private void validate(String username, String displayName, char[] password) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw Rejection.invalid("username must be 3-64 characters: lower-case letters, digits, . _ -");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 100) {
            throw Rejection.invalid("displayName is required (1-100 characters)");
        }
        policy.check(username, password).ifPresent(problem -> {
            throw Rejection.invalid(problem);
        });
    }
}
