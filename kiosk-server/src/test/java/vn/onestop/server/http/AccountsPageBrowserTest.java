package vn.onestop.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebElement;
import vn.onestop.server.Browser;
import vn.onestop.server.TestServer;
import vn.onestop.server.staff.Role;
import vn.onestop.testkit.RequiresChromium;

/** Finding 7 on the staff pages: an admin disables an account on the technician page and its session ends. */
@RequiresChromium
@Tag("browser")
class AccountsPageBrowserTest {
    @TempDir
    Path dir;
    TestServer server;

    @BeforeEach
    void start() throws Exception {
        server = new TestServer(java.nio.file.Files.createDirectories(dir.resolve("data")));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static WebElement button(Browser b, String user, String act) {
        return b.driver.findElement(By.xpath("//tbody[@id='accounts']/tr[td[1][text()='" + user
                + "']]//button[@data-act='" + act + "']"));
    }

    private static boolean present(Browser b, String user, String act) {
        try {
            return button(b, user, act).isDisplayed();
        } catch (NoSuchElementException e) {
            return false;
        }
    }

    @Test
    void anAdminDisablesAClerkOnThePageAndTheClerksOpenSessionEnds() throws Exception {
        server.app.staff().create("test", "boss", "Boss", Role.ADMIN, TestServer.PASSWORD.toCharArray());
        TestServer.StaffClient clerk = server.staff("clerk", Role.COUNTER_STAFF);
        assertThat(server.as(clerk, "GET", "/api/v1/auth/me", null).status()).isEqualTo(200);
        try (Browser admin = new Browser(dir.resolve("p1"))) {
            admin.login(server.base(), "boss", TestServer.PASSWORD);
            admin.open(server.base() + "/staff/technician");
            admin.until(Duration.ofSeconds(10), () -> present(admin, "clerk", "disable"));

            button(admin, "clerk", "disable").click();
            admin.until(Duration.ofSeconds(5), () -> {
                try {
                    admin.driver.switchTo().alert().accept();
                    return true;
                } catch (org.openqa.selenium.NoAlertPresentException e) {
                    return false;
                }
            });

            admin.until(Duration.ofSeconds(10), () -> present(admin, "clerk", "enable"));
            assertThat(admin.find("#accounts-msg").getText()).startsWith("Đã khoá tài khoản");
            assertThat(admin.find("#audit").getText()).contains("staff.disable");
            assertThat(server.as(clerk, "GET", "/api/v1/auth/me", null).status()).as("the clerk's open session")
                    .isEqualTo(401);
            assertThat(present(admin, "boss", "disable")).as("the admin's own row has the control too").isTrue();
            admin.screenshot(Path.of("target", "accounts-page.png")); // to look at, not compared
            assertThat(admin.console()).doesNotContain("Uncaught").doesNotContain("Refused");
        }
    }
}
