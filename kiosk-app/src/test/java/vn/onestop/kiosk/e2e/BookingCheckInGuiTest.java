package vn.onestop.kiosk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.Select;
import vn.onestop.core.catalogue.Procedure;
import vn.onestop.kiosk.flow.FlowFixtures;
import vn.onestop.kiosk.flow.IssuedTicket;
import vn.onestop.kiosk.flow.Step;
import vn.onestop.server.staff.Role;
import vn.onestop.testkit.RequiresChromium;
import vn.onestop.testkit.TestClock;

/**
 * Issue 24 at the kiosk, end to end (real window, simulated scanner, virtual printer, real server, one test clock for
 * the whole centre, headless Chromium as the citizen's phone): the centre admin opens slots, a citizen books one on the
 * public booking page and two more on the API it uses, and they check in at the kiosk. A booking's QR scanned within its slot prints a ticket that the counter calls
 * before an earlier walk-in, and the screen says so; one scanned after its slot's window prints a normal ticket called
 * after the walk-in, and the screen says why; one for another day typed on the lookup screen prints a normal ticket,
 * says why and stays booked; an unknown booking code prints nothing and says what to do.
 */
@Tag("gui")
class BookingCheckInGuiTest extends KioskGuiSuite {
    /** Wednesday 2026-11-25, 07:30 in Ho Chi Minh City: a working day (Thursday after it too). */
    static final Instant MORNING = Instant.parse("2026-11-25T00:30:00Z");
    static final String TODAY = "2026-11-25";
    static final String TOMORROW = "2026-11-26";
    /** The check-in time, 10:05: within the 10:00-10:30 slot, long after the 08:00-08:30 one. */
    static final Duration TO_CHECK_IN = Duration.ofMinutes(155);
    private final ObjectMapper json = new ObjectMapper();

    @Test
    @RequiresChromium
    void aBookingScannedInItsSlotIsCalledBeforeAWalkInOneScannedLateAndOneTypedForAnotherDayGetNormalTickets()
            throws Exception {
        TestClock clock = new TestClock(MORNING, TestClock.VIETNAM);
        kiosk = KioskHarness.onOneClock(tmp, clock, Map.of("rating.criteria", ""));
        kiosk.scanner.scan(FlowFixtures.payload("Trần Thị Bình"));
        kiosk.waitForStep(Step.FIELD);
        kiosk.click("field.0");
        var catalogue = FlowFixtures.catalogue();
        Procedure procedure = catalogue.byField(catalogue.fields().get(0)).get(0);
        kiosk.click("procedure." + procedure.code());
        kiosk.click("info.take");
        kiosk.waitForStep(Step.DONE);
        IssuedTicket walkIn = GuiActionRunner.execute(() -> kiosk.app.flow().state().ticket());
        kiosk.click("done.finish");
        kiosk.waitForStep(Step.ATTRACT);

        // The centre admin opens slots of the walk-in's service on Wednesdays and Thursdays.
        InProcessServer.StaffCall admin = kiosk.server.staff("chi", Role.ADMIN);
        String slots = "[" + slot(3, "08:00", "08:30") + "," + slot(3, "10:00", "10:30") + ","
                + slot(4, "10:00", "10:30") + "]";
        assertThat(admin.send("PUT", "/api/v1/booking/slots/" + walkIn.serviceCode(), slots)).startsWith("200");

        // One citizen books on the public booking page in a phone's browser and keeps the QR it shows; two more
        // book the same procedure on the public API the page uses.
        InProcessServer.StaffCall citizen = kiosk.server.citizen();
        String options = citizen.send("GET", "/api/v1/public/booking/options?centre=main", null);
        assertThat(options).startsWith("200").contains("\"" + procedure.code() + "\"", TODAY, TOMORROW);
        Booked onTime = bookOnThePage(procedure, TODAY, "10:00", "0912 345 672");
        JsonNode late = book(citizen, procedure, TODAY, "08:00", "0912345671");
        JsonNode tomorrow = book(citizen, procedure, TOMORROW, "10:00", "0912345673");
        String bookedService = json.readTree(citizen.send("GET", "/api/v1/public/bookings/" + onTime.code(), null)
                .substring(4)).get("serviceCode").asText();
        assertThat(bookedService).as("booked for the walk-in's service").isEqualTo(walkIn.serviceCode());

        // 10:05: the 10:00 booking is within its window, the 08:00 one long past it (more than the grace after).
        clock.advance(TO_CHECK_IN);
        assertThat(kiosk.server.bookingSettings().graceAfterMinutes()).as("08:30 + grace is before 10:05")
                .isLessThan(95);

        kiosk.scanner.scan(onTime.qrPayload()); // the QR on the phone's screen, held to the kiosk's scanner
        kiosk.waitForStep(Step.DONE);
        IssuedTicket booked = GuiActionRunner.execute(() -> kiosk.app.flow().state().ticket());
        assertThat(booked.priorityClass()).isEqualTo("appointment");
        assertThat(doneBookingText()).contains("được gọi trước");
        assertThat(kiosk.server.bookingTicket(onTime.code())).isEqualTo("checked_in appointment");
        assertThat(status(citizen, onTime.code())).as("the booking page shows it checked in").isEqualTo("checked_in");
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
        kiosk.scanner.scan(late.get("qrPayload").asText());
        kiosk.waitForStep(Step.DONE);
        IssuedTicket lateTicket = GuiActionRunner.execute(() -> kiosk.app.flow().state().ticket());
        assertThat(lateTicket.priorityClass()).as("a normal ticket").isNull();
        assertThat(doneBookingText()).as("the reason shown").contains("đến sau giờ hẹn", "08:00", "08:30");
        assertThat(kiosk.server.bookingTicket(late.get("code").asText())).startsWith("checked_in")
                .doesNotContain("appointment");
        assertThat(clerk.send("POST", "/api/v1/counters/" + counter + "/next", null))
                .as("the late booking is called after the earlier walk-in").startsWith("200").contains(walkIn.id())
                .doesNotContain(lateTicket.id());

        kiosk.click("done.finish");
        kiosk.waitForStep(Step.ATTRACT);
        kiosk.click("attract.lookup");
        kiosk.waitForStep(Step.LOOKUP);
        for (char c : tomorrow.get("code").asText().toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            kiosk.click("key." + c);
        }
        kiosk.click("lookup.go");
        kiosk.waitForStep(Step.DONE);
        IssuedTicket normal = GuiActionRunner.execute(() -> kiosk.app.flow().state().ticket());
        assertThat(normal.priorityClass()).as("a normal ticket").isNull();
        assertThat(doneBookingText()).contains("không phải hôm nay");
        assertThat(kiosk.server.bookingTicket(tomorrow.get("code").asText())).as("the booking for tomorrow stays")
                .startsWith("booked");
        assertThat(status(citizen, tomorrow.get("code").asText())).isEqualTo("booked");

        kiosk.click("done.finish");
        kiosk.waitForStep(Step.ATTRACT);
        kiosk.scanner.scan("ONESTOP-BOOKING|ZZZZZZZZZZ");
        kiosk.waitForStep(Step.FAILED);
        assertThat(GuiActionRunner.execute(() -> kiosk.window.label("failed.why").target().getText()))
                .contains("Không tìm thấy lịch hẹn");
        assertThat(printedPngs()).hasSize(4);
        kiosk.click("failed.retry");
        kiosk.waitForStep(Step.ATTRACT);
    }

    private static String slot(int weekday, String start, String end) {
        return "{\"weekday\":" + weekday + ",\"start\":\"" + start + "\",\"end\":\"" + end + "\",\"capacity\":3}";
    }

    /** Books a slot as the public booking page does; the answer (201) is the booking without personal data. */
    private JsonNode book(InProcessServer.StaffCall citizen, Procedure procedure, String day, String start,
            String phone) throws Exception {
        String reply = citizen.send("POST", "/api/v1/public/bookings?centre=main", json.writeValueAsString(Map.of(
                "procedureCode", procedure.code(), "day", day, "start", start, "phone", phone, "email", "",
                "idNumber", "")));
        assertThat(reply).startsWith("201").doesNotContain(phone);
        JsonNode booking = json.readTree(reply.substring(4));
        assertThat(booking.get("qrPayload").asText()).isEqualTo("ONESTOP-BOOKING|" + booking.get("code").asText());
        return booking;
    }

    /** A booking made on the page: the code it shows and what its QR, read off the phone's screen, holds. */
    record Booked(String code, String qrPayload) {
    }

    /**
     * Books on the public booking page in headless Chromium emulating a phone: the procedure, the day, the slot and
     * a phone number, then "Đặt lịch"; reads the code shown and decodes the QR from a screenshot of the page.
     */
    private Booked bookOnThePage(Procedure procedure, String day, String start, String phone) throws Exception {
        try (PhoneBrowser page = new PhoneBrowser(tmp.resolve("booking-phone"))) {
            page.driver.get(kiosk.server.url() + "/book?centre=main");
            page.until(Duration.ofSeconds(15), () -> !page.driver.findElements(
                    By.cssSelector("#what option[value='p:" + procedure.code() + "']")).isEmpty());
            new Select(page.driver.findElement(By.id("what"))).selectByValue("p:" + procedure.code());
            new Select(page.driver.findElement(By.id("day"))).selectByValue(day);
            By slot = By.cssSelector("#slots input[value='" + start + "']");
            page.until(Duration.ofSeconds(10), () -> !page.driver.findElements(slot).isEmpty()
                    && page.driver.findElement(slot).isEnabled());
            page.driver.findElement(slot).click();
            page.driver.findElement(By.id("phone")).sendKeys(phone);
            page.driver.findElement(By.id("book-button")).click();
            page.until(Duration.ofSeconds(10), () -> !page.text("#result-code").isBlank()
                    || page.attribute("#book-msg", "class").contains("error"));
            String code = page.text("#result-code");
            assertThat(code).as(page.text("#book-msg")).matches("[A-Z2-9]{10}");
            page.until(Duration.ofSeconds(10), () -> ((Number) page.driver.executeScript(
                    "return document.getElementById('result-qr').naturalWidth;")).intValue() > 0);
            Path shot = tmp.resolve("booking-qr.png");
            Files.write(shot, page.driver.findElement(By.id("result-qr")).getScreenshotAs(OutputType.BYTES));
            String qr = QrDecode.decode(shot);
            assertThat(qr).as("the QR the page shows").isEqualTo("ONESTOP-BOOKING|" + code);
            return new Booked(code, qr);
        }
    }

    /** A booking's status as its citizen sees it on the booking page (looked up by code). */
    private String status(InProcessServer.StaffCall citizen, String code) throws Exception {
        String reply = citizen.send("GET", "/api/v1/public/bookings/" + code, null);
        assertThat(reply).startsWith("200");
        return json.readTree(reply.substring(4)).get("status").asText();
    }

    private String doneBookingText() {
        return GuiActionRunner.execute(() -> kiosk.window.label("done.booking").target().getText());
    }

    private List<Path> printedPngs() throws Exception {
        try (Stream<Path> s = Files.list(kiosk.dataDir.resolve("printed"))) {
            return s.filter(p -> p.toString().endsWith(".png")).sorted().toList();
        }
    }
}
