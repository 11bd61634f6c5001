package vn.onestop.server.staff;

/** One line of the audit log as the admin and technician pages show it: when (ISO instant), who, what, on what. */
public record AuditEntry(String at, String actor, String action, String target, String detail) {}
