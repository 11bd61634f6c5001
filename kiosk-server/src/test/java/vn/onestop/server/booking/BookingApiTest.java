package vn.onestop.server.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.onestop.server.ServerSuite;
import vn.onestop.server.TestServer;
import vn.onestop.server.db.Rows;
import vn.onestop.server.staff.Role;

/**
 * Appointments over HTTP (issue 24): the centre admin's slots, booking on the public routes (capacity, working days,
 * abuse limit, cancel, move), and the kiosk check-in: in the window a ticket called before walk-ins, late a normal
 * one. The test clock starts on Wednesday 2026-11-25 at 08:00 in Ho Chi Minh City.
 */
class BookingApiTest extends ServerSuite {
    static final String TODAY = "2026-11-25";
    static final String TOMORROW = "2026-11-26";
    static final String SATURDAY = "2026-11-28";
    TestServer.StaffClient admin;

    @BeforeEach
    void slots() throws Exception {
        admin = server.staff("admin1", Role.ADMIN);
        // Wednesday and Thursday: 08:00-08:30 for two people, 09:00-09:30 for one, 10:00-10:30 for five.
        List<Map<String, Object>> slots = new java.util.ArrayList<>();
        for (int weekday : new int[] {3, 4}) {
            slots.add(slot(weekday, "08:00", "08:30", 2));
            slots.add(slot(weekday, "09:00", "09:30", 1));
            slots.add(slot(weekday, "10:00", "10:30", 5));
        }
        TestServer.Reply set = server.as(admin, "PUT", "/api/v1/booking/slots/A", slots);
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json()).hasSize(6);
    }

    static Map<String, Object> slot(int weekday, String start, String end, int capacity) {
        return Map.of("weekday", weekday, "start", start, "end", end, "capacity", capacity);
    }

    TestServer.Reply book(String day, String start, String phone) throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("serviceCode", "A", "day", day, "start", start));
        body.put("phone", phone);
        return server.send("POST", "/api/v1/public/bookings?centre=main", body, Map.of(), null);
    }

    int free(String day, String start) throws Exception {
        JsonNode slots = server.send("GET", "/api/v1/public/booking/slots?centre=main&service=A&day=" + day, null,
                Map.of(), null).json();
        for (JsonNode s : slots) {
            if (s.get("start").asText().equals(start)) {
                return s.get("free").asInt();
            }
        }
        throw new AssertionError("no slot " + start + " in " + slots);
    }

    @Test
    void theBookingPageOffersTheServiceWithSlotsAndOnlyWorkingDays() throws Exception {
        JsonNode options = server.send("GET", "/api/v1/public/booking/options?centre=main", null, Map.of(), null).json();
        assertThat(options.get("services")).extracting(s -> s.get("code").asText()).containsExactly("A");
        assertThat(options.get("days").toString()).contains(TODAY, TOMORROW).doesNotContain(SATURDAY);
        TestServer.Reply page = server.send("GET", "/book?centre=main", null, Map.of(), null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("/static/js/book.js");
        assertThat(server.send("GET", "/api/v1/public/booking/options?centre=nowhere", null, Map.of(), null).status())
                .isEqualTo(404);
    }

    @Test
    void aFullSlotIsRefusedAndANonWorkingDayToo() throws Exception {
        TestServer.Reply first = book(TOMORROW, "09:00", "0912345678");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("code").asText()).hasSize(10);
        assertThat(first.json().get("qrPayload").asText()).isEqualTo("ONESTOP-BOOKING|" + first.json().get("code")
                .asText());
        assertThat(first.body()).as("no personal data in the answer").doesNotContain("0912345678");
        assertThat(free(TOMORROW, "09:00")).isZero();

        TestServer.Reply full = book(TOMORROW, "09:00", "0987654321");
        assertThat(full.status()).isEqualTo(409);
        assertThat(full.json().get("detail").asText()).contains("full");

        TestServer.Reply saturday = book(SATURDAY, "09:00", "0987654321");
        assertThat(saturday.status()).isEqualTo(400);
        assertThat(saturday.json().get("detail").asText()).contains("not a working day");
        TestServer.Reply noContact = book(TOMORROW, "10:00", null);
        assertThat(noContact.status()).isEqualTo(400);
        assertThat(noContact.json().get("detail").asText()).contains("phone number or an e-mail");
        TestServer.Reply noSlot = book(TOMORROW, "11:00", "0987654321");
        assertThat(noSlot.status()).isEqualTo(409);
        long stored = server.db.read(c -> Rows.count(c, "SELECT COUNT(*) FROM booking"));
        assertThat(stored).isEqualTo(1);
    }

    @Test
    void cancellingFreesThePlaceAndMovingTakesAnother() throws Exception {
        String code = book(TOMORROW, "09:00", "0912345678").json().get("code").asText();
        TestServer.Reply cancelled = server.send("POST", "/api/v1/public/bookings/" + code + "/cancel", Map.of(),
                Map.of(), null);
        assertThat(cancelled.json().get("status").asText()).isEqualTo("cancelled");
        assertThat(free(TOMORROW, "09:00")).isEqualTo(1);
        assertThat(server.send("POST", "/api/v1/public/bookings/" + code + "/cancel", Map.of(), Map.of(), null)
                .status()).isEqualTo(409);

        String other = book(TOMORROW, "09:00", "0912345679").json().get("code").asText();
        TestServer.Reply moved = server.send("POST", "/api/v1/public/bookings/" + other.toLowerCase() + "/move",
                Map.of("day", TOMORROW, "start", "10:00"), Map.of(), null);
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().get("start").asText()).isEqualTo("10:00");
        assertThat(free(TOMORROW, "09:00")).isEqualTo(1);
        assertThat(free(TOMORROW, "10:00")).isEqualTo(4);
        book(TOMORROW, "09:00", "0912345670");
        TestServer.Reply intoFull = server.send("POST", "/api/v1/public/bookings/" + other + "/move",
                Map.of("day", TOMORROW, "start", "09:00"), Map.of(), null);
        assertThat(intoFull.status()).isEqualTo(409);
        JsonNode seen = server.send("GET", "/api/v1/public/bookings/" + other, null, Map.of(), null).json();
        assertThat(seen.get("start").asText()).as("a refused move keeps the booking").isEqualTo("10:00");
        assertThat(server.send("GET", "/api/v1/public/bookings/ABCDEFGHJK", null, Map.of(), null).status())
                .isEqualTo(404);
    }

    @Test
    void onePhoneNumberBooksAtMostThreeTimesADay() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(book(TOMORROW, "10:00", "+84 912 345 678").status()).isEqualTo(201);
        }
        TestServer.Reply fourth = book(TOMORROW, "10:00", "0912.345.678");
        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.json().get("detail").asText()).contains("3 bookings today");
        assertThat(book(TOMORROW, "10:00", "0912345679").status()).as("another number may").isEqualTo(201);
    }

    @Test
    void checkInWithinTheWindowIsCalledBeforeWalkInsAndLateGetsANormalTicket() throws Exception {
        String onTime = book(TODAY, "08:00", "0912345678").json().get("code").asText();
        String late = book(TODAY, "08:00", "0912345679").json().get("code").asText();
        String kiosk = server.enrolKiosk("Sảnh A");
        TestServer.StaffClient clerk = server.staff("clerk", Role.COUNTER_STAFF);
        server.as(clerk, "POST", "/api/v1/counters/1/open", null);
        assertThat(server.kiosk(kiosk, "POST", "/api/v1/tickets", Map.of("idempotencyKey", "walk-in-0001",
                "serviceCode", "A")).status()).isEqualTo(201);

        server.clock.advance(Duration.ofMinutes(5));
        TestServer.Reply in = server.kiosk(kiosk, "POST", "/api/v1/kiosk/bookings/check-in",
                Map.of("code", "ONESTOP-BOOKING|" + onTime));
        assertThat(in.status()).as(in.body()).isEqualTo(200);
        assertThat(in.json().get("onTime").asBoolean()).isTrue();
        assertThat(in.json().get("ticket").get("priorityClass").asText()).isEqualTo("appointment");
        String bookedNumber = in.json().get("ticket").get("displayNumber").asText();
        TestServer.Reply again = server.kiosk(kiosk, "POST", "/api/v1/kiosk/bookings/check-in", Map.of("code", onTime));
        assertThat(again.json().get("repeated").asBoolean()).isTrue();
        assertThat(again.json().get("ticket").get("displayNumber").asText()).isEqualTo(bookedNumber);

        JsonNode called = server.as(clerk, "POST", "/api/v1/counters/1/next", null).json();
        assertThat(called.get("displayNumber").asText()).as("the booked citizen is called before the walk-in")
                .isEqualTo(bookedNumber);

        server.clock.advance(Duration.ofMinutes(40)); // 08:45: the 08:00-08:30 slot plus 10 minutes' grace is over
        TestServer.Reply lateIn = server.kiosk(kiosk, "POST", "/api/v1/kiosk/bookings/check-in", Map.of("code", late));
        assertThat(lateIn.status()).as(lateIn.body()).isEqualTo(200);
        assertThat(lateIn.json().get("onTime").asBoolean()).isFalse();
        assertThat(lateIn.json().get("reason").asText()).isEqualTo("late");
        assertThat(lateIn.json().get("ticket").get("priorityClass").asText()).isEqualTo("normal");

        JsonNode today = server.as(clerk, "GET", "/api/v1/bookings/today", null).json();
        assertThat(today).extracting(b -> b.get("status").asText()).containsExactly("checked_in", "checked_in");
        assertThat(today.toString()).doesNotContain("0912345678");
    }

    @Test
    void anEarlyCheckInGetsANormalTicketAndOnlyCheckInGivesTheAppointmentClass() throws Exception {
        String code = book(TODAY, "10:00", "0912345678").json().get("code").asText();
        String kiosk = server.enrolKiosk("Sảnh A");
        TestServer.Reply early = server.kiosk(kiosk, "POST", "/api/v1/kiosk/bookings/check-in", Map.of("code", code));
        assertThat(early.json().get("reason").asText()).isEqualTo("early");
        assertThat(early.json().get("ticket").get("priorityClass").asText()).isEqualTo("normal");
        TestServer.Reply forged = server.kiosk(kiosk, "POST", "/api/v1/tickets", Map.of("idempotencyKey",
                "forged-0001", "serviceCode", "A", "priorityClass", "appointment"));
        assertThat(forged.status()).isEqualTo(400);
        assertThat(server.kiosk(kiosk, "POST", "/api/v1/kiosk/bookings/check-in", Map.of("code", "NOPE"))
                .status()).isEqualTo(404);
    }

    @Test
    void aNoShowReleasesTheSlotAndRetentionErasesTheContact() throws Exception {
        String code = book(TODAY, "09:00", "0912345678").json().get("code").asText();
        assertThat(free(TODAY, "09:00")).isZero();
        TestServer.StaffClient clerk = server.staff("clerk", Role.COUNTER_STAFF);
        TestServer.Reply noShow = server.as(clerk, "POST", "/api/v1/bookings/" + code + "/no-show", Map.of());
        assertThat(noShow.status()).as(noShow.body()).isEqualTo(200);
        assertThat(free(TODAY, "09:00")).isEqualTo(1);
        assertThat(server.as(server.staff("tech", Role.TECHNICIAN), "GET", "/api/v1/bookings/today", null).status())
                .isEqualTo(403);
        assertThat(server.as(clerk, "PUT", "/api/v1/booking/slots/A", List.of()).status()).isEqualTo(403);

        server.clock.advance(Duration.ofDays(31));
        server.app.retention().runOnce();
        long erased = server.db.read(c -> Rows.count(c, "SELECT COUNT(*) FROM booking WHERE phone IS NULL AND "
                + "contact_key IS NULL AND personal_data_erased_at IS NOT NULL"));
        assertThat(erased).isEqualTo(1);
    }

    @Test
    void badSlotsAreRefusedAndKeepTheOldOnes() throws Exception {
        TestServer.Reply overlap = server.as(admin, "PUT", "/api/v1/booking/slots/A",
                List.of(slot(1, "08:00", "09:00", 2), slot(1, "08:30", "09:30", 2)));
        assertThat(overlap.status()).isEqualTo(400);
        assertThat(overlap.json().get("detail").asText()).contains("overlap");
        TestServer.Reply badTime = server.as(admin, "PUT", "/api/v1/booking/slots/A",
                List.of(slot(1, "8h", "09:00", 2)));
        assertThat(badTime.json().get("detail").asText()).contains("HH:mm");
        assertThat(server.as(admin, "GET", "/api/v1/booking/slots?service=A", null).json()).hasSize(6);
    }

    @Test
    void confirmationsAndDayBeforeRemindersGoToTheNoticesPortOnce() throws Exception {
        List<String> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
        server.app.bookings().notices(new BookingNotices() {
            @Override
            public void confirmation(Notice n) {
                sent.add("confirmation " + n.booking().code() + " " + n.booking().day() + " " + n.booking().start()
                        + " " + n.phone() + " " + n.email());
            }

            @Override
            public void reminder(Notice n) {
                sent.add("reminder " + n.booking().code() + " " + n.phone());
            }
        });
        String code = book(TOMORROW, "09:00", "0912345678").json().get("code").asText();
        server.send("POST", "/api/v1/public/bookings/" + code + "/move", Map.of("day", TOMORROW, "start", "10:00"),
                Map.of(), null);
        assertThat(server.app.bookings().reminders().remindTomorrow()).isEqualTo(1);
        assertThat(server.app.bookings().reminders().remindTomorrow()).as("once").isZero();
        assertThat(sent).containsExactly("confirmation " + code + " " + TOMORROW + " 09:00 0912345678 null",
                "confirmation " + code + " " + TOMORROW + " 10:00 0912345678 null", "reminder " + code + " 0912345678");
    }

    @Test
    void aTicketVoidedAfterAFailedPrintCanBeCheckedInAgain() throws Exception {
        String code = book(TODAY, "08:00", "0912345678").json().get("code").asText();
        String kiosk = server.enrolKiosk("Sảnh A");
        JsonNode first = server.kiosk(kiosk, "POST", "/api/v1/kiosk/bookings/check-in", Map.of("code", code)).json();
        String firstId = first.get("ticket").get("id").asText();
        assertThat(server.kiosk(kiosk, "POST", "/api/v1/tickets/" + firstId + "/void", Map.of("reason",
                "print-failed: paper-out")).status()).isEqualTo(200);
        JsonNode second = server.kiosk(kiosk, "POST", "/api/v1/kiosk/bookings/check-in", Map.of("code", code)).json();
        assertThat(second.get("repeated").asBoolean()).isFalse();
        assertThat(second.get("ticket").get("id").asText()).isNotEqualTo(firstId);
        assertThat(second.get("ticket").get("status").asText()).isEqualTo("waiting");
        assertThat(second.get("ticket").get("priorityClass").asText()).isEqualTo("appointment");
    }

    @Test
    void aKioskOfAnotherCentreCannotCheckTheBookingIn() throws Exception {
        String code = book(TODAY, "08:00", "0912345678").json().get("code").asText();
        String kiosk = server.enrolKiosk("Xã A");
        server.db.write(c -> Rows.update(c, "UPDATE kiosk SET centre_id = 'xa-a' WHERE name = ?", "Xã A"));
        TestServer.Reply elsewhere = server.kiosk(kiosk, "POST", "/api/v1/kiosk/bookings/check-in", Map.of("code", code));
        assertThat(elsewhere.status()).as("the same answer as an unknown code").isEqualTo(404);
        String booked = server.db.read(c -> Rows.one(c, "SELECT status FROM booking WHERE code = ?",
                rs -> rs.getString(1), code)).orElseThrow();
        assertThat(booked).isEqualTo("booked");
    }

    @Test
    void oneNetworkAddressBooksAtMostTheConfiguredNumberADay() throws Exception {
        try (TestServer limited = new TestServer(java.nio.file.Files.createDirectories(dir.resolve("limited")),
                TestServer.config().toBuilder().booking(new BookingSettings("appointment", 15, 10, 30, 3, 2, 30))
                        .build())) {
            TestServer.StaffClient a = limited.staff("admin2", Role.ADMIN);
            limited.as(a, "PUT", "/api/v1/booking/slots/A", List.of(slot(4, "10:00", "10:30", 9)));
            for (String phone : new String[] {"0912345671", "0912345672", "0912345673"}) {
                Map<String, Object> body = Map.of("serviceCode", "A", "day", TOMORROW, "start", "10:00", "phone", phone);
                TestServer.Reply r = limited.send("POST", "/api/v1/public/bookings", body, Map.of(), null);
                assertThat(r.status()).as(phone + " " + r.body()).isEqualTo(phone.endsWith("3") ? 429 : 201);
            }
        }
    }
}
