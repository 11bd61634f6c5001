package vn.onestop.kiosk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.onestop.kiosk.flow.FlowFixtures;
import vn.onestop.kiosk.flow.IssuedTicket;
import vn.onestop.kiosk.flow.Step;
import vn.onestop.server.staff.Role;

/**
 * Issue 24 at the kiosk, end to end (real window, simulated scanner, virtual printer, real server): a booking's QR
 * scanned within its slot prints a ticket that the counter calls before an earlier walk-in, and the screen says so;
 * a booking for another day typed on the lookup screen prints a normal ticket and the screen says why; an unknown
 * booking code prints nothing and says what to do.
 */
@Tag("gui")
class BookingCheckInGuiTest extends KioskGuiSuite {
    static final String ON_TIME = "GUESTCHK23";
    static final String TOMORROW = "NEXTDAY789";

    @Test
    void aScannedBookingIsCalledBeforeAWalkInAndATypedOneForAnotherDayGetsANormalTicket() throws Exception {
        kiosk = new KioskHarness(tmp, Clock.systemDefaultZone(), Map.of("rating.criteria", ""));
        kiosk.scanner.scan(FlowFixtures.payload("Trần Thị Bình"));
        kiosk.waitForStep(Step.FIELD);
        kiosk.click("field.0");
        var catalogue = FlowFixtures.catalogue();
        kiosk.click("procedure." + catalogue.byField(catalogue.fields().get(0)).get(0).code());
        kiosk.click("info.take");
        kiosk.waitForStep(Step.DONE);
        IssuedTicket walkIn = GuiActionRunner.execute(() -> kiosk.app.flow().state().ticket());
        kiosk.click("done.finish");
        kiosk.waitForStep(Step.ATTRACT);

        // Bookings of the walk-in's service: one for a slot around now (the centre's time), one for tomorrow.
        ZonedDateTime now = ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        int minute = now.getHour() * 60 + now.getMinute();
        kiosk.server.booking(ON_TIME, walkIn.serviceCode(), now.toLocalDate().toString(), Math.max(0, minute - 5),
                Math.min(1439, minute + 30));
        kiosk.server.booking(TOMORROW, walkIn.serviceCode(), now.toLocalDate().plusDays(1).toString(), 600, 630);

        kiosk.scanner.scan("ONESTOP-BOOKING|" + ON_TIME);
        kiosk.waitForStep(Step.DONE);
        IssuedTicket booked = GuiActionRunner.execute(() -> kiosk.app.flow().state().ticket());
        assertThat(booked.priorityClass()).isEqualTo("appointment");
        assertThat(GuiActionRunner.execute(() -> kiosk.window.label("done.booking").target().getText()))
                .contains("được gọi trước");
        assertThat(kiosk.server.bookingTicket(ON_TIME)).isEqualTo("checked_in appointment");
        assertThat(printedPngs()).as("printed like any ticket").hasSize(2);

        String counter = switch (walkIn.displayNumber().charAt(0)) {
            case 'A' -> "1";
            case 'B' -> "2";
            case 'C' -> "3";
            case 'H' -> "5";
            default -> "4";
        };
        InProcessServer.StaffCall clerk = kiosk.server.staff("lan", Role.COUNTER_STAFF);
        assertThat(clerk.send("POST", "/api/v1/counters/" + counter + "/open", null)).startsWith("204");
        assertThat(clerk.send("POST", "/api/v1/counters/" + counter + "/next", null)).as("booked before the walk-in")
                .startsWith("200").contains(booked.id()).doesNotContain(walkIn.id());

        kiosk.click("done.finish");
        kiosk.waitForStep(Step.ATTRACT);
        kiosk.click("attract.lookup");
        kiosk.waitForStep(Step.LOOKUP);
        for (char c : TOMORROW.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            kiosk.click("key." + c);
        }
        kiosk.click("lookup.go");
        kiosk.waitForStep(Step.DONE);
        IssuedTicket normal = GuiActionRunner.execute(() -> kiosk.app.flow().state().ticket());
        assertThat(normal.priorityClass()).as("a normal ticket").isNull();
        assertThat(GuiActionRunner.execute(() -> kiosk.window.label("done.booking").target().getText()))
                .contains("không phải hôm nay");
        assertThat(kiosk.server.bookingTicket(TOMORROW)).as("the booking for tomorrow stays").startsWith("booked");

        kiosk.click("done.finish");
        kiosk.waitForStep(Step.ATTRACT);
        kiosk.scanner.scan("ONESTOP-BOOKING|ZZZZZZZZZZ");
        kiosk.waitForStep(Step.FAILED);
        assertThat(GuiActionRunner.execute(() -> kiosk.window.label("failed.why").target().getText()))
                .contains("Không tìm thấy lịch hẹn");
        assertThat(printedPngs()).hasSize(3);
        kiosk.click("failed.retry");
        kiosk.waitForStep(Step.ATTRACT);
    }

    private java.util.List<Path> printedPngs() throws Exception {
        try (Stream<Path> s = Files.list(kiosk.dataDir.resolve("printed"))) {
            return s.filter(p -> p.toString().endsWith(".png")).sorted().toList();
        }
    }
}
