package vn.onestop.server.rating;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.onestop.core.rating.RatingLevel;
import vn.onestop.server.Rejection;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;
import vn.onestop.server.dossier.FilingSettings;
import vn.onestop.server.events.EventBus;
import vn.onestop.server.events.SseOutbox;
import vn.onestop.server.events.SseSender;
import vn.onestop.server.http.ClientAddress;
import vn.onestop.server.http.Guard;
import vn.onestop.server.http.Json;
import vn.onestop.server.http.RouteTable;
import vn.onestop.server.http.SecretAttempts;
import vn.onestop.server.report.ReportService;
import vn.onestop.server.staff.Access;

/**
 * HTTP I/O of the counters' rating tablets (issue 27): enrolment codes (centre admin), the list and revocation
 * (technician), officials' photos, the tablet's own calls (state, its counter's live events, the rating, "not
 * rated" on timeout), and supervisors' rating reports per official, counter, service or centre, and today's.
 */
public final class RatingDeviceApi {
    /** Live events that may change what a counter's tablet shows. */
    private static final Set<String> COUNTER_EVENTS = Set.of("ticket.done", "ticket.called", "ticket.serving",
            "ticket.no_show", "ticket.parked", "counter.state", "dossier.received");
    private final RatingDevices devices;
    private final CounterTablet tablet;
    private final OfficialPhotos photos;
    private final RatingBreakdown breakdown;
    private final ReportService reports;
    private final FilingSettings settings;
    private final Database db;
    private final String centreName;
    private final ObjectMapper json;
    private final EventBus events;
    private final SseSender streams;
    private final ClientAddress client;
    private final SecretAttempts secretAttempts;

    /** Enrolment body. */
    public record Enrol(String code, String name) {}

    /** Code request body. */
    public record CodeRequest(String counterId) {}

    /** The tablet's rating body: the ticket or the dossier it shows. */
    public record TabletRating(String ticketId, String dossierCode, int score, List<String> reasons) {}

    /** The tablet's timeout body. */
    public record Timeout(String ticketId, String dossierCode) {}

    /** Wiring: the tablets' parts, and the server's shared pieces they use. */
    public record Parts(RatingDevices devices, CounterTablet tablet, OfficialPhotos photos, RatingBreakdown breakdown,
                        ReportService reports, FilingSettings settings, Database db, String centreName) {}

    public RatingDeviceApi(Parts parts, ObjectMapper json, EventBus events, SseSender streams, ClientAddress client,
            SecretAttempts secretAttempts) {
        this.devices = parts.devices();
        this.tablet = parts.tablet();
        this.photos = parts.photos();
        this.breakdown = parts.breakdown();
        this.reports = parts.reports();
        this.settings = parts.settings();
        this.db = parts.db();
        this.centreName = parts.centreName();
        this.json = json;
        this.events = events;
        this.streams = streams;
        this.client = client;
        this.secretAttempts = secretAttempts;
    }

    public void register(RouteTable r) {
        r.post("/api/v1/admin/rating-devices/codes", this::code, Access.ADMIN);
        r.get("/api/v1/technician/rating-devices", ctx -> ctx.json(devices.list(Guard.centre(ctx))), Access.TECHNICIAN);
        r.post("/api/v1/technician/rating-devices/{id}/revoke", this::revoke, Access.TECHNICIAN);
        r.post("/api/v1/admin/staff-photos/{username}", this::upload, Access.ADMIN);
        r.get("/api/v1/staff-photos/{username}", this::photo, Access.STAFF);
        r.post("/api/v1/rating-device/enrol", this::enrol, Access.PUBLIC);
        r.get("/api/v1/rating-device/state", this::state, Access.RATING_DEVICE);
        r.get("/api/v1/rating-device/events", streams.route(client::of, this::stream, "Too many open event streams "
                + "from this address or in all: try again later"), Access.RATING_DEVICE);
        r.post("/api/v1/rating-device/rating", this::rate, Access.RATING_DEVICE);
        r.post("/api/v1/rating-device/not-rated", this::notRated, Access.RATING_DEVICE);
        r.get("/api/v1/ratings/tickets/{id}", ctx -> ctx.json(tablet.ratings().check(ctx.pathParam("id"),
                Guard.centre(ctx))), Access.KIOSK);
        r.get("/api/v1/ratings/dossiers/{code}", ctx -> ctx.json(tablet.ratings().checkDossier(ctx.pathParam("code"),
                Guard.centre(ctx))), Access.KIOSK);
        r.get("/api/v1/supervisor/ratings/report", this::report, Access.SUPERVISOR);
        r.get("/api/v1/supervisor/ratings/report.csv", this::reportCsv, Access.SUPERVISOR);
        r.get("/api/v1/supervisor/ratings/today", this::today, Access.SUPERVISOR);
    }

    private void code(Context ctx) {
        CodeRequest b = Json.body(ctx, json, CodeRequest.class);
        ctx.status(201).json(devices.createCode(b.counterId(), Guard.staff(ctx).username(),
                Guard.centre(ctx)));
    }

    private void revoke(Context ctx) {
        devices.revoke(ctx.pathParam("id"), Guard.staff(ctx).username(), Guard.centre(ctx));
        ctx.status(204);
    }

    private void enrol(Context ctx) {
        Enrol b = Json.body(ctx, json, Enrol.class);
        ctx.status(201).json(secretAttempts.attempt(ctx, () -> devices.enrol(b.code(), b.name())));
    }

    private void upload(Context ctx) {
        byte[] body;
        try (InputStream in = ctx.req().getInputStream()) {
            body = in.readNBytes(OfficialPhotos.MAX_BYTES + 1);
        } catch (IOException e) {
            throw Rejection.invalid("The photo could not be read: " + e.getMessage());
        }
        photos.store(ctx.pathParam("username"), body, Guard.staff(ctx).username());
        ctx.status(204);
    }

    private void photo(Context ctx) {
        OfficialPhotos.Photo p = photos.find(ctx.pathParam("username"))
                .orElseThrow(() -> Rejection.notFound("No photo for this official"));
        ctx.contentType(p.contentType()).result(p.bytes());
    }

    private void state(Context ctx) {
        RatingDevices.Tablet t = Guard.tablet(ctx);
        devices.seen(t.id());
        String counterName = db.read(c -> Rows.one(c, "SELECT name FROM counter WHERE id = ?", rs -> rs.getString(1),
                t.counterId())).orElse(t.counterId());
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("centreName", db.read(c -> Rows.one(c, "SELECT name_vi FROM centre WHERE id = ?",
                rs -> rs.getString(1), Guard.centre(ctx))).orElse(centreName));
        state.put("counterId", t.counterId());
        state.put("counterName", counterName);
        state.put("timeoutSeconds", tablet.timeout().toSeconds());
        state.put("levels", Arrays.stream(RatingLevel.values())
                .map(l -> new RatingApi.Level(l.score(), l.nameVi(), l.nameEn(), l.isLow())).toList());
        state.put("reasons", settings.ratingReasons());
        state.put("served", tablet.current(t.counterId()).orElse(null));
        ctx.json(state);
    }

    private void stream(SseClient sse) {
        String counter = Guard.tablet(sse.ctx()).counterId();
        SseOutbox.open(sse, events, json, e -> COUNTER_EVENTS.contains(e.type())
                && counter.equals(String.valueOf(e.data().get("counterId")))
                ? new EventBus.LiveEvent(e.id(), "counter.changed", Map.of("counterId", counter)) : null,
                streams.attached(sse));
    }

    private void rate(Context ctx) {
        TabletRating b = Json.body(ctx, json, TabletRating.class);
        tablet.rate(Guard.tablet(ctx), b.ticketId(), b.dossierCode(), b.score(), b.reasons());
        ctx.status(204);
    }

    private void notRated(Context ctx) {
        Timeout b = Json.body(ctx, json, Timeout.class);
        tablet.notRated(Guard.tablet(ctx), b.ticketId(), b.dossierCode());
        ctx.status(204);
    }

    private void report(Context ctx) {
        ReportService.Range range = reports.range(ctx.queryParam("from"), ctx.queryParam("to"));
        RatingBreakdown.By by = RatingBreakdown.By.of(ctx.queryParam("by"));
        ctx.json(Map.of("by", by.code(), "from", range.from().toString(), "to", range.to().toString(),
                "reasons", breakdown.reasons(), "groups", breakdown.by(by, range, Guard.centre(ctx))));
    }

    private void reportCsv(Context ctx) {
        ReportService.Range range = reports.range(ctx.queryParam("from"), ctx.queryParam("to"));
        RatingBreakdown.By by = RatingBreakdown.By.of(ctx.queryParam("by"));
        ctx.header("Content-Disposition", "attachment; filename=\"ratings-by-" + by.code() + "-" + range.from() + "-"
                + range.to() + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(breakdown.csv(by, breakdown.by(by, range,
                Guard.centre(ctx))));
    }

    private void today(Context ctx) {
        String centreId = Guard.centre(ctx);
        RatingBreakdown.Group centre = breakdown.today(RatingBreakdown.By.CENTRE, centreId).get(0);
        Map<String, Object> today = new LinkedHashMap<>();
        today.put("ratings", centre.ratings());
        today.put("average", centre.average());
        today.put("notRated", centre.notRated());
        today.put("levels", centre.levels());
        today.put("counters", breakdown.today(RatingBreakdown.By.COUNTER, centreId));
        ctx.json(today);
    }
}
