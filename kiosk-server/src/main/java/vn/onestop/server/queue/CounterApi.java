package vn.onestop.server.queue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.Optional;
import vn.onestop.server.http.Guard;
import vn.onestop.server.http.Json;
import vn.onestop.server.http.RouteTable;
import vn.onestop.server.kiosk.KioskRegistry;
import vn.onestop.server.staff.Access;
import vn.onestop.server.staff.AuditLog;

/** HTTP I/O for counter staff (call, recall, serve, no-show, transfer, park, return, complete) and supervisors. */
public final class CounterApi {
    private final CounterDesk desk;
    private final QueueService queue;
    private final KioskRegistry kiosks;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final CounterBinding binding;

    /** Transfer body. */
    public record Transfer(String toService) {}

    /** Void body. */
    public record VoidBody(String reason) {}

    public CounterApi(CounterDesk desk, QueueService queue, KioskRegistry kiosks, AuditLog audit, ObjectMapper json,
            CounterBinding binding) {
        this.binding = binding;
        this.desk = desk;
        this.queue = queue;
        this.kiosks = kiosks;
        this.audit = audit;
        this.json = json;
    }

    public void register(RouteTable r) {
        String c = "/api/v1/counters/{counter}";
        r.post(c + "/open", ctx -> open(ctx, true), Access.COUNTER);
        r.post(c + "/close", ctx -> open(ctx, false), Access.COUNTER);
        r.post(c + "/next", this::next, Access.COUNTER);
        String t = c + "/tickets/{ticket}";
        r.post(t + "/recall", ctx -> act(ctx, "recall", desk::recall), Access.COUNTER);
        r.post(t + "/serve", ctx -> act(ctx, "serve", desk::serve), Access.COUNTER);
        r.post(t + "/no-show", ctx -> act(ctx, "no-show", desk::noShow), Access.COUNTER);
        r.post(t + "/complete", ctx -> act(ctx, "complete", desk::complete), Access.COUNTER);
        r.post(t + "/park", ctx -> act(ctx, "park", desk::park), Access.COUNTER);
        r.post(t + "/return", ctx -> act(ctx, "return", desk::unpark), Access.COUNTER);
        r.post(t + "/transfer", this::transfer, Access.COUNTER);
        r.post("/api/v1/supervisor/tickets/{ticket}/void", this::voidTicket, Access.SUPERVISOR);
        r.get("/api/v1/supervisor/queues", ctx -> ctx.json(queue.queues(Guard.centre(ctx))), Access.SUPERVISOR,
                Access.COUNTER);
        r.get("/api/v1/supervisor/counters", ctx -> ctx.json(desk.overview(Guard.centre(ctx))), Access.SUPERVISOR,
                Access.COUNTER);
        r.get("/api/v1/supervisor/kiosks", ctx -> ctx.json(kiosks.list(Guard.centre(ctx))), Access.SUPERVISOR);
        r.get("/api/v1/supervisor/alerts", ctx -> ctx.json(kiosks.list(Guard.centre(ctx)).stream()
                .filter(k -> !k.problems().isEmpty()).toList()), Access.SUPERVISOR);
    }

    /** One counter operation on a ticket. */
    @FunctionalInterface
    private interface TicketAction {
        Ticket apply(String centreId, String counterId, String ticketId, String actor);
    }

    private void open(Context ctx, boolean open) {
        String user = Guard.staff(ctx).username();
        if (open) {
            binding.checkOpen(ctx);
        } else {
            binding.check(ctx);
        }
        desk.setOpen(Guard.centre(ctx), ctx.pathParam("counter"), open, user);
        audit.record(user, open ? "counter.open" : "counter.close", ctx.pathParam("counter"), null, Guard.centre(ctx));
        ctx.status(204);
    }

    private void next(Context ctx) {
        binding.check(ctx);
        String user = Guard.staff(ctx).username();
        Optional<Ticket> t = desk.callNext(Guard.centre(ctx), ctx.pathParam("counter"), user, ctx.queryParam("expectCurrent"));
        if (t.isEmpty()) {
            ctx.status(204);
            return;
        }
        ctx.json(queue.view(t.get()));
    }

    private void act(Context ctx, String name, TicketAction action) {
        binding.check(ctx);
        String user = Guard.staff(ctx).username();
        Ticket t = action.apply(Guard.centre(ctx), ctx.pathParam("counter"), ctx.pathParam("ticket"), user);
        audit.record(user, "ticket." + name, t.displayNumber(), "counter " + ctx.pathParam("counter"),
                Guard.centre(ctx));
        ctx.json(queue.view(t));
    }

    private void transfer(Context ctx) {
        binding.check(ctx);
        Transfer b = Json.body(ctx, json, Transfer.class);
        String user = Guard.staff(ctx).username();
        Ticket t = desk.transfer(Guard.centre(ctx), ctx.pathParam("counter"), ctx.pathParam("ticket"), b.toService(), user);
        audit.record(user, "ticket.transfer", t.displayNumber(), "to " + b.toService(), Guard.centre(ctx));
        ctx.json(queue.view(t));
    }

    private void voidTicket(Context ctx) {
        VoidBody b = Json.body(ctx, json, VoidBody.class);
        String user = Guard.staff(ctx).username();
        ctx.json(queue.voidTicket(Guard.centre(ctx), null, ctx.pathParam("ticket"), b.reason(), user));
        audit.record(user, "ticket.void", ctx.pathParam("ticket"), b.reason(), Guard.centre(ctx));
    }
}
