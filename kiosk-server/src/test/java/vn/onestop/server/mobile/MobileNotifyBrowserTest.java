package vn.onestop.server.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import vn.onestop.server.Browser;
import vn.onestop.server.ServerConfig;
import vn.onestop.server.TestServer;
import vn.onestop.server.connector.ConnectorSettings;
import vn.onestop.server.db.Rows;
import vn.onestop.server.notify.NotifySettings;
import vn.onestop.server.staff.Role;
import vn.onestop.testkit.RequiresChromium;
import vn.onestop.testkit.Wait;

/**
 * "Báo tôi qua e-mail / SMS — Notify me by e-mail / SMS" on the citizen's phone page (issue 24), in headless Chromium
 * 360 px wide, against a real server that sends e-mail to GreenMail and SMS to a local gateway on random ports: the
 * form offers the configured channels; a bad e-mail address and a bad phone number each get a clear message and store
 * nothing; good ones are shown masked only (the page keeps no address in its field) and the citizen then gets "N
 * people away" by e-mail and SMS. A page of a server without notifications shows no form. Its picture goes to
 * {@code target/screenshots/mobile-ticket-notify.png}; {@code docs/mobile-ticket-notify.png} is a copy.
 */
@RequiresChromium
@Tag("browser")
class MobileNotifyBrowserTest {
    static final String BASE = "https://hcc.example.vn";
    static final String TOKEN = "gateway-token-0123456789";
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());
    @TempDir
    Path dir;
    TestServer server;
    HttpServer gateway;
    /** The JSON bodies the SMS gateway accepted. */
    final List<JsonNode> sms = new CopyOnWriteArrayList<>();
    String kiosk;
    TestServer.StaffClient clerk;
    int keys;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (gateway != null) {
            gateway.stop(0);
        }
    }

    /** A gateway as docs/sms-gateway.md has it: bearer token checked, each accepted message answered 200. */
    private String startGateway() throws Exception {
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ObjectMapper json = new ObjectMapper();
        gateway.createContext("/sms", ex -> {
            boolean ok = ("Bearer " + TOKEN).equals(ex.getRequestHeaders().getFirst("Authorization"));
            if (ok) {
                sms.add(json.readTree(ex.getRequestBody()));
            }
            ex.sendResponseHeaders(ok ? 200 : 401, -1);
            ex.close();
        });
        gateway.start();
        return "http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms";
    }

    private void start(String notifyProperties) throws Exception {
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.writeString(config.resolve("sms-token.txt"), TOKEN + "\n");
        Files.writeString(config.resolve("server.properties"), notifyProperties);
        ServerConfig sc = TestServer.config().toBuilder().mobile(MobileSettings.off().withBaseUrl(BASE)).build();
        server = new TestServer(Files.createDirectories(dir.resolve("data")), sc,
                Instant.parse("2026-11-25T01:00:00Z"), ConnectorSettings.off(), NotifySettings.load(config));
        kiosk = server.enrolKiosk("Sảnh A");
        clerk = server.staff("clerk", Role.COUNTER_STAFF);
        assertThat(server.as(clerk, "POST", "/api/v1/counters/2/open", null).status()).isEqualTo(204);
    }

    /** Issues a ticket of service A and returns the path of its link (/t/...). */
    private String issue() throws Exception {
        JsonNode t = server.kiosk(kiosk, "POST", "/api/v1/tickets", Map.of("idempotencyKey",
                "notify-page-" + (keys++), "serviceCode", "A")).json();
        String url = t.get("followUrl").asText();
        assertThat(url).startsWith(BASE + "/t/");
        return url.substring(BASE.length());
    }

    private long watches() {
        return server.db.read(c -> Rows.count(c, "SELECT COUNT(*) FROM ticket_watch"));
    }

    private static String text(Browser b, String css) {
        return b.find(css).getText();
    }

    private static void type(Browser b, String value) {
        WebElement input = b.find("#notify-address");
        input.clear();
        input.sendKeys(value);
        b.find("#notify-send").click();
    }

    @Test
    void theCitizenAsksForEmailAndSmsOnThePhoneAndBadAddressesAreRefused() throws Exception {
        start("notify.email.host=127.0.0.1\nnotify.email.port=" + mail.getSmtp().getPort()
                + "\nnotify.email.security=none\nnotify.email.from=trungtam@example.vn\nnotify.sms.url="
                + startGateway() + "\nnotify.sms.tokenFile=sms-token.txt\nnotify.pollMillis=50\n");
        for (int i = 0; i < 4; i++) {
            issue();
        }
        String link = issue();
        try (Browser b = new Browser(dir.resolve("phone"), 360)) {
            b.open(server.base() + link);
            b.until(Duration.ofSeconds(10), () -> text(b, "#number").equals("A005"));
            String number = text(b, "#number");
            assertThat(b.find("#notify").isDisplayed()).isTrue();
            assertThat(text(b, "#notify-title")).isEqualTo("Báo tôi qua e-mail / SMS");
            assertThat(b.find("#ch-email").isSelected()).as("the first channel is picked").isTrue();
            assertThat(b.find("#ch-sms-l").isDisplayed()).isTrue();
            assertThat(text(b, "#notify-form .address")).startsWith("Địa chỉ e-mail");

            type(b, "cong.dan@example");
            b.until(Duration.ofSeconds(5), () -> !text(b, "#notify-msg").isEmpty());
            assertThat(text(b, "#notify-msg")).startsWith("Địa chỉ e-mail không đúng")
                    .contains("Not a valid e-mail address");
            assertThat(watches()).as("nothing stored").isZero();
            assertThat(b.find("#notify-address").getAttribute("value")).as("the citizen's typing is kept to fix")
                    .isEqualTo("cong.dan@example");

            type(b, "cong.dan@example.vn");
            b.until(Duration.ofSeconds(5), () -> text(b, "#notifying").contains("c***@example.vn"));
            assertThat(text(b, "#notifying")).isEqualTo("Sẽ báo qua e-mail tới c***@example.vn");
            assertThat(b.find("#notify-form").isDisplayed()).isFalse();
            assertThat(b.find("#notify-address").getAttribute("value")).isEmpty();
            assertThat(b.driver.getPageSource()).doesNotContain("cong.dan");
            assertThat(watches()).isEqualTo(1);

            b.find("#lang").click();
            assertThat(text(b, "#notifying")).isEqualTo("We will notify you by e-mail at c***@example.vn");
            b.find("#notify-change").click();
            b.find("#ch-sms").click();
            assertThat(text(b, "#notify-form .address")).startsWith("Mobile phone number");
            type(b, "12ab");
            b.until(Duration.ofSeconds(5), () -> !text(b, "#notify-msg").isEmpty());
            assertThat(text(b, "#notify-msg")).contains("Not a valid phone number (8-15 digits");
            assertThat(watches()).isEqualTo(1);

            type(b, "0912 345 678");
            b.until(Duration.ofSeconds(5), () -> text(b, "#notifying").contains("*******678"));
            assertThat(text(b, "#notifying")).contains("We will notify you by e-mail at c***@example.vn")
                    .contains("We will notify you by SMS at *******678");
            assertThat(watches()).isEqualTo(2);
            assertThat(((Number) b.driver.executeScript("return document.documentElement.scrollWidth")).intValue())
                    .as("nothing wider than the phone").isLessThanOrEqualTo(360);
            b.find("#lang").click(); // back to Vietnamese for the picture
            assertThat(text(b, "#notifying")).contains("Sẽ báo qua SMS tới *******678");
            b.driver.executeScript("document.getElementById('notify').scrollIntoView({block: 'end'})");
            b.screenshot(Path.of(System.getProperty("onestop.screenshots.dir", "target/screenshots"))
                    .resolve("mobile-ticket-notify.png"));

            assertThat(server.as(clerk, "POST", "/api/v1/counters/2/next", null).status()).isEqualTo(200);
            Wait.until(() -> mail.getReceivedMessages().length == 1 && sms.size() == 1, Duration.ofSeconds(10),
                    "the 'people away' e-mail and SMS");
            assertThat(mail.getReceivedMessages()[0].getSubject()).contains(number).contains("3 ahead");
            assertThat(GreenMailUtil.getAddressList(mail.getReceivedMessages()[0].getAllRecipients()))
                    .isEqualTo("cong.dan@example.vn");
            assertThat(sms.get(0).get("to").asText()).isEqualTo("0912345678");
            assertThat(sms.get(0).get("text").asText()).contains(number);
        }
    }

    @Test
    void withoutNotificationsThePageOffersNone() throws Exception {
        start("");
        String link = issue();
        try (Browser b = new Browser(dir.resolve("plain"), 360)) {
            b.open(server.base() + link);
            b.until(Duration.ofSeconds(10), () -> text(b, "#number").equals("A001"));
            assertThat(b.find("#notify").isDisplayed()).isFalse();
        }
        assertThat(server.send("POST", "/api/v1/mobile/tickets/" + link.substring(3) + "/notify",
                Map.of("channel", "email", "address", "cong.dan@example.vn"), null, null).status()).isEqualTo(400);
        assertThat(watches()).isZero();
    }
}
