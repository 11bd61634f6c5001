package vn.onestop.server.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.core.voice.EspeakSpeech;
import vn.onestop.server.Browser;
import vn.onestop.server.TestServer;
import vn.onestop.server.staff.Role;
import vn.onestop.testkit.RequiresChromium;

/** The technician and dashboard pages say whether the hall display's voice works, and why not. */
@RequiresChromium
class VoiceStatusPagesBrowserTest {
    @TempDir
    Path dir;
    private TestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void withoutEspeakBothPagesSayTheVoiceIsOffAndWhy() throws Exception {
        Path nowhere = dir.resolve("no-espeak-ng");
        server = new TestServer(dir, TestServer.config().toBuilder().voice(VoiceSettings.espeakDefaults()
                .withEspeak(new EspeakSpeech.Options(nowhere, 150, 50, 100, Duration.ofSeconds(5)))).build());
        server.app.staff().create("test", "tech", "Tech", Role.TECHNICIAN, TestServer.PASSWORD.toCharArray());
        server.app.staff().create("test", "boss", "Boss", Role.SUPERVISOR, TestServer.PASSWORD.toCharArray());
        try (Browser b = new Browser(dir.resolve("p1")); Browser s = new Browser(dir.resolve("p2"))) {
            b.login(server.base(), "tech", TestServer.PASSWORD);
            assertThat(b.driver.getCurrentUrl()).endsWith("/staff/technician");
            b.until(Duration.ofSeconds(10), () -> !b.find("#voice-status").getText().isEmpty());
            assertThat(b.find("#voice-status").getText()).startsWith("Giọng đọc bảng gọi số: tắt (missing)")
                    .contains(nowhere.toString());
            s.login(server.base(), "boss", TestServer.PASSWORD);
            assertThat(s.driver.getCurrentUrl()).endsWith("/staff/dashboard");
            s.until(Duration.ofSeconds(10), () -> !s.find("#voice-status").getText().isEmpty());
            assertThat(s.find("#voice-status").getText()).startsWith("Giọng đọc bảng gọi số: tắt (missing)");
        }
    }

    @Test
    @vn.onestop.testkit.RequiresEspeak
    void withTheVoiceOnTheTechnicianPageSaysOnWithItsEngineAndLanguages() throws Exception {
        server = new TestServer(dir, TestServer.config().toBuilder().voice(VoiceSettings.espeakDefaults()
                .withLanguages(java.util.List.of("vi", "en"))).build());
        server.app.staff().create("test", "tech", "Tech", Role.TECHNICIAN, TestServer.PASSWORD.toCharArray());
        try (Browser b = new Browser(dir.resolve("p1"))) {
            b.login(server.base(), "tech", TestServer.PASSWORD);
            b.until(Duration.ofSeconds(10), () -> !b.find("#voice-status").getText().isEmpty());
            assertThat(b.find("#voice-status").getText()).isEqualTo("Giọng đọc bảng gọi số: bật (espeak, vi, en)");
        }
    }
}
