package vn.onestop.server.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import vn.onestop.server.events.EventBus;
import vn.onestop.server.staff.AuditLog;

/**
 * The end of every admin change, inside its write transaction: the audit row (who, when, which centre, before, after)
 * and, for a centre's settings, the event {@value #EVENT} that makes every server process drop its cached settings
 * of that centre (published only when the transaction commits).
 */
final class Changes {
    static final String EVENT = "centre.settings.changed";
    private final AuditLog audit;
    private final EventBus events;
    private final ObjectMapper json;

    Changes(AuditLog audit, EventBus events, ObjectMapper json) {
        this.audit = audit;
        this.events = events;
        this.json = json;
    }

    /** {@code what}: counters, services, priority or centre; null for a change that is no centre setting. */
    void record(Connection c, String actor, String action, String target, String centreId, String what,
            Object before, Object after) throws SQLException {
        audit.recordChange(c, actor, action, target, centreId, text(before), text(after));
        if (what != null) {
            events.publish(c, EVENT, Map.of("centreId", centreId, "what", what));
        }
    }

    private String text(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An audit value cannot be written as JSON", e);
        }
    }
}
