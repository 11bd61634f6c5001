package vn.onestop.server.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.server.Browser;
import vn.onestop.server.TestServer;
import vn.onestop.testkit.RequiresChromium;
import vn.onestop.testkit.RequiresEspeak;

/**
 * The hall display in headless Chromium: with the server's voice on, a call makes the page fetch the server's
 * audio and the browser's own voice says nothing; with it off, no audio is fetched and the browser's voice speaks.
 * Debian's Chromium has no Vietnamese voice, so the page is given one that only counts what it is asked to say
 * (the browser's speech output is the edge; the page's choice between the two is what is tested).
 */
@RequiresChromium
@RequiresEspeak
class DisplayVoiceBrowserTest {
    private static final String COUNTING_VOICE = "window.spoken = [];"
            + "speechSynthesis.getVoices = function () { return [{lang: 'vi-VN', name: 'test'}]; };"
            + "window.SpeechSynthesisUtterance = function (text) { this.text = text; };"
            + "speechSynthesis.speak = function (u) { window.spoken.push(u.text); };";
    @TempDir
    Path dir;
    private TestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private Object js(Browser b, String script) {
        return b.driver.executeScript(script);
    }

    private long announcementRequests(Browser b) {
        return (Long) js(b, "return performance.getEntriesByType('resource').filter(function (e) {"
                + " return e.name.indexOf('/api/v1/display/announcement?number=') >= 0; }).length;");
    }

    private Browser display(VoiceSettings voice, boolean serverVoiceOn) {
        server = new TestServer(dir, TestServer.config().toBuilder().voice(voice).build());
        Browser b = new Browser(dir.resolve("profile"));
        b.open(server.base() + "/staff/display");
        b.until(Duration.ofSeconds(10), () -> b.find("#live-dot").getAttribute("class").contains("live"));
        b.until(Duration.ofSeconds(10), () -> Boolean.valueOf(serverVoiceOn).equals(
                js(b, "return Announcer.stats.serverVoice;")));
        js(b, COUNTING_VOICE);
        return b;
    }

    @Test
    void withTheServersVoiceACallFetchesItsAudioAndTheBrowserSaysNothing() throws Exception {
        try (Browser b = display(VoiceSettings.espeakDefaults(), true)) {
            HallCalls hall = new HallCalls(server);
            String number = hall.call();
            b.until(Duration.ofSeconds(5), () -> b.find("#call-number").getText().equals(number));
            b.until(Duration.ofSeconds(10), () -> announcementRequests(b) == 1);
            b.until(Duration.ofSeconds(10), () -> server.app.voice().made() == 1);
            assertThat(js(b, "return Announcer.stats.serverAudio;")).isEqualTo(1L);
            // The audio arrived whole (after the chime it plays): still nothing from the browser's own voice.
            b.until(Duration.ofSeconds(5), () -> (Long) js(b, "return performance.getEntriesByType('resource')"
                    + ".filter(function (e) { return e.name.indexOf('announcement') >= 0 && e.responseEnd > 0; })"
                    + ".length;") == 1);
            b.until(Duration.ofSeconds(10), () -> (Long) js(b, "return Announcer.stats.played;") == 1);
            assertThat(js(b, "return Announcer.stats.browserSpeech;")).isEqualTo(0L);
            assertThat(js(b, "return window.spoken.length;")).isEqualTo(0L);
            assertThat(b.find("#sentence").getText()).isEqualTo("Mời số A001 đến Quầy 1");

            // Two calls in quick succession: both are fetched and played, one after the other.
            String second = hall.call();
            String third = hall.call();
            b.until(Duration.ofSeconds(5), () -> b.find("#call-number").getText().equals(third));
            b.until(Duration.ofSeconds(20), () -> (Long) js(b, "return Announcer.stats.played;") == 3);
            assertThat(announcementRequests(b)).isEqualTo(3);
            assertThat(server.app.voice().made()).isEqualTo(3);
            assertThat(second).isEqualTo("A002");
            assertThat(js(b, "return window.spoken.length;")).isEqualTo(0L);
        }
    }

    @Test
    void withTheServersVoiceOffTheBrowsersVoiceSpeaksAndNoAudioIsFetched() throws Exception {
        try (Browser b = display(VoiceSettings.off(), false)) {
            HallCalls hall = new HallCalls(server);
            String number = hall.call();
            b.until(Duration.ofSeconds(5), () -> b.find("#call-number").getText().equals(number));
            b.until(Duration.ofSeconds(5), () -> (Long) js(b, "return window.spoken.length;") == 1);
            assertThat(js(b, "return window.spoken[0];")).isEqualTo("Mời số A không không một đến Quầy 1");
            assertThat(announcementRequests(b)).isZero();
            assertThat(server.app.voice().made()).isZero();
        }
    }
}
