package vn.onestop.server.report;

import io.javalin.http.Context;
import java.util.List;
import vn.onestop.server.Rejection;
import vn.onestop.server.centre.Centre;
import vn.onestop.server.http.Guard;
import vn.onestop.server.http.RouteTable;
import vn.onestop.server.staff.Access;

/** HTTP I/O of the supervisor dashboard: the live view, range reports as JSON, and their CSV export. */
public final class ReportApi {
    static final int DEFAULT_ALERT_MINUTES = 20;
    private final ReportService reports;
    private final LiveStats live;

    public ReportApi(ReportService reports, LiveStats live) {
        this.reports = reports;
        this.live = live;
    }

    public void register(RouteTable r) {
        r.get("/api/v1/supervisor/live", this::live, Access.SUPERVISOR);
        r.get("/api/v1/supervisor/report", this::report, Access.SUPERVISOR);
        r.get("/api/v1/supervisor/report.csv", this::csv, Access.SUPERVISOR);
    }

    private void live(Context ctx) {
        String a = ctx.queryParam("alertMinutes");
        int minutes;
        try {
            minutes = a == null || a.isBlank() ? DEFAULT_ALERT_MINUTES : Integer.parseInt(a.trim());
        } catch (NumberFormatException e) {
            throw Rejection.invalid("alertMinutes must be a whole number of minutes");
        }
        if (minutes < 1 || minutes > 600) {
            throw Rejection.invalid("alertMinutes must be 1 to 600");
        }
        ctx.json(live.now(vn.onestop.server.http.Guard.centre(ctx), minutes));
    }

    /** One centre's report (the acting centre), or with {@code ?centre=*} every centre's side by side. */
    private void report(Context ctx) {
        String centre = Guard.centre(ctx);
        ctx.json(Centre.PROVINCE.equals(centre) ? reports.province(range(ctx)) : reports.report(range(ctx), centre));
    }

    private ReportService.Range range(Context ctx) {
        return reports.range(ctx.queryParam("from"), ctx.queryParam("to"));
    }

    private void csv(Context ctx) {
        ReportService.Range r = range(ctx);
        String centre = Guard.centre(ctx);
        boolean all = Centre.PROVINCE.equals(centre);
        ctx.header("Content-Disposition", "attachment; filename=\"report-" + (all ? "all-centres" : centre) + "-"
                + r.from() + "-" + r.to() + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(Csv.write(reports.daily(r, centre), all));
    }

    /** RFC 4180 CSV with a UTF-8 byte order mark, so spreadsheet programs read Vietnamese correctly. */
    static final class Csv {
        private Csv() {}

        /** The rows; {@code withCentre}: a first column naming each row's centre (the every-centre export). */
        static String write(List<ReportView.Daily> rows, boolean withCentre) {
            StringBuilder sb = new StringBuilder("\uFEFF");
            sb.append(withCentre ? "centre," : "").append("day,service,issued,served,no_show,voided,avg_wait_min,max_wait_min,avg_service_min\r\n");
            for (ReportView.Daily row : rows) {
                sb.append(String.join(",", row.cells(withCentre).stream().map(v -> cell(String.valueOf(v))).toList()))
                        .append("\r\n");
            }
            return sb.toString();
        }

        static String cell(String v) {
            return CsvCell.of(v);
        }
    }
}
