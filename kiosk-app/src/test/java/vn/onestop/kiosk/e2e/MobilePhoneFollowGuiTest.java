package vn.onestop.kiosk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.onestop.kiosk.flow.FlowFixtures;
import vn.onestop.kiosk.flow.IssuedTicket;
import vn.onestop.kiosk.flow.Step;
import vn.onestop.server.mobile.MobileSettings;
import vn.onestop.server.staff.Role;
import vn.onestop.testkit.RequiresChromium;

/**
 * Issue 24 from the kiosk to the citizen's phone (real kiosk window, virtual printer, real in-process server that lets
 * phones in, headless Chromium emulating a 360 px phone): two citizens take tickets at the kiosk; the second one's
 * printed QR, decoded from the printer's PNG, is opened on the phone, which shows the ticket with one person ahead,
 * then none as the counter calls the first, then "go to" the counter within one second of the call.
 */
@Tag("gui")
class MobilePhoneFollowGuiTest extends KioskGuiSuite {
    static final String BASE = "https://hcc.example.vn";

    @Test
    @RequiresChromium
    void aTicketTakenAtTheKioskIsFollowedOnThePhoneUntilItsCall() throws Exception {
        kiosk = KioskHarness.withServer(tmp, Clock.systemDefaultZone(), Map.of("rating.criteria", ""),
                b -> b.mobile(MobileSettings.off().withBaseUrl(BASE)));
        IssuedTicket first = take("Trần Thị Bình");
        IssuedTicket mine = take("Nguyễn Văn An");
        assertThat(mine.displayNumber().charAt(0)).as("same service, same queue")
                .isEqualTo(first.displayNumber().charAt(0));

        String link = null;
        for (Path png : printedPngs()) {
            String qr = QrDecode.decode(png);
            if (qr.equals(mine.followUrl())) {
                link = qr;
            }
        }
        assertThat(link).as("the second ticket's printed QR holds its phone link").isNotNull()
                .matches(BASE.replace(".", "\\.") + "/t/[0-9a-f]{48}");

        InProcessServer.StaffCall clerk = kiosk.server.staff("lan", Role.COUNTER_STAFF);
        String counter = switch (mine.displayNumber().charAt(0)) {
            case 'A' -> "1";
            case 'B' -> "2";
            case 'C' -> "3";
            default -> "4";
        };
        String desk = "/api/v1/counters/" + counter;
        assertThat(clerk.send("POST", desk + "/open", null)).startsWith("204");

        try (PhoneBrowser phone = new PhoneBrowser(tmp.resolve("phone"))) {
            // The printed link holds the centre's public address; the phone opens its path on the test server.
            phone.driver.get(kiosk.server.url() + link.substring(BASE.length()));
            phone.until(Duration.ofSeconds(15), () -> phone.text("#number").equals(mine.displayNumber()));
            phone.until(Duration.ofSeconds(10), () -> "stream".equals(phone.attribute("body", "data-live")));
            assertThat(phone.text("#ahead")).isEqualTo("1");
            assertThat(((Number) phone.driver.executeScript("return window.innerWidth")).intValue())
                    .as("a phone's width").isEqualTo(360);

            assertThat(clerk.send("POST", desk + "/next", null)).startsWith("200").contains(first.id());
            phone.until(Duration.ofSeconds(5), () -> phone.text("#ahead").equals("0"));
            assertThat(phone.driver.findElement(By.id("called")).isDisplayed()).isFalse();

            // Measured with the page's own clock (same machine), without the WebDriver round trips.
            long before = System.currentTimeMillis();
            assertThat(clerk.send("POST", desk + "/next", null)).startsWith("200").contains(mine.id());
            phone.until(Duration.ofSeconds(5), () -> phone.driver.findElement(By.id("called")).isDisplayed());
            long millis = Long.parseLong(phone.attribute("body", "data-called-at")) - before;
            assertThat(millis).as("the phone shows the call %d ms after it", millis).isLessThan(1000);
            assertThat(phone.text("#called-counter")).contains(counter);
            assertThat(phone.text("#status-text")).isEqualTo("Đến lượt bạn!");
        }
    }

    /** One citizen's way through the kiosk: ID card, first field, first procedure, "take a number". */
    private IssuedTicket take(String name) throws Exception {
        kiosk.scanner.scan(FlowFixtures.payload(name));
        kiosk.waitForStep(Step.FIELD);
        kiosk.click("field.0");
        var catalogue = FlowFixtures.catalogue();
        kiosk.click("procedure." + catalogue.byField(catalogue.fields().get(0)).get(0).code());
        kiosk.click("info.take");
        kiosk.waitForStep(Step.DONE);
        IssuedTicket ticket = GuiActionRunner.execute(() -> kiosk.app.flow().state().ticket());
        kiosk.click("done.finish");
        kiosk.waitForStep(Step.ATTRACT);
        return ticket;
    }

    private List<Path> printedPngs() throws Exception {
        try (Stream<Path> s = Files.list(kiosk.dataDir.resolve("printed"))) {
            return new ArrayList<>(s.filter(p -> p.toString().endsWith(".png")).sorted().toList());
        }
    }
}
