package vn.onestop.server.staff;

/**
 * One line of the audit log as the admin and technician pages show it: when (ISO instant), who, what, on what; for a
 * change made on the admin pages (issue 21) also the centre it concerns and the record before and after (JSON text).
 */
public record AuditEntry(String at, String actor, String action, String target, String detail, String centreId,
        String before, String after) {}
