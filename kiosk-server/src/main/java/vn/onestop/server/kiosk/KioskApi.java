package vn.onestop.server.kiosk;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import vn.onestop.core.wire.DossierRegistration;
import vn.onestop.core.wire.EnrolRequest;
import vn.onestop.core.wire.Heartbeat;
import vn.onestop.core.wire.IssueTicketRequest;
import vn.onestop.core.wire.RatingRequest;
import vn.onestop.core.wire.VoidTicketRequest;
import vn.onestop.server.dossier.DossierService;
import vn.onestop.server.http.Guard;
import vn.onestop.server.http.Json;
import vn.onestop.server.http.RouteTable;
import vn.onestop.server.http.SecretAttempts;
import vn.onestop.server.ops.Metrics;
import vn.onestop.server.queue.QueueService;
import vn.onestop.server.rating.RatingService;
import vn.onestop.server.staff.Access;

/** HTTP I/O of the kiosk API under {@code /api/v1}; the services do the work. */
public final class KioskApi {
    private final KioskRegistry kiosks;
    private final QueueService queue;
    private final DossierService dossiers;
    private final RatingService ratings;
    private final ObjectMapper json;
    private final Metrics metrics;
    private final SecretAttempts secretAttempts;
    /** The heartbeat reply's header naming the kiosk configuration's current ETag. */
    public static final String CONFIG_HINT_HEADER = "X-Kiosk-Config-ETag";
    private final KioskConfigSource configs;
    private vn.onestop.server.mobile.MobileTickets links;

    public KioskApi(KioskRegistry kiosks, QueueService queue, DossierService dossiers, RatingService ratings,
            ObjectMapper json,
            Metrics metrics, SecretAttempts secretAttempts, KioskConfigSource configs) {
        this.secretAttempts = secretAttempts;
        this.kiosks = kiosks;
        this.queue = queue;
        this.dossiers = dossiers;
        this.ratings = ratings;
        this.json = json;
        this.metrics = metrics;
        this.configs = configs;
    }

    /** Issued tickets carry a link for phones when the centre lets phones in (issue 24). */
    public KioskApi links(vn.onestop.server.mobile.MobileTickets mobile) {
        this.links = mobile;
        return this;
    }

    public void register(RouteTable r) {
        r.post("/api/v1/kiosk/enrol", this::enrol, Access.PUBLIC);
        r.get("/api/v1/kiosk/config", this::config, Access.KIOSK);
        r.post("/api/v1/kiosk/heartbeat", this::heartbeat, Access.KIOSK);
        r.post("/api/v1/tickets", this::issue, Access.KIOSK);
        r.get("/api/v1/tickets/{id}", ctx -> ctx.json(queue.find(Guard.centre(ctx), ctx.pathParam("id"))), Access.KIOSK, Access.STAFF);
        r.post("/api/v1/tickets/{id}/void", this::voidTicket, Access.KIOSK);
        r.post("/api/v1/dossiers", this::registerDossier, Access.KIOSK);
        r.get("/api/v1/dossiers/{code}", ctx -> ctx.json(dossiers.lookup(ctx.pathParam("code"),
                Guard.centre(ctx))), Access.KIOSK,
                Access.STAFF);
        r.post("/api/v1/ratings", this::rate, Access.KIOSK);
    }

    private void enrol(Context ctx) {
        EnrolRequest request = Json.body(ctx, json, EnrolRequest.class);
        ctx.status(201).json(secretAttempts.attempt(ctx, () -> kiosks.enrol(request)));
    }

    /** The configuration of the kiosk's own centre, with that centre's ETag. */
    private void config(Context ctx) {
        KioskConfigSource.Document d = configs.forCentre(Guard.centre(ctx));
        ctx.header("ETag", d.etag());
        ctx.header("Cache-Control", "no-cache");
        if (d.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType("application/json").result(d.body());
    }

    /**
     * Records the heartbeat; the reply names the kiosk configuration's current ETag (push hint, issue 21): a kiosk
     * holding another one fetches the configuration now instead of at its next poll. Older kiosks ignore it.
     */
    private void heartbeat(Context ctx) {
        kiosks.heartbeat(Guard.kioskId(ctx), Json.body(ctx, json, Heartbeat.class));
        ctx.header(CONFIG_HINT_HEADER, configs.forCentre(Guard.centre(ctx)).etag());
        ctx.status(204);
    }

    /**
     * Issues asynchronously: the request thread goes back to Jetty while the writer commits, and the reply is
     * written from the writer's reply thread (64 kiosks no longer hold 64 parked threads, each woken per ticket).
     */
    private void issue(Context ctx) {
        long start = System.nanoTime();
        String kiosk = Guard.kioskId(ctx);
        IssueTicketRequest request = Json.body(ctx, json, IssueTicketRequest.class);
        ctx.future(() -> queue.issue(Guard.centre(ctx), kiosk, request).thenCompose(ticket -> links == null
                ? java.util.concurrent.CompletableFuture.completedFuture(ticket)
                : links.withLink(ticket, request.offline())).thenAccept(ticket -> {
            ctx.status(201).json(ticket);
            metrics.ticketIssued(System.nanoTime() - start);
        }));
    }

    private void voidTicket(Context ctx) {
        VoidTicketRequest req = Json.body(ctx, json, VoidTicketRequest.class);
        String kiosk = Guard.kioskId(ctx);
        ctx.json(queue.voidTicket(Guard.centre(ctx), kiosk, ctx.pathParam("id"), req.reason(), "kiosk:" + kiosk));
    }

    private void registerDossier(Context ctx) {
        ctx.status(201).json(dossiers.register(Guard.kioskId(ctx), Guard.centre(ctx), Json.body(ctx, json,
                DossierRegistration.class)));
    }

    private void rate(Context ctx) {
        ratings.rate(Guard.kioskId(ctx), Json.body(ctx, json, RatingRequest.class));
        ctx.status(204);
    }
}
