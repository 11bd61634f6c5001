package vn.onestop.server.rating;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.List;
import vn.onestop.core.rating.RatingLevel;
import vn.onestop.core.wire.RatingReasonInfo;
import vn.onestop.core.wire.RatingRequest;
import vn.onestop.server.dossier.FilingSettings;
import vn.onestop.server.http.Json;
import vn.onestop.server.http.RouteTable;
import vn.onestop.server.staff.Access;

/** HTTP I/O of a counter's rating page (a tablet logged in at the counter): what to rate, and the rating. */
public final class RatingApi {
    private final RatingService ratings;
    private final FilingSettings settings;
    private final ObjectMapper json;

    /** Counter rating body: the level and, with a low level, reasons. */
    public record CounterRating(int score, List<String> reasons, String comment) {}

    /** What the page shows: the ticket, the five levels, the reasons. */
    public record Page(String ticketId, String displayNumber, List<Level> levels, List<RatingReasonInfo> reasons) {}

    /** One rating level as shown. */
    public record Level(int score, String nameVi, String nameEn, boolean asksReasons) {}

    public RatingApi(RatingService ratings, FilingSettings settings, ObjectMapper json) {
        this.ratings = ratings;
        this.settings = settings;
        this.json = json;
    }

    public void register(RouteTable r) {
        r.get("/api/v1/counters/{counter}/rating", this::page, Access.COUNTER);
        r.post("/api/v1/counters/{counter}/rating", this::rate, Access.COUNTER);
    }

    private void page(Context ctx) {
        var target = ratings.target(ctx.pathParam("counter"));
        if (target.isEmpty()) {
            ctx.status(204);
            return;
        }
        List<Level> levels = java.util.Arrays.stream(RatingLevel.values())
                .map(l -> new Level(l.score(), l.nameVi(), l.nameEn(), l.isLow())).toList();
        ctx.json(new Page(target.get().ticketId(), target.get().displayNumber(), levels, settings.ratingReasons()));
    }

    private void rate(Context ctx) {
        CounterRating b = Json.body(ctx, json, CounterRating.class);
        ratings.rateAtCounter(ctx.pathParam("counter"), new RatingRequest(null, null, b.score(), b.reasons(),
                b.comment()));
        ctx.status(204);
    }
}
