package vn.onestop.server.staff;

/**
 * A staff account on the admin's list: user name, display name, main role code, whether it is disabled, and its roles
 * per centre ("*": province-wide; empty where the list does not carry them).
 */
public record StaffAccountView(String username, String displayName, String role, boolean disabled,
        java.util.Map<String, String> grants) {}
