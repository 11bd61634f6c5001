package vn.onestop.server.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.util.List;
import java.util.Map;
import vn.onestop.server.events.EventBus;
import vn.onestop.server.events.SseOutbox;
import vn.onestop.server.events.SseSender;
import vn.onestop.server.http.ClientAddress;
import vn.onestop.server.http.Guard;
import vn.onestop.server.http.Json;
import vn.onestop.server.http.RouteTable;
import vn.onestop.server.http.SecretAttempts;
import vn.onestop.server.staff.Access;
import vn.onestop.server.staff.AuditLog;

/**
 * The device gateway's HTTP calls (enrolment, its counter's event stream and state, display reports, keypad keys;
 * each authorised by that counter's device token, checked by the {@link Guard}) and the technician's (enrolment codes,
 * the displays' states, a test pattern).
 */
public final class GatewayApi {
    private final GatewayRegistry gateways;
    private final KeypadDesk keypads;
    private final EventBus bus;
    private final ObjectMapper json;
    private final SseSender sender;
    private final ClientAddress client;
    private final SecretAttempts secretAttempts;
    private final AuditLog audit;
    private CounterPrints prints;

    /** Enrolment-code body. */
    public record CodeRequest(List<String> counters) {}

    public GatewayApi(GatewayRegistry gateways, KeypadDesk keypads, EventBus bus, ObjectMapper json, SseSender sender,
            ClientAddress client, SecretAttempts secretAttempts, AuditLog audit) {
        this.gateways = gateways;
        this.keypads = keypads;
        this.bus = bus;
        this.json = json;
        this.sender = sender;
        this.client = client;
        this.secretAttempts = secretAttempts;
        this.audit = audit;
    }

    /** With the counters' thermal printers (receipt slips); without it those routes are not registered. */
    public GatewayApi prints(CounterPrints counterPrints) {
        this.prints = counterPrints;
        return this;
    }

    /** Print request body: the counter the console works at. */
    public record PrintRequest(String counterId) {}

    public void register(RouteTable r) {
        r.post("/api/v1/gateway/enrol", this::enrol, Access.PUBLIC);
        String c = "/api/v1/gateway/counters/{counter}";
        r.get(c + "/state", ctx -> ctx.json(keypads.state(Guard.gatewayCounter(ctx))), Access.GATEWAY);
        r.get(c + "/events", sender.route(client::of, this::stream, "Too many open gateway streams from this "
                + "address or in all"), Access.GATEWAY);
        r.post(c + "/status", this::status, Access.GATEWAY);
        r.post(c + "/keypad/{action}", ctx -> ctx.json(keypads.act(Guard.gatewayCounter(ctx),
                ctx.pathParam("action"))), Access.GATEWAY);
        if (prints != null) {
            r.post(c + "/printer", ctx -> {
                prints.reportPrinter(Guard.gateway(ctx), Json.body(ctx, json, CounterPrints.PrinterReport.class));
                ctx.status(204);
            }, Access.GATEWAY);
            r.get(c + "/slips/{code}", ctx -> ctx.json(prints.slipFor(Guard.gateway(ctx), ctx.pathParam("code"))),
                    Access.GATEWAY);
            r.post(c + "/slips/{code}/result", ctx -> ctx.json(prints.result(Guard.gateway(ctx),
                    ctx.pathParam("code"), Json.body(ctx, json, CounterPrints.PrintResult.class))), Access.GATEWAY);
            String p = "/api/v1/staff/prepared/{code}/counter-print";
            r.get(p, ctx -> ctx.json(prints.state(ctx.pathParam("code"), Guard.centre(ctx))), Access.COUNTER);
            r.post(p, ctx -> ctx.json(prints.request(ctx.pathParam("code"),
                    Json.body(ctx, json, PrintRequest.class).counterId(), Guard.staff(ctx).username(),
                    Guard.centre(ctx))),
                    Access.COUNTER);
        }
        r.post("/api/v1/technician/gateway-codes", this::code, Access.TECHNICIAN);
        r.get("/api/v1/technician/displays", ctx -> ctx.json(gateways.displays(Guard.centre(ctx))), Access.TECHNICIAN);
        r.post("/api/v1/technician/displays/{counter}/test-pattern", this::testPattern, Access.TECHNICIAN);
    }

    private void enrol(Context ctx) {
        GatewayRegistry.EnrolRequest request = Json.body(ctx, json, GatewayRegistry.EnrolRequest.class);
        ctx.status(201).json(secretAttempts.attempt(ctx, () -> gateways.enrol(request)));
    }

    private void code(Context ctx) {
        CodeRequest body = Json.body(ctx, json, CodeRequest.class);
        ctx.status(201).json(Map.of("enrolmentCode", gateways.createCode(body.counters(),
                Guard.staff(ctx).username(), Guard.centre(ctx))));
    }

    private void status(Context ctx) {
        GatewayRegistry.DisplayReport report = Json.body(ctx, json, GatewayRegistry.DisplayReport.class);
        gateways.report(Guard.gateway(ctx), report);
        ctx.status(204);
    }

    private void testPattern(Context ctx) {
        String counter = ctx.pathParam("counter");
        String centre = Guard.centre(ctx);
        if (gateways.displays(centre).stream().noneMatch(d -> d.counterId().equals(counter))) {
            throw vn.onestop.server.Rejection.notFound("No gateway display for counter " + counter);
        }
        bus.publish("display.test", Map.of("counterId", counter, "centreId", centre));
        audit.record(Guard.staff(ctx).username(), "display.test-pattern", counter, null, Guard.centre(ctx));
        ctx.status(202);
    }

    /** The counter's stream: its calls (a recall blinks), its closing, and test patterns; Last-Event-ID resumes. */
    private void stream(SseClient sse) {
        String counter = Guard.gatewayCounter(sse.ctx());
        SseOutbox.open(sse, bus, json, vn.onestop.server.events.EventCentres.notOther(Guard.centre(sse.ctx()),
                e -> shown(counter, e)), sender.attached(sse));
    }

    static EventBus.LiveEvent shown(String counter, EventBus.LiveEvent e) {
        if (!counter.equals(String.valueOf(e.data().get("counterId")))) {
            return null;
        }
        return switch (e.type()) {
            // A recall also publishes the status move as a bare "ticket.called" (no recall flag): the flagged one counts.
            case "ticket.called" -> e.data().get("recall") == null || e.data().get("number") == null ? null
                    : new EventBus.LiveEvent(e.id(), "display.show", Map.of("number", e.data().get("number"),
                            "recall", e.data().get("recall")));
            case "counter.state" -> Boolean.FALSE.equals(e.data().get("open"))
                    ? new EventBus.LiveEvent(e.id(), "display.clear", Map.of()) : null;
            case "display.test" -> new EventBus.LiveEvent(e.id(), "display.test", Map.of());
            case "slip.print" -> new EventBus.LiveEvent(e.id(), "slip.print", Map.of("code", e.data().get("code")));
            default -> null;
        };
    }
}
