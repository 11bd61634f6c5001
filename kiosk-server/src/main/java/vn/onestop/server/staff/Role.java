package vn.onestop.server.staff;

import java.util.Locale;
import java.util.Set;

/** A staff member's role and the kinds of routes it opens. */
public enum Role {
    COUNTER_STAFF(Set.of(Access.COUNTER)),
    SUPERVISOR(Set.of(Access.COUNTER, Access.SUPERVISOR)),
    TECHNICIAN(Set.of(Access.TECHNICIAN)),
    ADMIN(Set.of(Access.COUNTER, Access.SUPERVISOR, Access.TECHNICIAN, Access.ADMIN));

    private final Set<Access> grants;

    Role(Set<Access> grants) {
        this.grants = grants;
    }

    public boolean grants(Access access) {
        return access == Access.STAFF || grants.contains(access);
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
