package vn.onestop.server.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.core.voice.EspeakSpeech;
import vn.onestop.server.TestServer;
import vn.onestop.testkit.RequiresEspeak;

/**
 * The hall display's voice, timed: from the call event arriving on the display's stream to the first byte of its
 * audio over HTTP on a random port (uncached: the first request of each call; cached: the same call again), and
 * the synthesis of one announcement by the server against espeak-ng's own command line writing a file
 * ({@code espeak-ng -v vi -w FILE "text"}) for the same text, in the same run.
 */
@Tag("bench")
@RequiresEspeak
class VoiceBenchmark {
    private static final int CALLS = 15;
    @TempDir
    Path dir;

    @Test
    void eventToFirstAudioByteAndSynthesisAgainstEspeaksCommandLine() throws Exception {
        List<Double> uncached = new ArrayList<>();
        List<Double> cached = new ArrayList<>();
        try (TestServer server = new TestServer(dir, TestServer.config().toBuilder()
                .voice(VoiceSettings.espeakDefaults()).build())) {
            HallCalls hall = new HallCalls(server);
            HttpResponse<InputStream> feed = server.http.send(HttpRequest.newBuilder(URI.create(server.base()
                    + "/api/v1/display/events")).header("Accept", "text/event-stream").GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (BufferedReader events = new BufferedReader(new InputStreamReader(feed.body(),
                    StandardCharsets.UTF_8))) {
                for (int i = 0; i < CALLS; i++) {
                    String number = hall.call();
                    waitForCall(events, number);
                    long event = System.nanoTime();
                    uncached.add(firstByteMillis(server, number, event));
                    cached.add(firstByteMillis(server, number, System.nanoTime()));
                }
            }
            assertThat(server.app.voice().made()).isEqualTo(CALLS);
        }
        print("voice_event_to_first_audio_byte_uncached_median", median(uncached), "ms");
        print("voice_event_to_first_audio_byte_uncached_max", Collections.max(uncached), "ms");
        print("voice_event_to_first_audio_byte_cached_median", median(cached), "ms");
        print("voice_cached_over_uncached_ratio", median(cached) / median(uncached), "x");

        List<Double> server = new ArrayList<>();
        List<Double> cli = new ArrayList<>();
        AnnouncementText text = new AnnouncementText(VoiceSettings.espeakDefaults().numbers());
        try (AnnouncementAudio audio = new AnnouncementAudio(VoiceSettings.espeakDefaults())) {
            for (int i = 0; i < CALLS; i++) {
                Announcement a = new Announcement(String.format(Locale.ROOT, "B%03d", i + 1), "2", "Quầy 2");
                long t0 = System.nanoTime();
                audio.audio(a).get(20, TimeUnit.SECONDS);
                server.add((System.nanoTime() - t0) / 1e6);
                Path wav = dir.resolve("cli-" + i + ".wav");
                long t1 = System.nanoTime();
                Process p = new ProcessBuilder(EspeakSpeech.DEFAULT_BINARY.toString(), "-v", "vi", "-w",
                        wav.toString(), text.sentence(a, "vi")).redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
                cli.add((System.nanoTime() - t1) / 1e6);
                assertThat(p.exitValue()).isZero();
                assertThat(Files.size(wav)).isGreaterThan(10_000);
            }
        }
        print("voice_synthesis_server_median", median(server), "ms");
        print("voice_synthesis_espeak_cli_median", median(cli), "ms");
        print("voice_synthesis_server_over_cli_ratio", median(server) / median(cli), "x");
    }

    /** Reads the display's stream up to the {@code ticket.called} event of {@code number}. */
    private static void waitForCall(BufferedReader events, String number) throws Exception {
        for (String line = events.readLine(); line != null; line = events.readLine()) {
            if (line.startsWith("data:") && line.contains("\"number\":\"" + number + "\"")) {
                return;
            }
        }
        throw new AssertionError("the display stream ended before the call of " + number);
    }

    /** GETs the announcement as the display does and returns the time from {@code start} to its first byte. */
    private static double firstByteMillis(TestServer server, String number, long start) throws Exception {
        HttpResponse<InputStream> r = server.http.send(HttpRequest.newBuilder(URI.create(server.base()
                + "/api/v1/display/announcement?number=" + number + "&counterId=1")).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = r.body()) {
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(body.read()).isEqualTo('R');
            double millis = (System.nanoTime() - start) / 1e6;
            body.readAllBytes();
            return millis;
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static void print(String name, double value, String unit) {
        System.out.printf(Locale.ROOT, "%s: %.3f %s%n", name, value, unit);
    }
}
