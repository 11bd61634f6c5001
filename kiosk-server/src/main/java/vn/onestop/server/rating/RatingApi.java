package vn.onestop.server.rating;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import vn.onestop.core.rating.RatingLevel;
import vn.onestop.core.wire.RatingReasonInfo;
import vn.onestop.core.wire.RatingRequest;
import vn.onestop.server.dossier.FilingSettings;
import vn.onestop.server.http.Guard;
import vn.onestop.server.http.Json;
import vn.onestop.server.http.RouteTable;
import vn.onestop.server.report.ReportService;
import vn.onestop.server.staff.Access;

/**
 * HTTP I/O of a counter's rating page (a tablet logged in at the counter): what to rate, and the rating; and the
 * supervisors' report of ratings per official (JSON and CSV).
 */
public final class RatingApi {
    private final RatingService ratings;
    private final FilingSettings settings;
    private final ObjectMapper json;
    private final RatingReport report;
    private final ReportService reports;
    private final vn.onestop.server.queue.CounterBinding binding;

    /** Counter rating body: the level, with a low level reasons, and optional per-criterion answers (1-5). */
    public record CounterRating(int score, List<String> reasons, String comment, Map<String, Integer> criteria) {}

    /** What the page shows: the ticket, the five levels, the reasons, the optional per-criterion questions. */
    public record Page(String ticketId, String displayNumber, List<Level> levels, List<RatingReasonInfo> reasons,
                       List<RatingReasonInfo> criteria) {}

    /** One rating level as shown. */
    public record Level(int score, String nameVi, String nameEn, boolean asksReasons) {}

    public RatingApi(RatingService ratings, FilingSettings settings, ObjectMapper json, RatingReport report,
                     ReportService reports, vn.onestop.server.queue.CounterBinding binding) {
        this.binding = binding;
        this.ratings = ratings;
        this.settings = settings;
        this.json = json;
        this.report = report;
        this.reports = reports;
    }

    public void register(RouteTable r) {
        r.get("/api/v1/counters/{counter}/rating", this::page, Access.COUNTER);
        r.post("/api/v1/counters/{counter}/rating", this::rate, Access.COUNTER);
        r.get("/api/v1/supervisor/ratings/officials", this::officials, Access.SUPERVISOR);
        r.get("/api/v1/supervisor/ratings/officials.csv", this::officialsCsv, Access.SUPERVISOR);
    }

    private void officials(Context ctx) {
        ReportService.Range range = reports.range(ctx.queryParam("from"), ctx.queryParam("to"));
        List<Level> levels = java.util.Arrays.stream(RatingLevel.values())
                .map(l -> new Level(l.score(), l.nameVi(), l.nameEn(), l.isLow())).toList();
        ctx.json(Map.of("from", range.from().toString(), "to", range.to().toString(), "levels", levels,
                "criteria", report.criteria(), "officials", report.byOfficial(range, Guard.centre(ctx))));
    }

    private void officialsCsv(Context ctx) {
        ReportService.Range range = reports.range(ctx.queryParam("from"), ctx.queryParam("to"));
        ctx.header("Content-Disposition", "attachment; filename=\"ratings-by-official-" + range.from() + "-"
                + range.to() + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(report.csv(report.byOfficial(range,
                Guard.centre(ctx))));
    }

    private void page(Context ctx) {
        var target = ratings.target(ctx.pathParam("counter"), Guard.centre(ctx));
        if (target.isEmpty()) {
            ctx.status(204);
            return;
        }
        List<Level> levels = java.util.Arrays.stream(RatingLevel.values())
                .map(l -> new Level(l.score(), l.nameVi(), l.nameEn(), l.isLow())).toList();
        ctx.json(new Page(target.get().ticketId(), target.get().displayNumber(), levels, settings.ratingReasons(),
                settings.ratingCriteria()));
    }

    private void rate(Context ctx) {
        binding.check(ctx);
        CounterRating b = Json.body(ctx, json, CounterRating.class);
        ratings.rateAtCounter(ctx.pathParam("counter"), Guard.centre(ctx), new RatingRequest(null, null, b.score(),
                b.reasons(), b.comment(), b.criteria()));
        ctx.status(204);
    }
}
