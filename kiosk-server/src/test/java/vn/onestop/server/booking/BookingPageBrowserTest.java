package vn.onestop.server.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import vn.onestop.server.Browser;
import vn.onestop.server.TestServer;
import vn.onestop.server.db.Rows;
import vn.onestop.server.staff.Role;
import vn.onestop.testkit.RequiresChromium;

/**
 * The public booking page in headless Chromium at a phone's 360 px width: a citizen books a slot and reads the code
 * and QR, looks the booking up and cancels it; the admin's slots page saves slots; the dashboard lists today's
 * bookings and marks one as not come.
 */
@RequiresChromium
@Tag("browser")
class BookingPageBrowserTest {
    @TempDir
    Path dir;
    TestServer server;
    TestServer.StaffClient admin;

    @BeforeEach
    void start() throws Exception {
        server = new TestServer(java.nio.file.Files.createDirectories(dir.resolve("data")));
        admin = server.staff("admin1", Role.ADMIN);
        TestServer.Reply set = server.as(admin, "PUT", "/api/v1/booking/slots/A", List.of(
                BookingApiTest.slot(3, "09:00", "09:30", 2), BookingApiTest.slot(4, "09:00", "09:30", 1),
                BookingApiTest.slot(4, "10:00", "10:30", 3)));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aCitizenBooksOnAPhoneReadsTheCodeAndCancelsWithIt() throws Exception {
        try (Browser b = new Browser(dir.resolve("p1"))) {
            b.driver.manage().window().setSize(new Dimension(360, 780));
            b.open(server.base() + "/book?centre=main");
            b.until(Duration.ofSeconds(10), () -> !b.driver.findElements(By.cssSelector("#slots input")).isEmpty());
            new Select(b.find("#day")).selectByValue(BookingApiTest.TOMORROW);
            b.until(Duration.ofSeconds(10), () -> b.driver.findElements(By.cssSelector("#slots input")).size() == 2);
            b.find("#slots input[value='09:00']").click();
            b.find("#phone").sendKeys("0912 345 678");
            b.find("#book-button").click();
            // The booking's code, or a refusal (an error message): "Đang gửi…" (sending) is neither.
            b.until(Duration.ofSeconds(10), () -> !b.find("#result-code").getText().isBlank()
                    || b.find("#book-msg").getAttribute("class").contains("error"));
            String code = b.find("#result-code").getText();
            assertThat(code).as(b.find("#book-msg").getText() + " " + b.console()).matches("[A-Z2-9]{10}");
            b.until(Duration.ofSeconds(10), () -> ((Number) b.driver.executeScript(
                    "return document.getElementById('result-qr').naturalWidth;")).intValue() > 0);
            String phone = server.db.read(c -> Rows.one(c, "SELECT phone FROM booking WHERE code = ?",
                    rs -> rs.getString(1), code)).orElseThrow();
            assertThat(phone).isEqualTo("0912345678");
            assertThat(b.find("body").getText()).as("the page keeps no contact on show").doesNotContain("345");
            assertThat(b.find("#slots").getText()).as("the slot it took is now full").contains("09:00");
            b.until(Duration.ofSeconds(10), () -> b.find("#slots").getText().contains("hết chỗ"));
            b.screenshot(Path.of(System.getProperty("onestop.screenshots.dir", "target/screenshots"))
                    .resolve("booking-page-phone.png"));
            long width = (Long) b.driver.executeScript("return document.documentElement.scrollWidth;");
            assertThat(width).as("readable at 360 px without sideways scrolling").isLessThanOrEqualTo(360);

            b.find("#lookup-button").click();
            b.until(Duration.ofSeconds(10), () -> b.find("#booking-status").getText().equals("Đã đặt"));
            b.find("#cancel-button").click();
            b.driver.switchTo().alert().accept();
            b.until(Duration.ofSeconds(10), () -> b.find("#booking-status").getText().equals("Đã huỷ"));
            String status = server.db.read(c -> Rows.one(c, "SELECT status FROM booking WHERE code = ?",
                    rs -> rs.getString(1), code)).orElseThrow();
            assertThat(status).isEqualTo("cancelled");

            b.find("#lang-button").click();
            assertThat(b.find("#book-button").getText()).isEqualTo("Book");
        }
    }

    @Test
    void theAdminSetsSlotsAndTheDashboardMarksANoShow() throws Exception {
        TestServer.Reply booked = server.send("POST", "/api/v1/public/bookings?centre=main", Map.of("serviceCode", "A",
                "day", BookingApiTest.TODAY, "start", "09:00", "email", "dan@example.vn"), Map.of(), null);
        String code = booked.json().get("code").asText();
        server.app.staff().create("test", "sup", "Sup", Role.SUPERVISOR, TestServer.PASSWORD.toCharArray());
        try (Browser b = new Browser(dir.resolve("p2"))) {
            b.login(server.base(), "admin1", TestServer.PASSWORD);
            b.open(server.base() + "/staff/booking-slots");
            b.until(Duration.ofSeconds(10), () -> b.driver.findElements(By.cssSelector("#bk-slots tr")).size() == 3);
            b.find("#bk-add").click();
            b.find("#bk-save").click();
            b.until(Duration.ofSeconds(10), () -> !b.find("#bk-msg").getText().isBlank());
            assertThat(b.find("#bk-msg").getText()).isEqualTo("Đã lưu khung giờ");
            assertThat(server.as(admin, "GET", "/api/v1/booking/slots?service=A", null).json()).hasSize(4);
        }
        try (Browser b = new Browser(dir.resolve("p3"))) {
            b.login(server.base(), "sup", TestServer.PASSWORD);
            b.open(server.base() + "/staff/dashboard");
            b.until(Duration.ofSeconds(10), () -> b.find("#bookings-today").getText().contains(code));
            assertThat(b.find("#bookings-today").getText()).doesNotContain("dan@example.vn");
            b.find("[data-no-show='" + code + "']").click();
            b.until(Duration.ofSeconds(10), () -> b.find("#bookings-today").getText().contains("Vắng mặt"));
        }
        String status = server.db.read(c -> Rows.one(c, "SELECT status FROM booking WHERE code = ?",
                rs -> rs.getString(1), code)).orElseThrow();
        assertThat(status).isEqualTo("no_show");
    }
}
