package vn.onestop.server.admin;

import vn.onestop.server.Rejection;
import vn.onestop.server.centre.Centre;
import vn.onestop.server.staff.Role;
import vn.onestop.server.staff.StaffSession;

/**
 * What an admin may administer: a province admin (role admin at '*') every centre and account; a centre admin (role
 * admin at X) only centre X, its counters, services and priority classes, and the accounts whose roles are all at X.
 */
final class Scope {
    private Scope() {
    }

    static boolean province(StaffSession s) {
        return s.provinceRole().orElse(null) == Role.ADMIN;
    }

    static void requireProvince(StaffSession s, String what) {
        if (!province(s)) {
            throw new Rejection(Rejection.Kind.FORBIDDEN, "Only a province admin may " + what);
        }
    }

    /** The admin must be an admin in {@code centreId} (directly or province-wide). */
    static void requireCentre(StaffSession s, String centreId) {
        if (s.roleIn(centreId).orElse(null) != Role.ADMIN) {
            throw new Rejection(Rejection.Kind.FORBIDDEN, "You are not an admin of centre '" + centreId + "'");
        }
    }

    /** A grant key an admin may hand out: '*' and other centres only by a province admin. */
    static void requireGrantable(StaffSession s, String centreId) {
        if (Centre.PROVINCE.equals(centreId)) {
            requireProvince(s, "grant a province-wide role");
        } else if (!province(s) && !centreId.equals(s.centreId())) {
            throw new Rejection(Rejection.Kind.FORBIDDEN, "A centre admin may grant roles in their own centre ('"
                    + s.centreId() + "') only, not in '" + centreId + "'");
        }
    }
}
