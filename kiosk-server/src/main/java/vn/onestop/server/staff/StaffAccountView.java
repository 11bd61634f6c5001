package vn.onestop.server.staff;

/** A staff account on the admin's list: user name, display name, role code and whether it is disabled. */
public record StaffAccountView(String username, String displayName, String role, boolean disabled) {}
