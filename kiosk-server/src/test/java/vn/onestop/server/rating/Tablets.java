package vn.onestop.server.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import javax.imageio.ImageIO;
import vn.onestop.server.TestServer;

/** Test steps shared by the rating tablet's API and browser tests, through the real HTTP API. */
final class Tablets {
    private final TestServer server;
    private int keys;

    Tablets(TestServer server) {
        this.server = server;
    }

    /** An enrolment code for a tablet at {@code counter}, created by {@code admin}. */
    String code(TestServer.StaffClient admin, String counter) throws Exception {
        TestServer.Reply r = server.as(admin, "POST", "/api/v1/admin/rating-devices/codes", Map.of("counterId", counter));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("code").asText();
    }

    /** Issues a ticket at the kiosk and has {@code clerk} call it at {@code counter} (opened in their name). */
    String called(String kiosk, TestServer.StaffClient clerk, String counter) throws Exception {
        String id = server.kiosk(kiosk, "POST", "/api/v1/tickets", Map.of("idempotencyKey", "tablet-key-" + (keys++),
                "serviceCode", "A")).json().get("id").asText();
        server.as(clerk, "POST", "/api/v1/counters/" + counter + "/open", null);
        TestServer.Reply next = server.as(clerk, "POST", "/api/v1/counters/" + counter + "/next", null);
        assertThat(next.status()).as(next.body()).isEqualTo(200);
        assertThat(next.json().get("id").asText()).isEqualTo(id);
        return id;
    }

    /** Serves and completes a called ticket. */
    void complete(TestServer.StaffClient clerk, String counter, String ticket) throws Exception {
        String t = "/api/v1/counters/" + counter + "/tickets/" + ticket;
        server.clock.advance(Duration.ofSeconds(2));
        assertThat(server.as(clerk, "POST", t + "/serve", null).status()).isEqualTo(200);
        TestServer.Reply done = server.as(clerk, "POST", t + "/complete", null);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
    }

    /**
     * Prepares a dossier at the kiosk and has {@code clerk} receive it with {@code officialCode} at the counter open
     * in their name, if any (the counter's tablet then offers the rating). Returns the dossier's key.
     */
    String received(String kiosk, TestServer.StaffClient clerk, String officialCode) throws Exception {
        TestServer.Reply prepared = server.kiosk(kiosk, "POST", "/api/v1/dossiers",
                vn.onestop.server.Filings.dossier("tablet-dossier-" + (keys++)));
        assertThat(prepared.status()).as(prepared.body()).isEqualTo(201);
        String code = prepared.json().get("preparationCode").asText();
        server.clock.advance(Duration.ofSeconds(2));
        TestServer.Reply r = server.as(clerk, "POST", "/api/v1/staff/prepared/" + code + "/receive",
                Map.of("officialCode", officialCode));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return code;
    }

    /** Uploads raw bytes as an official's photo. */
    HttpResponse<String> upload(TestServer.StaffClient admin, String username, byte[] bytes, String type)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.base() + "/api/v1/admin/staff-photos/" + username))
                .timeout(Duration.ofSeconds(30)).header("Cookie", admin.cookie()).header("X-CSRF-Token", admin.csrf())
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        return server.http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A small real JPEG portrait (a coloured square). */
    static byte[] jpeg(Color color) throws IOException {
        BufferedImage image = new BufferedImage(120, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 120, 120);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
