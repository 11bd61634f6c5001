package vn.onestop.server.booking;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import vn.onestop.core.wire.BookingCheckInRequest;
import vn.onestop.server.Rejection;
import vn.onestop.server.http.ClientAddress;
import vn.onestop.server.http.Guard;
import vn.onestop.server.http.Json;
import vn.onestop.server.http.Pages;
import vn.onestop.server.http.RouteTable;
import vn.onestop.server.staff.Access;

/**
 * HTTP I/O of appointments (issue 24): the public booking page and its calls (no login; rate limited per address;
 * answers carry no personal data), the kiosk's check-in, today's bookings for staff and the centre admin's slots.
 * Public calls name their centre with {@code ?centre=ID} (default main).
 */
public final class BookingApi {
    private final PublicBookings publicBookings;
    private final KioskCheckIn checkIns;
    private final TodaysBookings today;
    private final WeeklySlots slots;
    private final ObjectMapper json;
    private final ClientAddress client;
    private final PublicRate rate;
    private final String bookPage;
    private final String slotsPage;

    public BookingApi(Bookings bookings, ObjectMapper json, ClientAddress client, Clock clock) {
        this.publicBookings = bookings.publicBookings();
        this.checkIns = bookings.checkIn();
        this.today = bookings.today();
        this.slots = bookings.slots();
        this.json = json;
        this.client = client;
        this.rate = new PublicRate(clock, 120, 20);
        this.bookPage = Pages.load("book");
        this.slotsPage = Pages.load("booking-slots");
    }

    public void register(RouteTable r) {
        r.get("/book", ctx -> ctx.html(bookPage), Access.PUBLIC);
        r.get("/api/v1/public/booking/options", ctx -> ctx.json(limited(ctx).options(Guard.centre(ctx))),
                Access.PUBLIC);
        r.get("/api/v1/public/booking/slots", ctx -> ctx.json(limited(ctx).availability(Guard.centre(ctx),
                ctx.queryParam("service"), ctx.queryParam("day"))), Access.PUBLIC);
        r.post("/api/v1/public/bookings", this::book, Access.PUBLIC);
        r.get("/api/v1/public/bookings/{code}", ctx -> ctx.json(byCode(ctx, () ->
                publicBookings.view(ctx.pathParam("code")))), Access.PUBLIC);
        r.get("/api/v1/public/bookings/{code}/qr.svg", this::qr, Access.PUBLIC);
        r.post("/api/v1/public/bookings/{code}/cancel", ctx -> ctx.json(byCode(ctx, () ->
                publicBookings.cancel(ctx.pathParam("code")))), Access.PUBLIC);
        r.post("/api/v1/public/bookings/{code}/move", this::move, Access.PUBLIC);
        r.post("/api/v1/kiosk/bookings/check-in", this::checkIn, Access.KIOSK);
        r.get("/api/v1/bookings/today", ctx -> ctx.json(today.list(Guard.centre(ctx))), Access.COUNTER);
        r.post("/api/v1/bookings/{code}/no-show", ctx -> ctx.json(today.noShow(Guard.centre(ctx),
                ctx.pathParam("code"), Guard.staff(ctx).username())), Access.COUNTER);
        r.get("/api/v1/booking/slots", ctx -> ctx.json(slots.list(Guard.centre(ctx), ctx.queryParam("service"))),
                Access.SUPERVISOR);
        r.put("/api/v1/booking/slots/{service}", this::replaceSlots, Access.ADMIN);
        r.get("/staff/booking-slots", ctx -> ctx.html(slotsPage), Access.ADMIN);
    }

    private PublicBookings limited(Context ctx) {
        rate.request(client.of(ctx));
        return publicBookings;
    }

    private void book(Context ctx) {
        String address = client.of(ctx);
        rate.request(address);
        PublicBookings.BookRequest req = Json.body(ctx, json, PublicBookings.BookRequest.class);
        ctx.status(201).json(publicBookings.book(Guard.centre(ctx), req, address));
    }

    private void move(Context ctx) {
        PublicBookings.MoveRequest req = Json.body(ctx, json, PublicBookings.MoveRequest.class);
        ctx.json(byCode(ctx, () -> publicBookings.move(ctx.pathParam("code"), req)));
    }

    private void qr(Context ctx) {
        BookingView b = byCode(ctx, () -> publicBookings.view(ctx.pathParam("code")));
        ctx.contentType("image/svg+xml").result(QrSvg.of(b.qrPayload()));
    }

    /** A call by code: rate limited, and an unknown code counts against the address (codes cannot be enumerated). */
    private <T> T byCode(Context ctx, java.util.function.Supplier<T> call) {
        String address = client.of(ctx);
        rate.request(address);
        rate.checkCodes(address);
        try {
            return call.get();
        } catch (Rejection e) {
            if (e.kind() == Rejection.Kind.NOT_FOUND) {
                rate.wrongCode(address);
            }
            throw e;
        }
    }

    private void checkIn(Context ctx) {
        BookingCheckInRequest req = Json.body(ctx, json, BookingCheckInRequest.class);
        String kiosk = Guard.kioskId(ctx);
        ctx.future(() -> checkIns.checkIn(kiosk, Guard.centre(ctx), req.code()).thenAccept(ctx::json));
    }

    private void replaceSlots(Context ctx) {
        List<Slot> list;
        try {
            list = json.readValue(ctx.bodyAsBytes(), new TypeReference<List<Slot>>() {});
        } catch (IOException e) {
            throw Rejection.invalid("The body must be a JSON array of slots {weekday, start, end, capacity}");
        }
        ctx.json(slots.replace(Guard.centre(ctx), ctx.pathParam("service"), list,
                Guard.staff(ctx).username()));
    }
}
