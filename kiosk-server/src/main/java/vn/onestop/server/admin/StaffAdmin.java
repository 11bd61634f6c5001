package vn.onestop.server.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.onestop.server.Rejection;
import vn.onestop.server.centre.Centre;
import vn.onestop.server.centre.Centres;
import vn.onestop.server.staff.AccountLifecycle;
import vn.onestop.server.staff.Role;
import vn.onestop.server.staff.StaffAccountView;
import vn.onestop.server.staff.StaffAccounts;
import vn.onestop.server.staff.StaffSession;

/**
 * Staff accounts as the admin pages manage them (issue 21): a province admin manages every account and grants roles
 * in any centre or province-wide; a centre admin manages only the accounts whose roles are all in their centre and
 * grants roles there only.
 */
public final class StaffAdmin {
    private final StaffAccounts accounts;
    private final Centres centres;

    /** A new account: its role in {@code centre} ("*": province-wide; left out: the centre the admin acts in). */
    public record NewAccount(String username, String displayName, String role, String password, String centre) {}

    /** An account's roles per centre, replacing the ones it has: {"main": "supervisor", "xa-1": "admin"}. */
    public record Grants(Map<String, String> grants) {}

    StaffAdmin(StaffAccounts accounts, Centres centres) {
        this.accounts = accounts;
        this.centres = centres;
    }

    /** Every account for a province admin; for a centre admin those with a role in their centre. */
    public List<StaffAccountView> list(StaffSession s) {
        return accounts.listWithGrants().stream().filter(a -> Scope.province(s)
                || a.grants().containsKey(s.centreId())).toList();
    }

    public Map<String, Object> create(StaffSession s, NewAccount b) {
        if (b == null) {
            throw Rejection.invalid("A JSON body with username, displayName, role and password is required");
        }
        Role role = role(b.role());
        String centre = b.centre() == null || b.centre().isBlank() ? s.centreId() : b.centre().strip();
        grantable(s, centre);
        accounts.create(s.username(), s.centreId(), b.username(), b.displayName(), role,
                b.password() == null ? null : b.password().toCharArray(), centre);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("username", b.username());
        out.put("role", role.code());
        out.put("centre", centre);
        return out;
    }

    public void setGrants(StaffSession s, String username, Grants b) {
        if (b == null || b.grants() == null) {
            throw Rejection.invalid("grants is required: centre id (or '*') to role");
        }
        Map<String, Role> grants = new LinkedHashMap<>();
        b.grants().forEach((centre, role) -> {
            String k = centre == null ? "" : centre.strip();
            grantable(s, k);
            grants.put(k, role(role));
        });
        accounts.lifecycle().setGrants(actor(s), username, grants);
    }

    /**
     * The acting admin for the account rules: a centre admin may touch an account only when every role it has is in
     * the admin's centre (an account of two centres, or a province-wide one, is the province admin's).
     */
    public AccountLifecycle.Actor actor(StaffSession s) {
        if (Scope.province(s)) {
            return new AccountLifecycle.Actor(s.username(), s.centreId(), (c, grants) -> { });
        }
        return new AccountLifecycle.Actor(s.username(), s.centreId(), (c, grants) -> {
            if (grants.isEmpty() || grants.keySet().stream().anyMatch(k -> !k.equals(s.centreId()))) {
                throw new Rejection(Rejection.Kind.FORBIDDEN, "This account has roles outside centre '"
                        + s.centreId() + "': only a province admin may change it");
            }
        });
    }

    /** A centre (or '*') that exists and that {@code s} may hand out roles in. */
    private void grantable(StaffSession s, String centre) {
        if (!Centre.PROVINCE.equals(centre)) {
            Centre c = centres.find(centre).orElseThrow(() -> Rejection.invalid("No centre '" + centre + "'"));
            if (c.disabled()) {
                throw Rejection.invalid("Centre '" + centre + "' is disabled");
            }
        }
        Scope.requireGrantable(s, centre);
    }

    static Role role(String code) {
        try {
            return Role.of(code == null ? "" : code.strip());
        } catch (IllegalArgumentException e) {
            throw Rejection.invalid("role must be counter_staff, supervisor, technician or admin (was '" + code
                    + "')");
        }
    }
}
