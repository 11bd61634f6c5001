package vn.onestop.server.staff;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.Map;
import vn.onestop.server.Rejection;
import vn.onestop.server.http.Guard;
import vn.onestop.server.http.Json;
import vn.onestop.server.http.RouteTable;
import vn.onestop.server.http.ClientAddress;
import vn.onestop.server.http.SecretAttempts;
import vn.onestop.server.http.SessionCookie;
import vn.onestop.server.kiosk.KioskRegistry;

/** HTTP I/O for logins, first-admin setup, staff accounts, technicians' kiosk management and the audit log. */
public final class StaffApi {
    private final StaffAccounts accounts;
    private final KioskRegistry kiosks;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final int sessionSeconds;
    private final SecretAttempts secretAttempts;
    private final SessionCookie cookie;
    private final ClientAddress client;

    /** Login body. */
    public record Login(String username, String password) {}

    /** Own password change body. */
    public record PasswordChangeBody(String currentPassword, String newPassword) {}

    /** First admin body: the one-time secret printed at first start and the new account. */
    public record FirstAdmin(String secret, String username, String displayName, String password) {}

    /** An admin's temporary password for another account. */
    public record PasswordReset(String password) {}

    /** A new role for an account. */
    public record RoleChange(String role) {}

    public StaffApi(StaffAccounts accounts, KioskRegistry kiosks, AuditLog audit, ObjectMapper json,
            int sessionSeconds, SecretAttempts secretAttempts, SessionCookie cookie, ClientAddress client) {
        this.cookie = cookie;
        this.client = client;
        this.secretAttempts = secretAttempts;
        this.accounts = accounts;
        this.kiosks = kiosks;
        this.audit = audit;
        this.json = json;
        this.sessionSeconds = sessionSeconds;
    }

    public void register(RouteTable r) {
        r.post("/api/v1/setup/first-admin", this::firstAdmin, Access.PUBLIC);
        r.post("/api/v1/auth/login", this::login, Access.PUBLIC);
        r.post("/api/v1/auth/logout", this::logout, Access.STAFF);
        r.post("/api/v1/auth/password", this::changePassword, Access.STAFF);
        // /api/v1/auth/me, /api/v1/admin/staff/... and /api/v1/admin/audit: vn.onestop.server.admin.AdminApi.
        r.post("/api/v1/technician/enrolment-codes", this::enrolmentCode, Access.TECHNICIAN);
        r.get("/api/v1/technician/kiosks", ctx -> ctx.json(kiosks.list(Guard.centre(ctx))), Access.TECHNICIAN, Access.SUPERVISOR);
        r.post("/api/v1/technician/kiosks/{id}/revoke", this::revoke, Access.TECHNICIAN);
    }

    private void firstAdmin(Context ctx) {
        FirstAdmin b = Json.body(ctx, json, FirstAdmin.class);
        secretAttempts.attempt(ctx, () -> {
            accounts.createFirstAdmin(b.secret(), b.username(), b.displayName(), chars(b.password()));
            return null;
        });
        ctx.status(201).json(Map.of("username", b.username(), "role", Role.ADMIN.code()));
    }

    private void login(Context ctx) {
        Login b = Json.body(ctx, json, Login.class);
        if (b.username() == null || b.username().isBlank() || b.password() == null || b.password().isEmpty()) {
            throw Rejection.invalid("username and password are required");
        }
        // A new token at every login, and the session the browser came with (if any) ends: no fixation.
        Map.Entry<String, StaffSession> s = accounts.login(b.username(), chars(b.password()), client.of(ctx),
                cookie.token(ctx));
        cookie.set(ctx, s.getKey(), sessionSeconds);
        ctx.json(s.getValue());
    }

    private void logout(Context ctx) {
        accounts.logout(cookie.token(ctx));
        cookie.clear(ctx);
        ctx.status(204);
    }

    private void changePassword(Context ctx) {
        PasswordChangeBody b = Json.body(ctx, json, PasswordChangeBody.class);
        int ended = accounts.changePassword(Guard.staff(ctx).username(), cookie.token(ctx), chars(b.currentPassword()),
                chars(b.newPassword()), client.of(ctx));
        ctx.json(Map.of("otherSessionsEnded", ended));
    }

    private void enrolmentCode(Context ctx) {
        ctx.status(201).json(Map.of("enrolmentCode", kiosks.createEnrolmentCode(Guard.staff(ctx).username(),
                Guard.centre(ctx))));
    }

    private void revoke(Context ctx) {
        kiosks.revoke(ctx.pathParam("id"), Guard.staff(ctx).username(), Guard.centre(ctx));
        ctx.status(204);
    }

    private static char[] chars(String s) {
        return s == null ? null : s.toCharArray();
    }
}
