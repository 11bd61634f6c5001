package vn.onestop.server.staff;

/**
 * A logged-in staff member: user name, role, the CSRF token their state-changing requests must echo, and whether
 * they must change a temporary password an admin set before anything else.
 */
public record StaffSession(String username, Role role, String csrfToken, boolean mustChangePassword) {}
