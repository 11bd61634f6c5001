package vn.onestop.server.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import vn.onestop.server.Browser;
import vn.onestop.server.TestServer;
import vn.onestop.server.db.Rows;
import vn.onestop.server.staff.Role;
import vn.onestop.testkit.RequiresChromium;

/**
 * The counter rating tablet page (/staff/rating-device) in headless Chromium against a real server (issue 27):
 * enrolled with a code; idle through a call and another counter's completion; the official's name and photo after
 * "complete" at its counter; one rating stored with the official and counter; the timeout back to idle recorded as
 * not rated; today's ratings on the supervisor dashboard and the report per official with its CSV; the same for a
 * dossier the official receives at the counter open in their name (issue 22), and none for one received elsewhere.
 */
@RequiresChromium
@Tag("browser")
class RatingTabletBrowserTest {
    @TempDir
    Path dir;
    TestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private TestServer start(int timeoutSeconds) throws Exception {
        server = new TestServer(Files.createDirectories(dir.resolve("data")), TestServer.config().toBuilder()
                .ratingTabletSeconds(timeoutSeconds).build());
        return server;
    }

    private static String screen(Browser b) {
        return b.find("body").getAttribute("data-screen");
    }

    private static int refreshes(Browser b) {
        String n = b.find("body").getAttribute("data-refreshes");
        return n == null ? 0 : Integer.parseInt(n);
    }

    private void enrol(Browser tablet, String code) {
        tablet.open(server.base() + "/staff/rating-device");
        tablet.until(Duration.ofSeconds(10), () -> "enrol".equals(screen(tablet)));
        tablet.find("#enrol-code").sendKeys("000-000-000");
        tablet.find("#enrol-button").click();
        tablet.until(Duration.ofSeconds(10), () -> !tablet.find("#enrol-msg").getText().isEmpty());
        assertThat(tablet.find("#enrol-msg").getText()).contains("wrong, expired or already used");
        tablet.find("#enrol-code").clear();
        tablet.find("#enrol-code").sendKeys(code);
        tablet.find("#enrol-button").click();
        tablet.until(Duration.ofSeconds(10), () -> "idle".equals(screen(tablet))
                && tablet.find("#live-dot").getAttribute("class").contains("live"));
    }

    @Test
    void theTabletWakesOnlyWhenItsOfficialCompletesShowsThemAndStoresOneRating() throws Exception {
        start(30);
        String kiosk = server.enrolKiosk("Sảnh A");
        TestServer.StaffClient admin = server.staff("quantri", Role.ADMIN);
        TestServer.StaffClient lan = server.staff("lan", Role.COUNTER_STAFF);
        TestServer.StaffClient minh = server.staff("minh", Role.COUNTER_STAFF);
        server.staff("giamsat", Role.SUPERVISOR);
        Tablets tablets = new Tablets(server);
        byte[] photo = Tablets.jpeg(Color.BLUE);
        assertThat(tablets.upload(admin, "lan", photo, "image/jpeg").statusCode()).isEqualTo(204);

        try (Browser tablet = new Browser(dir.resolve("tablet"))) {
            enrol(tablet, tablets.code(admin, "2"));
            assertThat(tablet.find("#counter-name").getText()).isEqualTo("Quầy 2");
            assertThat(tablet.find("#centre-name").getText()).isNotBlank();
            assertThat(tablet.find("#idle").getText()).contains("Mời quý khách đánh giá sau khi được phục vụ");

            String other = tablets.called(kiosk, minh, "1");
            tablets.complete(minh, "1", other);
            int before = refreshes(tablet);
            String ticket = tablets.called(kiosk, lan, "2");
            // The call at its own counter reaches the tablet (it re-reads its state) but does not wake it; by then
            // counter 1's completion is stored too and did not wake it either.
            tablet.until(Duration.ofSeconds(10), () -> refreshes(tablet) > before);
            assertThat(screen(tablet)).isEqualTo("idle");

            tablets.complete(lan, "2", ticket);
            tablet.until(Duration.ofSeconds(5), () -> "rate".equals(screen(tablet)));
            assertThat(tablet.find("#official-name").getText()).isEqualTo("Test lan");
            assertThat(tablet.find("#official-photo").getAttribute("src")).startsWith("data:image/jpeg;base64,");
            Object width = tablet.driver.executeScript(
                    "return document.getElementById('official-photo').naturalWidth;");
            assertThat(((Number) width).intValue()).as("the uploaded 120 px portrait is decoded").isEqualTo(120);
            assertThat(tablet.driver.findElements(By.cssSelector(".level"))).hasSize(5);
            assertThat(tablet.find(".level[data-score='5']").getText()).contains("Rất hài lòng");

            tablet.find(".level[data-score='2']").click();
            tablet.until(Duration.ofSeconds(5), () -> tablet.find("#reasons-box").isDisplayed());
            tablet.find(".reason[data-code='wait']").click();
            tablet.screenshot(Path.of(System.getProperty("onestop.screenshots.dir", "target/screenshots"))
                    .resolve("staff-rating-tablet.png"));
            tablet.find("#send").click();
            tablet.until(Duration.ofSeconds(5), () -> "thanks".equals(screen(tablet)));
            assertThat(tablet.find("#thanks").getText()).contains("Cảm ơn");

            Map<String, String> row = server.db.read(c -> Rows.one(c, "SELECT official, counter_id, score, reasons "
                    + "FROM rating WHERE ticket_id = ?", rs -> Map.of("official", rs.getString(1), "counter",
                            rs.getString(2), "score", rs.getString(3), "reasons", rs.getString(4)), ticket)).orElseThrow();
            assertThat(row).containsEntry("official", "lan").containsEntry("counter", "2").containsEntry("score", "2")
                    .containsEntry("reasons", "wait");

            String token = (String) tablet.driver.executeScript(
                    "return localStorage.getItem('onestop.ratingTablet.token');");
            TestServer.Reply again = server.kiosk(token, "POST", "/api/v1/rating-device/rating",
                    Map.of("ticketId", ticket, "score", 5));
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.json().get("detail").asText()).contains("đã được đánh giá").contains("already rated");
            long ratings = server.db.read(c -> Rows.count(c, "SELECT COUNT(*) FROM rating"));
            assertThat(ratings).isEqualTo(1);

            tablet.find("#lang").click();
            assertThat(tablet.find("#thanks").getText()).contains("Thank you");
        }

        try (Browser supervisor = new Browser(dir.resolve("supervisor"))) {
            supervisor.login(server.base(), "giamsat", TestServer.PASSWORD);
            supervisor.open(server.base() + "/staff/dashboard");
            supervisor.until(Duration.ofSeconds(10), () -> supervisor.find("#today-ratings").getText().equals("1"));
            assertThat(supervisor.find("#today-average").getText()).isEqualTo("2.00");
            assertThat(supervisor.find("#today-counters").getText()).contains("Quầy 2");
            // The server's clock is the test's (25 Nov 2026): pick that day in the report form, as a user would.
            supervisor.until(Duration.ofSeconds(10), () -> !supervisor.find("#from").getAttribute("value").isEmpty());
            supervisor.driver.executeScript("document.getElementById('from').value = '2026-11-25';"
                    + "document.getElementById('to').value = '2026-11-25';");
            supervisor.find("#rating-show").click();
            supervisor.until(Duration.ofSeconds(10), () -> supervisor.find("#rating-groups").getText()
                    .contains("Test lan") && supervisor.find("#rating-csv").getAttribute("href").contains("2026-11-25"));
            String csvHref = supervisor.find("#rating-csv").getAttribute("href");
            assertThat(csvHref).contains("/api/v1/supervisor/ratings/report.csv?by=official");
            Object csv = supervisor.driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done);", csvHref);
            // WebDriver hands strings back with \n line ends.
            assertThat(csv.toString().split("\r?\n")[1]).isEqualTo("lan,Test lan,1,2.0,0,1,0,0,0,1,0,0,0,0,0");
        }
    }

    @Test
    void theTabletWakesWhenItsOfficialReceivesADossierRatesItOnceAndTimesOutTheNext() throws Exception {
        start(4);
        String kiosk = server.enrolKiosk("Sảnh A");
        TestServer.StaffClient admin = server.staff("quantri", Role.ADMIN);
        TestServer.StaffClient lan = server.staff("lan", Role.COUNTER_STAFF);
        TestServer.StaffClient minh = server.staff("minh", Role.COUNTER_STAFF);
        Tablets tablets = new Tablets(server);
        assertThat(tablets.upload(admin, "lan", Tablets.jpeg(Color.GREEN), "image/jpeg").statusCode())
                .isEqualTo(204);
        assertThat(server.as(lan, "POST", "/api/v1/counters/2/open", null).status()).isEqualTo(204);
        try (Browser tablet = new Browser(dir.resolve("tablet"))) {
            enrol(tablet, tablets.code(admin, "2"));
            // Received by an official with no counter open: no tablet wakes; then lan receives one at counter 2.
            String elsewhere = tablets.received(kiosk, minh, "H41.21-261205-0301");
            String dossier = tablets.received(kiosk, lan, "H41.21-261205-0302");
            tablet.until(Duration.ofSeconds(5), () -> "rate".equals(screen(tablet)));
            assertThat(tablet.find("#official-name").getText()).isEqualTo("Test lan");
            assertThat(tablet.find("#official-photo").getAttribute("src")).startsWith("data:image/jpeg;base64,");
            assertThat(tablet.find("#ticket-label").getText()).isEqualTo("Hồ sơ");
            assertThat(tablet.find("#ticket-number").getText()).isEqualTo("H41.21-261205-0302");
            tablet.find(".level[data-score='5']").click();
            tablet.until(Duration.ofSeconds(5), () -> "thanks".equals(screen(tablet)));
            Map<String, String> row = server.db.read(c -> Rows.one(c, "SELECT official, counter_id, service_code, "
                    + "score FROM rating WHERE dossier_code = ?", rs -> Map.of("official", rs.getString(1), "counter",
                            rs.getString(2), "service", rs.getString(3), "score", rs.getString(4)), dossier))
                    .orElseThrow();
            assertThat(row).containsEntry("official", "lan").containsEntry("counter", "2")
                    .containsEntry("service", "A").containsEntry("score", "5");
            long others = server.db.read(c -> Rows.count(c, "SELECT COUNT(*) FROM rating WHERE dossier_code = ?",
                    elsewhere));
            assertThat(others).as("the dossier received without a counter was never offered").isZero();

            // The next dossier is not rated: the screen times out back to idle and it is recorded as not rated.
            String late = tablets.received(kiosk, lan, "H41.21-261205-0303");
            tablet.until(Duration.ofSeconds(10), () -> "rate".equals(screen(tablet))
                    && tablet.find("#ticket-number").getText().equals("H41.21-261205-0303"));
            tablet.until(Duration.ofSeconds(10), () -> "idle".equals(screen(tablet)));
            tablet.until(Duration.ofSeconds(5), () -> server.db.read(c -> Rows.count(c,
                    "SELECT COUNT(*) FROM rating_missed_dossier WHERE dossier_code = ? AND official = 'lan'", late))
                    == 1);
            long ratings = server.db.read(c -> Rows.count(c, "SELECT COUNT(*) FROM rating"));
            assertThat(ratings).as("a timeout is not a rating").isEqualTo(1);
        }
    }

    @Test
    void anUnratedServiceTimesOutBackToIdleAndIsRecordedAsNotRated() throws Exception {
        start(2);
        String kiosk = server.enrolKiosk("Sảnh A");
        TestServer.StaffClient admin = server.staff("quantri", Role.ADMIN);
        TestServer.StaffClient lan = server.staff("lan", Role.COUNTER_STAFF);
        Tablets tablets = new Tablets(server);
        try (Browser tablet = new Browser(dir.resolve("tablet"))) {
            enrol(tablet, tablets.code(admin, "1"));
            String ticket = tablets.called(kiosk, lan, "1");
            tablets.complete(lan, "1", ticket);
            tablet.until(Duration.ofSeconds(5), () -> "rate".equals(screen(tablet)));
            tablet.until(Duration.ofSeconds(10), () -> "idle".equals(screen(tablet)));
            tablet.until(Duration.ofSeconds(5), () -> server.db.read(c -> Rows.count(c,
                    "SELECT COUNT(*) FROM rating_missed WHERE ticket_id = ?", ticket)) == 1);
            long ratings = server.db.read(c -> Rows.count(c, "SELECT COUNT(*) FROM rating"));
            assertThat(ratings).as("a timeout is not a rating").isZero();

            tablet.driver.navigate().refresh();
            tablet.until(Duration.ofSeconds(10), () -> refreshes(tablet) > 0);
            assertThat(screen(tablet)).as("a timed-out service is not offered again after a reload").isEqualTo("idle");
        }
    }
}
