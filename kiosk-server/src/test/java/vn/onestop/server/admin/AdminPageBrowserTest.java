package vn.onestop.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.onestop.server.Browser;
import vn.onestop.server.TestServer;
import vn.onestop.server.db.Rows;
import vn.onestop.server.staff.Role;
import vn.onestop.testkit.RequiresChromium;

/**
 * Issue 21 on the staff pages, in headless Chromium: a province admin creates a centre, a counter and a user on
 * /staff/admin, switches centre with the picker, and disables the user, whose open session ends at once. The page's
 * screenshot goes to {@code target/screenshots} (or {@code -Donestop.screenshots.dir=DIR}) as staff-admin.png.
 */
@RequiresChromium
@Tag("browser")
class AdminPageBrowserTest {
    @TempDir
    Path dir;
    TestServer server;
    Path out;

    @BeforeEach
    void start() throws Exception {
        server = new TestServer(Files.createDirectories(dir.resolve("data")));
        out = Path.of(System.getProperty("onestop.screenshots.dir", "target/screenshots"));
        server.app.staff().create("test", null, "quan.tri", "Quản trị tỉnh", Role.ADMIN,
                TestServer.PASSWORD.toCharArray(), "*");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static void type(Browser b, String form, String field, String text) {
        WebElement input = b.find("#" + form + " [name=" + field + "]");
        input.clear();
        input.sendKeys(text);
    }

    private static WebElement button(Browser b, String tbody, String first, String act) {
        return b.driver.findElement(By.xpath("//tbody[@id='" + tbody + "']/tr[td[1][text()='" + first
                + "']]//button[@data-act='" + act + "']"));
    }

    private static boolean present(Browser b, String tbody, String first, String act) {
        try {
            return button(b, tbody, first, act).isDisplayed();
        } catch (NoSuchElementException e) {
            return false;
        }
    }

    @Test
    void anAdminCreatesACentreAndAUserThenDisablesTheUserWhoseSessionEndsAtOnce() throws Exception {
        try (Browser b = new Browser(dir.resolve("admin"))) {
            b.login(server.base(), "quan.tri", TestServer.PASSWORD);
            b.open(server.base() + "/staff/admin");
            b.until(Duration.ofSeconds(10), () -> b.find("#centres").getText().contains("main"));

            type(b, "centre-form", "id", "xa-an-binh");
            type(b, "centre-form", "nameVi", "Trung tâm Phục vụ hành chính công xã An Bình");
            type(b, "centre-form", "nameEn", "An Binh commune public service centre");
            type(b, "centre-form", "agencyCode", "000.00.21.H01");
            type(b, "centre-form", "address", "Số 1, xã An Bình");
            type(b, "centre-form", "openingHours", "T2-T6 7:30-11:30, 13:30-17:00");
            b.find("#centre-form button[type=submit]").click();
            b.until(Duration.ofSeconds(10), () -> b.find("#centres").getText().contains("xa-an-binh"));
            assertThat(server.app.centres().require("xa-an-binh").agencyCode()).isEqualTo("000.00.21.H01");

            // A user of the new centre, whose session is open elsewhere (another cookie).
            type(b, "staff-form", "username", "can.bo.an");
            type(b, "staff-form", "displayName", "Cán bộ An Bình");
            new Select(b.find("#staff-form [name=role]")).selectByValue("counter_staff");
            new Select(b.find("#staff-form [name=centre]")).selectByValue("xa-an-binh");
            type(b, "staff-form", "password", TestServer.PASSWORD);
            b.find("#staff-form button[type=submit]").click();
            b.until(Duration.ofSeconds(10), () -> present(b, "staff", "can.bo.an", "disable"));
            assertThat(b.find("#staff").getText()).contains("xa-an-binh: Cán bộ quầy");
            TestServer.StaffClient clerk = server.login("can.bo.an", TestServer.PASSWORD);
            assertThat(server.as(clerk, "GET", "/api/v1/auth/me", null).json().get("centreId").asText())
                    .isEqualTo("xa-an-binh");

            button(b, "staff", "can.bo.an", "disable").click();
            b.until(Duration.ofSeconds(10), () -> present(b, "staff", "can.bo.an", "enable"));
            assertThat(server.as(clerk, "GET", "/api/v1/auth/me", null).status()).as("the user's open session")
                    .isEqualTo(401);
            b.until(Duration.ofSeconds(10), () -> b.find("#audit").getText().contains("staff.disable"));
            assertThat(b.find("#audit").getText()).contains("centre.create").contains("staff.create");

            // The centre picker: the province admin has two centres now, and acts in the one chosen.
            b.open(server.base() + "/staff/admin");
            b.until(Duration.ofSeconds(10), () -> !b.driver.findElements(By.id("centre-picker")).isEmpty());
            new Select(b.find("#centre-picker")).selectByValue("xa-an-binh");
            b.until(Duration.ofSeconds(10), () -> b.find("[data-bind=centre]").getText().startsWith("xa-an-binh"));
            assertThat(b.console()).doesNotContain("Uncaught").doesNotContain("Refused");
        }
    }

    @Test
    void anAdminCreatesACounterWithAServerChosenId() throws Exception {
        Assumptions.assumeTrue(queueSchema(), "needs the queue branch's counter.open_hours/service.centre_id "
                + "(issue 21, merged by the lead)");
        try (Browser b = new Browser(dir.resolve("admin"))) {
            b.login(server.base(), "quan.tri", TestServer.PASSWORD);
            b.open(server.base() + "/staff/admin");
            b.until(Duration.ofSeconds(10), () -> b.find("#services").getText().contains("A"));
            type(b, "counter-form", "name", "Quầy 6 – Đất đai");
            type(b, "counter-form", "services", "A,B");
            type(b, "counter-form", "openHours", "07:30-11:30, 13:30-17:00");
            b.find("#counter-form button[type=submit]").click();
            b.until(Duration.ofSeconds(10), () -> b.find("#counters").getText().contains("Quầy 6 – Đất đai"));
            assertThat(b.find("#adm-msg").getText()).endsWith(": 6");
            b.driver.executeScript("window.scrollTo(0, 0)");
            b.screenshot(out.resolve("staff-admin.png"));
            type(b, "counter-form", "name", "Quầy trống");
            type(b, "counter-form", "services", " ");
            b.find("#counter-form button[type=submit]").click();
            b.until(Duration.ofSeconds(10), () -> b.find("#adm-msg").getText().contains("at least one service"));
        }
        assertThat(out.resolve("staff-admin.png")).isNotEmptyFile();
    }

    private boolean queueSchema() {
        return server.db.read(c -> {
            try {
                Rows.count(c, "SELECT COUNT(*) FROM counter WHERE open_hours IS NULL AND disabled_at IS NULL");
                Rows.count(c, "SELECT COUNT(*) FROM priority_class WHERE centre_id = 'main'");
                return true;
            } catch (SQLException e) {
                return false;
            }
        });
    }
}
