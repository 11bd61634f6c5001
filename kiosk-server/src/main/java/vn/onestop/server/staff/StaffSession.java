package vn.onestop.server.staff;

/** A logged-in staff member: user name, role, and the CSRF token their state-changing requests must echo. */
public record StaffSession(String username, Role role, String csrfToken) {}
