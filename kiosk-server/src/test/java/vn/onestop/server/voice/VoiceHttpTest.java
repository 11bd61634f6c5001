package vn.onestop.server.voice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.core.voice.EspeakSpeech;
import vn.onestop.core.voice.Wav;
import vn.onestop.server.TestServer;
import vn.onestop.testkit.RequiresEspeak;

/** The hall display's voice over HTTP on a random port, with the real espeak-ng, and without it. */
@RequiresEspeak
class VoiceHttpTest {
    @TempDir
    Path dir;
    private TestServer server;

    private TestServer start(VoiceSettings voice) {
        server = new TestServer(dir, TestServer.config().toBuilder().voice(voice).build());
        return server;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aCallsAnnouncementIsAWavMadeOnceAndServedFromTheCacheAfter() throws Exception {
        start(VoiceSettings.espeakDefaults());
        HallCalls hall = new HallCalls(server);
        String number = hall.call();
        assertThat(number).isEqualTo("A001");
        JsonNode status = server.send("GET", "/api/v1/display/voice", null, null, null).json();
        assertThat(status.get("on").asBoolean()).isTrue();
        assertThat(status.get("engine").asText()).isEqualTo("espeak");

        HttpResponse<byte[]> first = hall.announcement(number);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValue("audio/wav");
        Wav wav = Wav.parse(first.body(), "announcement");
        assertThat(wav.rms()).isGreaterThan(0.02);
        assertThat(wav.millis()).isBetween(1500L, 10_000L);
        HttpResponse<byte[]> again = hall.announcement(number);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(server.app.voice().made()).isEqualTo(1);
    }

    @Test
    void onlyCallsThatWereMadeAreSpoken() throws Exception {
        start(VoiceSettings.espeakDefaults());
        HallCalls hall = new HallCalls(server);
        hall.call();
        assertThat(hall.announcement("A999").statusCode()).isEqualTo(404);
        assertThat(server.send("GET", "/api/v1/display/announcement?number=A001&counterId=2", null, null, null)
                .status()).isEqualTo(404);
        assertThat(server.send("GET", "/api/v1/display/announcement", null, null, null).status()).isEqualTo(400);
        assertThat(server.app.voice().made()).isZero();
    }

    @Test
    void withoutEspeakTheDisplayStillGetsTheCallAndTheStatusSaysVoiceOff() throws Exception {
        Path nowhere = dir.resolve("missing-espeak-ng");
        start(VoiceSettings.espeakDefaults().withEspeak(new EspeakSpeech.Options(nowhere, 150, 50, 100,
                Duration.ofSeconds(5))));
        HallCalls hall = new HallCalls(server);
        HttpResponse<InputStream> feed = server.http.send(HttpRequest.newBuilder(URI.create(server.base()
                + "/api/v1/display/events")).header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        BlockingQueue<String> lines = lines(feed.body());
        try {
            String number = hall.call();
            assertThat(untilLineStartingWith(lines, "event: ticket.called")).isNotNull();
            assertThat(untilLineStartingWith(lines, "data:")).contains("\"number\":\"" + number + "\"");
            JsonNode status = server.send("GET", "/api/v1/display/voice", null, null, null).json();
            assertThat(status.get("on").asBoolean()).isFalse();
            assertThat(status.get("reason").asText()).isEqualTo("missing");
            HttpResponse<byte[]> audio = hall.announcement(number);
            assertThat(audio.statusCode()).isEqualTo(503);
            assertThat(new String(audio.body(), StandardCharsets.UTF_8)).contains("missing")
                    .contains("the display chimes and shows the call");
        } finally {
            feed.body().close();
        }
    }

    @Test
    void voiceSwitchedOffSaysDisabled() throws Exception {
        start(VoiceSettings.off());
        JsonNode status = server.send("GET", "/api/v1/display/voice", null, null, null).json();
        assertThat(status.get("on").asBoolean()).isFalse();
        assertThat(status.get("reason").asText()).isEqualTo("disabled");
        HallCalls hall = new HallCalls(server);
        assertThat(hall.announcement(hall.call()).statusCode()).isEqualTo(503);
    }

    private static BlockingQueue<String> lines(InputStream body) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (java.io.IOException e) {
                lines.add("closed");
            }
        });
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    private static String untilLineStartingWith(BlockingQueue<String> lines, String prefix) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null && line.startsWith(prefix)) {
                return line;
            }
        }
        return null;
    }
}
