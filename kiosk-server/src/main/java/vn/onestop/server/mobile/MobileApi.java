package vn.onestop.server.mobile;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.sse.SseClient;
import java.util.Objects;
import java.util.function.Function;
import vn.onestop.server.events.SseSender;
import vn.onestop.server.http.ClientAddress;
import vn.onestop.server.http.Json;
import vn.onestop.server.http.Pages;
import vn.onestop.server.http.RouteTable;
import vn.onestop.server.http.SecretAttempts;
import vn.onestop.server.staff.Access;

/**
 * The citizen's phone (issue 24), no login: the page {@code /t/{token}} and its calls under
 * {@code /api/v1/mobile/tickets/{token}}: the state, a live stream of it, "I am coming back", "I am back" and
 * "cancel my ticket", and "notify me by e-mail / SMS". Every call with a token goes through {@link SecretAttempts}: an address that tried too many
 * unknown or expired links waits, whatever it asks next, so links cannot be enumerated. A stream sends the whole
 * state (event {@code state}) at once and again whenever its centre's queue moved and the state changed ({@link
 * PhoneStreams}); {@code gone} when the link expired. Past the stream caps the page polls the state instead.
 */
public final class MobileApi {
    private static final String TICKET_ATTR = "mobile.ticket";
    private final MobileTickets mobile;
    private final ObjectMapper json;
    private final PhoneStreams phones;
    private final SseSender sender;
    private final ClientAddress client;
    private final SecretAttempts attempts;
    private final String page;

    public MobileApi(MobileTickets mobile, ObjectMapper json, PhoneStreams phones, SseSender sender, ClientAddress client,
            SecretAttempts attempts) {
        this.mobile = mobile;
        this.json = json;
        this.phones = phones;
        this.sender = sender;
        this.client = client;
        this.attempts = attempts;
        this.page = Pages.load("mobile-ticket");
    }

    public void register(RouteTable r) {
        r.get("/t/{token}", ctx -> ctx.html(page), Access.PUBLIC);
        String base = "/api/v1/mobile/tickets/{token}";
        r.get(base, ctx -> ctx.json(guarded(ctx, mobile::state)), Access.PUBLIC);
        r.post(base + "/park", ctx -> ctx.json(guarded(ctx, mobile::park)), Access.PUBLIC);
        r.post(base + "/back", ctx -> ctx.json(guarded(ctx, mobile::back)), Access.PUBLIC);
        r.post(base + "/cancel", ctx -> ctx.json(guarded(ctx, mobile::cancel)), Access.PUBLIC);
        r.post(base + "/notify", ctx -> ctx.json(guarded(ctx, token -> {
            NotifyBody body = Json.body(ctx, json, NotifyBody.class);
            return mobile.notify(token, body.channel(), body.address());
        })), Access.PUBLIC);
        Handler stream = sender.route(client::of, this::stream, "Too many open ticket streams from this address or "
                + "in all: the page asks every few seconds instead");
        r.get(base + "/events", ctx -> {
            ctx.attribute(TICKET_ATTR, guarded(ctx, mobile::followed));
            stream.handle(ctx);
        }, Access.PUBLIC);
    }

    /** "Notify me": {@code channel} is {@code email} or {@code sms}. */
    record NotifyBody(String channel, String address) {}

    private <T> T guarded(Context ctx, Function<String, T> action) {
        String token = ctx.pathParam("token");
        return attempts.attempt(ctx, () -> action.apply(token));
    }

    /** One phone's stream: the state now, then again each time its centre's queue moved and the state changed. */
    private void stream(SseClient sse) {
        MobileTickets.Followed ticket = Objects.requireNonNull(sse.ctx().attribute(TICKET_ATTR));
        phones.follow(ticket, sse, sender.attached(sse));
    }
}
