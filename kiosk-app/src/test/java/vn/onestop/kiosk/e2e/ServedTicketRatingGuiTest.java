package vn.onestop.kiosk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
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
 * Issue 27 at the kiosk, end to end (real window, simulated scanner, virtual printer, real server): no rating is
 * offered after a ticket is printed; the printed ticket's QR code scanned before it is served gets a clear message
 * and no rating screen; once a counter official has completed it, the same scan offers the rating, stored once.
 */
@Tag("gui")
class ServedTicketRatingGuiTest extends KioskGuiSuite {

    @Test
    void onlyAServedTicketsQrOpensTheRatingAndItIsRatedOnce() throws Exception {
        kiosk = new KioskHarness(tmp, Clock.systemDefaultZone(), Map.of("rating.criteria", ""));
        kiosk.scanner.scan(FlowFixtures.payload("Trần Thị Bình"));
        kiosk.waitForStep(Step.FIELD);
        kiosk.click("field.0");
        var catalogue = FlowFixtures.catalogue();
        kiosk.click("procedure." + catalogue.byField(catalogue.fields().get(0)).get(0).code());
        kiosk.click("info.take");
        kiosk.waitForStep(Step.DONE);
        IssuedTicket ticket = GuiActionRunner.execute(() -> kiosk.app.flow().state().ticket());
        assertThat(GuiActionRunner.execute(() -> kiosk.window.robot().finder().findAll(kiosk.app.frame(),
                c -> "done.rate".equals(c.getName()) && c.isShowing()))).as("no rating offered after printing").isEmpty();
        assertThat(GuiActionRunner.execute(() -> kiosk.window.label("done.rateLater").target().getText()))
                .contains("máy đánh giá tại quầy").contains("mã QR");
        kiosk.click("done.finish");
        kiosk.waitForStep(Step.ATTRACT);

        // The citizen holds the printed ticket to the reader before being served.
        String qr = QrDecode.decode(printedPngs().get(0));
        assertThat(qr).isEqualTo("ONESTOP-TICKET|" + ticket.displayNumber() + "|" + ticket.id());
        kiosk.scanner.scan(qr);
        kiosk.waitForStep(Step.RATING);
        waitAnswer("chưa được phục vụ xong");
        assertThat(levelsShowing()).as("no levels for an unserved ticket").isFalse();
        kiosk.click("rating.finish");
        kiosk.waitForStep(Step.ATTRACT);

        // A counter official serving the ticket's service calls, serves and completes it (config/server.properties).
        String counter = switch (ticket.displayNumber().charAt(0)) {
            case 'A' -> "1";
            case 'B' -> "2";
            case 'C' -> "3";
            default -> "4";
        };
        InProcessServer.StaffCall clerk = kiosk.server.staff("lan", Role.COUNTER_STAFF);
        String desk = "/api/v1/counters/" + counter;
        assertThat(clerk.send("POST", desk + "/open", null)).startsWith("204");
        assertThat(clerk.send("POST", desk + "/next", null)).startsWith("200").contains(ticket.id());
        assertThat(clerk.send("POST", desk + "/tickets/" + ticket.id() + "/serve", null)).startsWith("200");
        assertThat(clerk.send("POST", desk + "/tickets/" + ticket.id() + "/complete", null)).startsWith("200");

        kiosk.scanner.scan(qr);
        kiosk.waitForStep(Step.RATING);
        kiosk.click("rating.5");
        waitAnswer("Cảm ơn quý khách đã đánh giá!");
        assertThat(kiosk.server.ratings()).containsExactly(ticket.id() + " 5 null null");
        kiosk.click("rating.finish");
        kiosk.waitForStep(Step.ATTRACT);

        kiosk.scanner.scan(qr);
        kiosk.waitForStep(Step.RATING);
        waitAnswer("đã được đánh giá rồi");
        assertThat(levelsShowing()).isFalse();
        assertThat(kiosk.server.ratings()).hasSize(1);
    }

    private boolean levelsShowing() {
        return GuiActionRunner.execute(() -> !kiosk.window.robot().finder().findAll(kiosk.app.frame(),
                c -> "rating.5".equals(c.getName()) && c.isShowing()).isEmpty());
    }

    private void waitAnswer(String part) {
        KioskHarness.waitFor("rating answer '" + part + "'", () -> GuiActionRunner.execute(() ->
                kiosk.window.label("rating.answer").target().getText().contains(part)));
    }

    private List<Path> printedPngs() throws Exception {
        try (Stream<Path> s = Files.list(kiosk.dataDir.resolve("printed"))) {
            return s.filter(p -> p.toString().endsWith(".png")).sorted().toList();
        }
    }
}
