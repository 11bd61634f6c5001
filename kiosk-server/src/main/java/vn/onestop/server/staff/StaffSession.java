package vn.onestop.server.staff;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A logged-in staff member: user name, the role in the centre this request acts in ({@code centreId}), the CSRF token
 * their state-changing requests must echo, whether they must change a temporary password an admin set before anything
 * else, and every role they hold: centre id to role, {@code "*"} meaning province-wide (table {@code staff_grant}).
 */
public record StaffSession(String username, Role role, String csrfToken, boolean mustChangePassword, String centreId,
        Map<String, Role> grants) {

    /** Province-wide grants are kept under this key. */
    public static final String PROVINCE = "*";
    private static final String MAIN = "main";

    public StaffSession {
        grants = Map.copyOf(grants);
    }

    /** A session of one role in the centre 'main' (a single-centre install). */
    public StaffSession(String username, Role role, String csrfToken, boolean mustChangePassword) {
        this(username, role, csrfToken, mustChangePassword, MAIN, Map.of(MAIN, role));
    }

    /** The role this user has in {@code centre}: a grant there, else a province-wide one. */
    public Optional<Role> roleIn(String centre) {
        Role r = grants.get(centre);
        return Optional.ofNullable(r != null ? r : grants.get(PROVINCE));
    }

    /** Whether the user holds a province-wide role (sees and may act in every centre). */
    public boolean provinceWide() {
        return grants.containsKey(PROVINCE);
    }

    /** The province-wide role, if any. */
    public Optional<Role> provinceRole() {
        return Optional.ofNullable(grants.get(PROVINCE));
    }

    /**
     * The centre a request acts in when it names none: the user's own centre when they have exactly one, else 'main'
     * when they have a role there, else the first of theirs by id ('main' for a province-wide user).
     */
    public String home() {
        var own = new TreeMap<>(grants);
        own.remove(PROVINCE);
        if (own.size() == 1 || (!own.isEmpty() && !own.containsKey(MAIN))) {
            return own.firstKey();
        }
        return MAIN;
    }

    /** This session acting in {@code centre} with {@code roleThere}. */
    public StaffSession acting(String centre, Role roleThere) {
        return new StaffSession(username, roleThere, csrfToken, mustChangePassword, centre, grants);
    }
}
