package vn.onestop.server.connector;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Map;
import vn.onestop.server.Rejection;
import vn.onestop.server.http.Guard;
import vn.onestop.server.http.RouteTable;
import vn.onestop.server.http.SecretAttempts;
import vn.onestop.server.staff.Access;
import vn.onestop.server.staff.AuditLog;

/**
 * HTTP I/O of the connector: the technicians' backlog and "retry now", and the callback route where the provincial
 * system pushes status changes (no session: each request is signed with the shared secret, and wrong signatures
 * from one address are limited like wrong one-time codes).
 */
public final class ConnectorApi {
    private final ProvincialConnector connector;
    private final StatusChanges changes;
    private final Signatures signatures;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final SecretAttempts attempts;
    private final Clock clock;

    /** {@code signatures} is null when the connector is off. */
    public ConnectorApi(ProvincialConnector connector, StatusChanges changes, Signatures signatures, AuditLog audit,
            ObjectMapper json, SecretAttempts attempts, Clock clock) {
        this.connector = connector;
        this.changes = changes;
        this.signatures = signatures;
        this.audit = audit;
        this.json = json;
        this.attempts = attempts;
        this.clock = clock;
    }

    public void register(RouteTable r) {
        r.get("/api/v1/technician/connector/outbox", ctx -> ctx.json(connector.backlog(Guard.centre(ctx))), Access.TECHNICIAN);
        r.post("/api/v1/technician/connector/outbox/{id}/retry", this::retry, Access.TECHNICIAN);
        r.post("/api/v1/connector/status-changes", this::statusChanged, Access.PUBLIC);
    }

    private void retry(Context ctx) {
        String id = ctx.pathParam("id");
        if (!connector.retryNow(id, Guard.centre(ctx))) {
            throw Rejection.notFound("No undelivered outbox row " + id);
        }
        audit.record(Guard.staff(ctx).username(), "connector.retry", id, null, Guard.centre(ctx));
        ctx.json(Map.of("retried", true));
    }

    private void statusChanged(Context ctx) {
        if (!connector.enabled() || signatures == null) {
            throw Rejection.notFound("The connector to the provincial system is off on this server");
        }
        byte[] body = ctx.bodyAsBytes();
        attempts.attempt(ctx, () -> {
            String problem = signatures.problem(ctx.header(Signatures.TIMESTAMP_HEADER),
                    ctx.header(Signatures.SIGNATURE_HEADER), body, clock.instant().getEpochSecond());
            if (problem != null) {
                throw new Rejection(Rejection.Kind.FORBIDDEN, "Signature refused: " + problem);
            }
            return null;
        });
        StatusChanges.StatusChange change = parse(body);
        boolean fresh = changes.apply(change);
        ctx.json(Map.of("applied", true, "duplicate", !fresh));
    }

    /** The signed bytes as a status change (read once: the signature covers exactly these bytes). */
    private StatusChanges.StatusChange parse(byte[] body) {
        try {
            StatusChanges.StatusChange change = json.readerFor(StatusChanges.StatusChange.class)
                    .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(body);
            if (change == null) {
                throw Rejection.invalid("A JSON object is required");
            }
            return change;
        } catch (java.io.IOException e) {
            throw Rejection.invalid("Body is not a valid status change (docs/provincial-connector.md)");
        }
    }
}
