package vn.onestop.kiosk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import vn.onestop.server.mobile.MobileSettings;
import vn.onestop.server.staff.Role;

/**
 * Issue 24 at the kiosk, end to end (real window, simulated scanner, virtual printer, real server that lets phones
 * in): the printed ticket's QR code, read from the printer's PNG, holds the link for the citizen's phone, which
 * leads to this ticket; and the kiosk's own use of the QR keeps working with it: scanned once the ticket was served,
 * it opens the rating, stored under the ticket.
 */
@Tag("gui")
class MobileTicketLinkGuiTest extends KioskGuiSuite {
    static final String BASE = "https://hcc.example.vn";

    @Test
    void thePrintedQrHoldsThePhoneLinkAndStillRatesTheTicket() throws Exception {
        kiosk = KioskHarness.withServer(tmp, Clock.systemDefaultZone(), Map.of("rating.criteria", ""),
                b -> b.mobile(MobileSettings.off().withBaseUrl(BASE)));
        kiosk.scanner.scan(FlowFixtures.payload("Trần Thị Bình"));
        kiosk.waitForStep(Step.FIELD);
        kiosk.click("field.0");
        var catalogue = FlowFixtures.catalogue();
        kiosk.click("procedure." + catalogue.byField(catalogue.fields().get(0)).get(0).code());
        kiosk.click("info.take");
        kiosk.waitForStep(Step.DONE);
        IssuedTicket ticket = GuiActionRunner.execute(() -> kiosk.app.flow().state().ticket());
        kiosk.click("done.finish");
        kiosk.waitForStep(Step.ATTRACT);

        String qr = QrDecode.decode(printedPngs().get(0));
        assertThat(qr).matches(BASE.replace(".", "\\.") + "/t/[0-9a-f]{48}").isEqualTo(ticket.followUrl())
                .doesNotContain(ticket.id());
        // The link's path on the server is this ticket's page (the test server answers at its own address).
        HttpResponse<String> state = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                kiosk.server.url() + "/api/v1/mobile/tickets/" + qr.substring((BASE + "/t/").length()))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(state.statusCode()).isEqualTo(200);
        assertThat(state.body()).contains("\"number\":\"" + ticket.displayNumber() + "\"");

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
        assertThat(clerk.send("POST", desk + "/tickets/" + ticket.id() + "/complete", null)).startsWith("200");

        kiosk.scanner.scan(qr);
        kiosk.waitForStep(Step.RATING);
        kiosk.click("rating.5");
        KioskHarness.waitFor("the rating is thanked", () -> GuiActionRunner.execute(() ->
                kiosk.window.label("rating.answer").target().getText().contains("Cảm ơn quý khách đã đánh giá!")));
        assertThat(kiosk.server.ratings()).containsExactly(ticket.id() + " 5 null null");
    }

    private List<Path> printedPngs() throws Exception {
        try (Stream<Path> s = Files.list(kiosk.dataDir.resolve("printed"))) {
            return s.filter(p -> p.toString().endsWith(".png")).sorted().toList();
        }
    }
}
