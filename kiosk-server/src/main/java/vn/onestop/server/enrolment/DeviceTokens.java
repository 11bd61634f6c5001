package vn.onestop.server.enrolment;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import vn.onestop.server.Rejection;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;
import vn.onestop.server.staff.Secrets;

/**
 * The enrolment of devices that act for counters (rating tablets, device gateways): a one-time code made by staff
 * for a subject (the counter or counters), traded once, before it expires, for bearer tokens; codes and tokens are
 * stored only as SHA-256 hashes, a token is looked up by its hash and stops working once revoked. Each registry keeps
 * its own two tables, named here (constants of the caller, never input):
 * <ul>
 * <li>the codes: {@code code_hash, <subject column>, created_at, expires_at, created_by, used_at};</li>
 * <li>the tokens: {@code token_hash, revoked_at} and the registry's own columns.</li>
 * </ul>
 * Methods taking a {@link Connection} run inside the caller's write transaction.
 */
public final class DeviceTokens {
    private static final int MAX_TOKEN_CHARS = 200;
    private final Secrets secrets;
    private final Duration codeLife;
    private final String codeTable;
    private final String subjectColumn;
    private final String tokenTable;

    /** A new one-time code (shown once) and when it expires (epoch ms). */
    public record Code(String code, long expiresAt) {}

    /** A new bearer token (given to the device once) and its hash (all the server keeps). */
    public record Token(String value, String hash) {}

    public DeviceTokens(Secrets secrets, Duration codeLife, String codeTable, String subjectColumn,
            String tokenTable) {
        this.secrets = secrets;
        this.codeLife = codeLife;
        this.codeTable = codeTable;
        this.subjectColumn = subjectColumn;
        this.tokenTable = tokenTable;
    }

    /** Stores a new one-time code for {@code subject}, made by {@code actor} at {@code now}. */
    public Code newCode(Connection c, String subject, String actor, long now) throws SQLException {
        String code = secrets.digits(3);
        long expires = now + codeLife.toMillis();
        Rows.update(c, "INSERT INTO " + codeTable + " (code_hash, " + subjectColumn + ", created_at, expires_at, "
                + "created_by) VALUES (?, ?, ?, ?, ?)", Secrets.sha256(code), subject, now, expires, actor);
        return new Code(code, expires);
    }

    /**
     * Uses up {@code code} (white space around it ignored) and returns its subject; a code that is wrong, expired or
     * already used (also by a concurrent enrolment) is refused as forbidden with {@code refusal}.
     */
    public String redeem(Connection c, String code, long now, String refusal) throws SQLException {
        String hash = Secrets.sha256(code.trim());
        Optional<String> subject = Rows.one(c, "SELECT " + subjectColumn + " FROM " + codeTable
                + " WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?", rs -> rs.getString(1), hash, now);
        if (subject.isEmpty() || Rows.update(c, "UPDATE " + codeTable + " SET used_at = ? WHERE code_hash = ? "
                + "AND used_at IS NULL", now, hash) != 1) {
            throw new Rejection(Rejection.Kind.FORBIDDEN, refusal);
        }
        return subject.get();
    }

    /** A new random bearer token; store its {@link Token#hash()} only. */
    public Token newToken() {
        String token = secrets.token(32);
        return new Token(token, Secrets.sha256(token));
    }

    /**
     * The device of a live (not revoked) bearer token: {@code columns} of its row in the token table, read by
     * {@code device}. Empty for a missing, oversized, unknown or revoked token.
     */
    public <T> Optional<T> authenticate(Database db, String token, String columns, Rows.Mapper<T> device) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_CHARS) {
            return Optional.empty();
        }
        return db.read(c -> Rows.one(c, "SELECT " + columns + " FROM " + tokenTable + " WHERE token_hash = ? AND "
                + "revoked_at IS NULL", device, Secrets.sha256(token)));
    }

    /**
     * Revokes the live tokens matching {@code condition} (SQL over the token table's columns, with {@code params})
     * at {@code now}; returns how many were revoked.
     */
    public int revoke(Connection c, long now, String condition, Object... params) throws SQLException {
        Object[] all = new Object[params.length + 1];
        all[0] = now;
        System.arraycopy(params, 0, all, 1, params.length);
        return Rows.update(c, "UPDATE " + tokenTable + " SET revoked_at = ? WHERE revoked_at IS NULL AND ("
                + condition + ")", all);
    }
}
