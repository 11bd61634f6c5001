package vn.onestop.server.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import vn.onestop.server.Rejection;
import vn.onestop.server.centre.Centres;
import vn.onestop.server.http.Guard;
import vn.onestop.server.http.Json;
import vn.onestop.server.http.Pages;
import vn.onestop.server.http.RouteTable;
import vn.onestop.server.staff.Access;
import vn.onestop.server.staff.StaffSession;

/**
 * HTTP I/O of the live catalogue, calendar and kiosk texts (issue 21) under {@code /api/v1/admin}, and the staff
 * page {@code /staff/catalogue}. Admins read them; the catalogue and calendar belong to the province, so only a
 * province admin changes them (or the admin of a single-centre install); a centre's admin sets its kiosk texts.
 */
public final class CatalogueApi {
    private final CatalogueStore store;
    private final Centres centres;
    private final ObjectMapper json;
    private final String page;

    public CatalogueApi(CatalogueStore store, Centres centres, ObjectMapper json) {
        this.store = store;
        this.centres = centres;
        this.json = json;
        this.page = Pages.load("catalogue");
    }

    public void register(RouteTable r) {
        r.get("/staff/catalogue", ctx -> ctx.html(page), Access.ADMIN);
        r.get("/api/v1/admin/catalogue", this::list, Access.ADMIN);
        r.put("/api/v1/admin/catalogue/procedures/{code}", this::putProcedure, Access.ADMIN);
        r.delete("/api/v1/admin/catalogue/procedures/{code}", this::deleteProcedure, Access.ADMIN);
        r.post("/api/v1/admin/catalogue/import", this::importList, Access.ADMIN);
        r.get("/api/v1/admin/catalogue/export", this::export, Access.ADMIN);
        r.get("/api/v1/admin/catalogue/changes", ctx -> ctx.json(store.changes().list(100)), Access.ADMIN);
        r.get("/api/v1/admin/calendar", this::calendar, Access.ADMIN);
        r.put("/api/v1/admin/calendar/days/{date}", this::putDay, Access.ADMIN);
        r.delete("/api/v1/admin/calendar/days/{date}", this::deleteDay, Access.ADMIN);
        r.get("/api/v1/admin/kiosk-texts", ctx -> ctx.json(store.texts(Guard.centre(ctx))), Access.ADMIN);
        r.put("/api/v1/admin/kiosk-texts", this::putTexts, Access.ADMIN);
    }

    private void list(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", store.version());
        body.put("mayEdit", mayEditProvince(Guard.staff(ctx)));
        body.put("services", store.document().get("services"));
        body.put("procedures", store.procedures());
        ctx.json(body);
    }

    private void putProcedure(Context ctx) {
        ChangedBy who = province(ctx);
        ctx.json(store.procedureEdits().put(who, ctx.pathParam("code"), Json.body(ctx, json, JsonNode.class)));
    }

    private void deleteProcedure(Context ctx) {
        store.procedureEdits().delete(province(ctx), ctx.pathParam("code"));
        ctx.status(204);
    }

    /** A CSV ({@code Content-Type: text/csv}) or JSON list; all of it or nothing. */
    private void importList(Context ctx) {
        ChangedBy who = province(ctx);
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        String text = new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw Rejection.invalid("The import is empty: send a CSV (text/csv) or JSON list of procedures");
        }
        var lines = type.startsWith("text/csv") ? CatalogueFormats.fromCsv(json, text)
                : type.startsWith("application/json") ? CatalogueFormats.fromJson(json, text)
                : null;
        if (lines == null) {
            throw new Rejection(Rejection.Kind.UNSUPPORTED, "Content-Type must be text/csv or application/json");
        }
        ctx.json(store.procedureEdits().importEntries(who, lines));
    }

    private void export(Context ctx) {
        String format = ctx.queryParam("format") == null ? "json" : ctx.queryParam("format");
        switch (format) {
            case "json" -> {
                ctx.header("Content-Disposition", "attachment; filename=\"procedures.json\"");
                ctx.json(store.document());
            }
            case "csv" -> {
                ctx.header("Content-Disposition", "attachment; filename=\"procedures.csv\"");
                ctx.contentType("text/csv; charset=utf-8").result(CatalogueFormats.toCsv(store.procedures()));
            }
            default -> throw Rejection.invalid("format: must be json or csv");
        }
    }

    private void calendar(Context ctx) {
        int year;
        try {
            year = ctx.queryParam("year") == null ? LocalDate.now().getYear() : Integer.parseInt(ctx.queryParam("year"));
        } catch (NumberFormatException e) {
            throw Rejection.invalid("year: must be a year such as 2026");
        }
        if (year < 2000 || year > 2100) {
            throw Rejection.invalid("year: must be between 2000 and 2100");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", year);
        body.put("listed", store.isListedYear(year));
        body.put("days", store.days(year));
        body.put("mayEdit", mayEditProvince(Guard.staff(ctx)));
        ctx.json(body);
    }

    /** The body of a calendar change. */
    record DayRequest(String kind, String nameVi, String nameEn, String status) {}

    private void putDay(Context ctx) {
        ChangedBy who = province(ctx);
        DayRequest r = Json.body(ctx, json, DayRequest.class);
        ctx.json(store.calendarEdits().put(who, new CalendarDay(date(ctx), r.kind(), r.nameVi(), r.nameEn(),
                r.status() == null ? "official" : r.status()).checkedForStaff()));
    }

    private void deleteDay(Context ctx) {
        store.calendarEdits().delete(province(ctx), date(ctx));
        ctx.status(204);
    }

    private static LocalDate date(Context ctx) {
        try {
            return LocalDate.parse(ctx.pathParam("date"));
        } catch (DateTimeParseException e) {
            throw Rejection.invalid("date: must read YYYY-MM-DD, found '" + ctx.pathParam("date") + "'");
        }
    }

    private void putTexts(Context ctx) {
        StaffSession s = Guard.staff(ctx);
        KioskTexts texts = Json.body(ctx, json, KioskTexts.class);
        ctx.json(store.textEdits().put(new ChangedBy(s.username(), Guard.centre(ctx)), texts));
    }

    /** The change's author, when they may change the province's catalogue and calendar; a 403 otherwise. */
    private ChangedBy province(Context ctx) {
        StaffSession s = Guard.staff(ctx);
        if (!mayEditProvince(s)) {
            throw new Rejection(Rejection.Kind.FORBIDDEN, "The procedure catalogue and the calendar are the "
                    + "province's: only a province admin changes them");
        }
        return new ChangedBy(s.username(), Guard.centre(ctx));
    }

    /** A province admin, or the admin of a server with one centre (a single-centre install). */
    private boolean mayEditProvince(StaffSession s) {
        return s.provinceRole().map(r -> r == vn.onestop.server.staff.Role.ADMIN).orElse(false)
                || centres.all().size() == 1;
    }
}
