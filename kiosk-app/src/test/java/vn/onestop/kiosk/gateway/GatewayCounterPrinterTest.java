package vn.onestop.kiosk.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.onestop.device.printer.PrinterFactory;
import vn.onestop.device.printer.virtual.RenderedTicket;
import vn.onestop.device.printer.virtual.VirtualTicketPrinter;
import vn.onestop.server.ServerApp;
import vn.onestop.server.ServerConfig;
import vn.onestop.server.ServerConfigLoader;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;
import vn.onestop.server.staff.Role;
import vn.onestop.testkit.RequiresChromium;
import vn.onestop.testkit.Wait;

/**
 * The counter's thermal printer on the device gateway (issue 22 with issue 27): the real server on a random port,
 * a gateway for counters 2 and 3 with a virtual printer each (PNG files, the kiosk's printer driver). Receiving a
 * dossier at counter 2 prints the receipt slip there with the official code, counter 3 prints nothing; paper out
 * is reported as a failure the console shows, "print again" then prints; a counter without printer is "PDF only".
 */
class GatewayCounterPrinterTest {
    static final Path CONFIG = Path.of(System.getProperty("onestop.config.dir"));
    @TempDir
    Path dir;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();
    final Map<String, VirtualTicketPrinter> printers = new ConcurrentHashMap<>();
    Database db;
    ServerApp app;
    Gateway gateway;
    String kiosk;
    String cookie;
    String csrf;
    int dossiers;
    Map<String, String> tokens;

    @BeforeEach
    void start() throws Exception {
        Files.createDirectories(dir.resolve("server"));
        ServerConfig config = ServerConfigLoader.load(CONFIG).toBuilder().passwordIterations(1000).build();
        db = Database.openSqlite(dir.resolve("server"));
        app = new ServerApp(config, db, Clock.systemUTC(), dir.resolve("server")).start(0);
        Properties p = new Properties();
        p.setProperty("server.url", url());
        p.setProperty("counters", "2,3");
        p.setProperty("counter.2.printer", "virtual");
        p.setProperty("counter.3.printer", "virtual");
        GatewayConfig gc = GatewayConfig.from(p, dir.resolve("gateway"));
        tokens = GatewayTokens.obtain(gc, Optional.of(app.gateways().createCode(gc.counters(),
                "test", "main")));
        gateway = Gateway.start(gc, CONFIG, tokens, Clock.systemUTC(), (settings, configDir) -> {
            VirtualTicketPrinter v = (VirtualTicketPrinter) PrinterFactory.create(settings, configDir,
                    Clock.systemUTC());
            printers.put(settings.virtualOutDir().getFileName().toString(), v);
            return v;
        });
        Wait.until(() -> db.read(c -> Rows.count(c, "SELECT COUNT(*) FROM counter_printer")) == 2,
                Duration.ofSeconds(10), "both counters' printers announced to the server");
        kiosk = json.readTree(send("POST", "/api/v1/kiosk/enrol", Map.of(), Map.of("enrolmentCode",
                app.kiosks().createEnrolmentCode("test"), "kioskName", "k")).body()).get("token").asText();
        app.staff().create("test", "clerk", "Clerk", Role.COUNTER_STAFF, "official-password-1".toCharArray());
        HttpResponse<String> login = send("POST", "/api/v1/auth/login", Map.of(), Map.of("username", "clerk",
                "password", "official-password-1"));
        cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        csrf = json.readTree(login.body()).get("csrfToken").asText();
    }

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
        app.stop();
        db.close();
    }

    @Test
    void aDossierReceivedAtCounter2IsPrintedThereAndNowhereElse() throws Exception {
        String code = received("000.00.00.H41-251125-0007");
        JsonNode asked = staff("POST", "/api/v1/staff/prepared/" + code + "/counter-print", Map.of("counterId", "2"));
        assertThat(asked.get("status").asText()).isIn("pending", "printed");

        Wait.until(() -> status(code).equals("printed"), Duration.ofSeconds(15), "the slip printed at counter 2");
        VirtualTicketPrinter two = printers.get("printer-2");
        RenderedTicket slip = two.lastTicket().orElseThrow();
        String text = String.join("\n", slip.textLines());
        assertThat(text).contains("000.00.00.H41-251125-0007").contains("HẸN TRẢ KẾT QUẢ");
        Path png = two.lastPng().orElseThrow();
        assertThat(png).startsWith(dir.resolve("gateway/printer-2"));
        assertThat(Files.size(png)).isGreaterThan(1000);
        assertThat(printers.get("printer-3").lastTicket()).as("counter 3's printer").isEmpty();

        // A replayed or repeated event prints nothing more: the gateway may fetch a slip only while it is pending.
        assertThat(send("GET", "/api/v1/gateway/counters/2/slips/" + code, Map.of("Authorization", "Bearer "
                + tokens.get("2")), null).statusCode()).isEqualTo(409);
        // Counter 3's gateway token cannot fetch counter 2's slip, nor see it as its own.
        assertThat(send("GET", "/api/v1/gateway/counters/2/slips/" + code, Map.of("Authorization", "Bearer "
                + tokens.get("3")), null).statusCode()).isEqualTo(403);
        assertThat(send("GET", "/api/v1/gateway/counters/3/slips/" + code, Map.of("Authorization", "Bearer "
                + tokens.get("3")), null).statusCode()).isEqualTo(404);
    }

    @Test
    void paperOutIsReportedAndPrintAgainPrints() throws Exception {
        VirtualTicketPrinter two = printers.get("printer-2");
        two.setPaperOut(true);
        String code = received("000.00.00.H41-251125-0008");
        staff("POST", "/api/v1/staff/prepared/" + code + "/counter-print", Map.of("counterId", "2"));
        Wait.until(() -> status(code).equals("failed"), Duration.ofSeconds(15), "the failure reported");
        JsonNode state = staff("GET", "/api/v1/staff/prepared/" + code + "/counter-print", null);
        assertThat(state.get("error").asText()).contains("paper out");
        // The reception stands and its PDF slip is there.
        JsonNode opened = staff("GET", "/api/v1/staff/prepared/" + code, null);
        assertThat(opened.toString()).contains("000.00.00.H41-251125-0008");

        two.setPaperOut(false);
        staff("POST", "/api/v1/staff/prepared/" + code + "/counter-print", Map.of("counterId", "2"));
        Wait.until(() -> status(code).equals("printed"), Duration.ofSeconds(15), "printed again");
        assertThat(String.join("\n", two.lastTicket().orElseThrow().textLines()))
                .contains("000.00.00.H41-251125-0008");
    }

    @Test
    void aCounterWithoutPrinterIsPdfOnly() throws Exception {
        String code = received("000.00.00.H41-251125-0009");
        JsonNode none = staff("POST", "/api/v1/staff/prepared/" + code + "/counter-print", Map.of("counterId", "1"));
        assertThat(none.get("status").asText()).isEqualTo("none");
        assertThat(printers.get("printer-2").lastTicket()).isEmpty();
        assertThat(printers.get("printer-3").lastTicket()).isEmpty();
    }

    /**
     * What the official sees in the counter console (headless Chromium): receiving at counter 2 says "Đã in phiếu tại
     * quầy"; with the paper out it says why and to print the PDF, and "print again" prints once paper is back.
     */
    @Test
    @RequiresChromium
    void theCounterConsoleShowsThePrintAndItsFailure() throws Exception {
        String first = prepared();
        String second = prepared();
        org.openqa.selenium.chrome.ChromeOptions options = new org.openqa.selenium.chrome.ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--window-size=1366,900", "--lang=vi", "--user-data-dir=" + dir.resolve("chromium"));
        org.openqa.selenium.chrome.ChromeDriver b = new org.openqa.selenium.chrome.ChromeDriver(
                new org.openqa.selenium.chrome.ChromeDriverService.Builder().usingDriverExecutable(
                        new java.io.File("/usr/bin/chromedriver")).usingAnyFreePort().build(), options);
        try {
            b.get(url() + "/staff/login");
            b.findElement(By.id("username")).sendKeys("clerk");
            b.findElement(By.id("password")).sendKeys("official-password-1");
            b.findElement(By.id("login-button")).click();
            until(b, () -> b.getCurrentUrl().endsWith("/staff/counter")
                    && b.findElements(By.cssSelector("#counter-select option[value='2']")).size() == 1);
            new Select(b.findElement(By.id("counter-select"))).selectByValue("2");

            receiveInConsole(b, first, "000.00.00.H41-251125-0010");
            until(b, () -> b.findElement(By.id("rc-print")).getText().equals("Đã in phiếu tại quầy"));
            assertThat(String.join("\n", printers.get("printer-2").lastTicket().orElseThrow().textLines()))
                    .contains("000.00.00.H41-251125-0010");

            printers.get("printer-2").setPaperOut(true);
            receiveInConsole(b, second, "000.00.00.H41-251125-0011");
            until(b, () -> b.findElement(By.id("rc-print")).getText().contains("Không in được tại quầy"));
            assertThat(b.findElement(By.id("rc-print")).getText()).contains("paper out").contains("hãy in phiếu PDF");
            assertThat(b.findElement(By.id("rc-slip")).isDisplayed()).as("the PDF is there").isTrue();
            assertThat(b.findElement(By.id("rc-result")).getText()).contains("000.00.00.H41-251125-0011");

            printers.get("printer-2").setPaperOut(false);
            b.findElement(By.id("rc-print-again")).click();
            until(b, () -> b.findElement(By.id("rc-print")).getText().equals("Đã in phiếu tại quầy"));
            assertThat(String.join("\n", printers.get("printer-2").lastTicket().orElseThrow().textLines()))
                    .contains("000.00.00.H41-251125-0011");
        } finally {
            b.quit();
        }
    }

    private static void until(org.openqa.selenium.WebDriver b, java.util.function.Supplier<Boolean> condition) {
        new WebDriverWait(b, Duration.ofSeconds(15), Duration.ofMillis(50)).until(d -> condition.get());
    }

    private static void receiveInConsole(org.openqa.selenium.WebDriver b, String code, String official) {
        b.findElement(By.id("rc-code")).clear();
        b.findElement(By.id("rc-code")).sendKeys(code + Keys.ENTER);
        until(b, () -> b.findElement(By.id("rc-official")).isDisplayed()
                && b.findElement(By.id("rc-data")).getText().contains(code.substring(0, 4)));
        b.findElement(By.id("rc-official")).sendKeys(official);
        b.findElement(By.id("rc-receive")).click();
    }

    private String status(String code) {
        try {
            return staff("GET", "/api/v1/staff/prepared/" + code + "/counter-print", null).get("status").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A dossier prepared at the kiosk and received by the official with {@code officialCode}. */
    private String received(String officialCode) throws Exception {
        String code = prepared();
        JsonNode r = staff("POST", "/api/v1/staff/prepared/" + code + "/receive", Map.of("officialCode",
                officialCode));
        assertThat(r.get("dossier").get("officialCode").asText()).isEqualTo(officialCode);
        return code;
    }

    /** A dossier prepared at the kiosk, awaiting reception; its preparation code. */
    private String prepared() throws Exception {
        Map<String, Object> body = Map.of("idempotencyKey", "print-key-" + (dossiers++), "procedureCode", "LLTP-1",
                "applicant", Map.of("name", "Nguyễn Văn An", "idNumber", "001203004567", "dateOfBirth", "2003-02-01",
                        "address", "Số 5 ngõ 12 phố Huế, Hà Nội"),
                "documents", List.of(Map.of("name", "Tờ khai", "form", "ORIGINAL", "quantity", 1)),
                "sets", 1, "delivery", "COUNTER", "consentGiven", true, "phone", "0912345678");
        HttpResponse<String> prepared = send("POST", "/api/v1/dossiers", Map.of("Authorization", "Bearer " + kiosk),
                body);
        assertThat(prepared.statusCode()).as(prepared.body()).isEqualTo(201);
        return json.readTree(prepared.body()).get("preparationCode").asText();
    }

    private JsonNode staff(String method, String path, Object body) throws Exception {
        HttpResponse<String> r = send(method, path, Map.of("Cookie", cookie, "X-CSRF-Token", csrf), body);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return json.readTree(r.body());
    }

    private HttpResponse<String> send(String method, String path, Map<String, String> headers, Object body)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url() + path)).timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String url() {
        return "http://127.0.0.1:" + app.port();
    }
}
