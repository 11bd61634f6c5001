package vn.onestop.server;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver, both at fixed paths (no Selenium Manager download).
 * Tests that use it declare {@code @RequiresChromium} (kiosk-testkit).
 */
public final class Browser implements AutoCloseable {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    public final ChromeDriver driver;
    private final Path profile;

    /** The test declares {@code @RequiresChromium}. */
    public Browser(Path profile) {
        this(profile, 0);
    }

    /**
     * A browser emulating a phone {@code phoneWidth} CSS pixels wide (Chromium's mobile emulation: viewport, pixel
     * ratio 2, touch, a mobile user agent), or a desktop window when 0. The test declares {@code @RequiresChromium}.
     */
    public Browser(Path profile, int phoneWidth) {
        this.profile = profile;
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1366,900", "--lang=vi", "--user-data-dir=" + profile.toAbsolutePath(),
                "--autoplay-policy=no-user-gesture-required");
        if (phoneWidth > 0) {
            options.setExperimentalOption("mobileEmulation", java.util.Map.of(
                    "deviceMetrics", java.util.Map.of("width", phoneWidth, "height", 740, "pixelRatio", 2.0,
                            "touch", true),
                    "userAgent", "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) "
                            + "Chrome/120.0 Mobile Safari/537.36"));
        }
        java.util.logging.Level all = java.util.logging.Level.ALL;
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, all);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    public void open(String url) {
        driver.get(url);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** Waits until {@code condition} holds, polling every 20 ms. */
    public void until(Duration timeout, Supplier<Boolean> condition) {
        new WebDriverWait(driver, timeout, Duration.ofMillis(20)).until(d -> condition.get());
    }

    public void login(String base, String user, String password) {
        open(base + "/staff/login");
        find("#username").sendKeys(user);
        find("#password").sendKeys(password);
        find("#login-button").click();
        try {
            until(Duration.ofSeconds(10), () -> !driver.getCurrentUrl().contains("/staff/login"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Login as " + user + " stayed on the login page: " + find("#login-msg").getText()
                    + " " + driver.getCurrentUrl() + " console: " + console(), e);
        }
    }

    /** Saves a PNG of the viewport (for docs/). */
    public void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            File png = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(png.toPath(), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new AssertionError("Cannot save screenshot " + file + ": " + e.getMessage(), e);
        }
    }

    /** The browser console's messages so far (for failure messages). */
    public String console() {
        StringBuilder sb = new StringBuilder();
        driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).forEach(e -> sb.append(e.getMessage())
                .append('\n'));
        return sb.toString();
    }

    @Override
    public void close() {
        driver.quit();
    }

    public Path profile() {
        return profile;
    }
}
