package vn.onestop.kiosk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.core.slip.ReturnMethod;
import vn.onestop.core.wire.Applicant;
import vn.onestop.core.wire.DossierRegistration;
import vn.onestop.kiosk.outbox.FilingOutbox;
import vn.onestop.kiosk.outbox.OutboxDatabase;
import vn.onestop.kiosk.server.KioskServerClient;
import vn.onestop.kiosk.server.ServerUnavailableException;
import vn.onestop.kiosk.server.TokenStore;

/**
 * A prepared dossier's delivery through the kiosk's real outbox (SQLite file) and HTTP client to a small stand-in
 * of the server's contract (issue 22, point 3 and 4) on a random port: the registration first, then each document's
 * PDF with PUT; offline everything stays stored, and it is delivered later, each document once. The stand-in is used
 * until the server's routes (branch receive) are merged.
 */
class PreparedUploadTest {
    @TempDir
    Path dir;
    private HttpServer server;
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final Map<String, byte[]> stored = new ConcurrentHashMap<>();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private int startStub(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/api/v1/dossiers", this::handle);
        server.start();
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        byte[] body = ex.getRequestBody().readAllBytes();
        calls.add(ex.getRequestMethod() + " " + path);
        String answer;
        int status;
        if (ex.getRequestMethod().equals("POST") && path.equals("/api/v1/dossiers")) {
            status = 201;
            answer = "{\"dossier\":{\"code\":\"ABCD2345\",\"procedureCode\":\"LLTP-1\",\"status\":\"prepared\","
                    + "\"timeline\":[]},\"slip\":null,\"preparationCode\":\"ABCD2345\"}";
        } else if (ex.getRequestMethod().equals("PUT") && path.matches("/api/v1/dossiers/ABCD2345/documents/\\d+")
                && "application/pdf".equals(ex.getRequestHeaders().getFirst("Content-Type"))) {
            stored.put(path.substring(path.lastIndexOf('/') + 1), body);
            status = 200;
            answer = "{\"index\":0,\"pages\":1,\"bytes\":" + body.length + ",\"sha256\":\"x\"}";
        } else {
            status = 404;
            answer = "{\"title\":\"not found\"}";
        }
        byte[] out = answer.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, out.length);
        ex.getResponseBody().write(out);
        ex.close();
    }

    private static DossierRegistration registration() {
        return new DossierRegistration("key-1", "LLTP-1", null, new Applicant("Nguyễn Văn An", "001200001234",
                java.time.LocalDate.of(2000, 1, 1), "Hà Nội"), "0912345678", null, List.of(), 1,
                ReturnMethod.COUNTER, null, true);
    }

    @Test
    void offlineTheDossierAndItsPdfsStayStoredAndAreDeliveredOnceLater() throws Exception {
        try (var free = new java.net.ServerSocket(0)) {
            free.close();
            int port = free.getLocalPort();
            TokenStore tokens = new TokenStore(dir);
            tokens.save("token-1");
            KioskServerClient client = new KioskServerClient("http://127.0.0.1:" + port, tokens);
            OutboxDatabase db = new OutboxDatabase(dir.resolve("outbox.sqlite"));
            FilingOutbox outbox = new FilingOutbox(db, Clock.systemUTC());
            Executor now = Runnable::run;
            FilingSender sender = new FilingSender(client, outbox, FilingSender.NONE, now);
            byte[] pdf0 = "%PDF-1.7 zero".getBytes(StandardCharsets.US_ASCII);
            byte[] pdf1 = "%PDF-1.7 one".getBytes(StandardCharsets.US_ASCII);
            sender.store(registration(), () -> Map.of(0, pdf0, 1, pdf1), () -> { });

            // no server yet: nothing is lost
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> sender.send(registration()))
                    .isInstanceOf(ServerUnavailableException.class);
            assertThat(outbox.pendingCount()).isEqualTo(1);
            assertThat(outbox.documents("key-1")).containsOnlyKeys(0, 1);

            // a new outbox on the same file: as after a kiosk restart
            db.close();
            FilingOutbox reopened = new FilingOutbox(new OutboxDatabase(dir.resolve("outbox.sqlite")),
                    Clock.systemUTC());
            FilingSender later = new FilingSender(client, reopened, FilingSender.NONE, now);
            startStub(port);
            assertThat(later.deliverPending(up -> { })).isEqualTo(1);
            assertThat(calls).containsExactly("POST /api/v1/dossiers", "PUT /api/v1/dossiers/ABCD2345/documents/0",
                    "PUT /api/v1/dossiers/ABCD2345/documents/1");
            assertThat(stored.get("0")).isEqualTo(pdf0);
            assertThat(stored.get("1")).isEqualTo(pdf1);
            assertThat(reopened.pendingCount()).isZero();
            assertThat(reopened.documents("key-1")).isEmpty();
            assertThat(later.deliverPending(up -> { })).isZero();
            assertThat(calls).hasSize(3);
        }
    }

    @Test
    void aServerWithoutTheDocumentsRouteKeepsTheDocumentsOnTheKiosk() throws Exception {
        int port = startStub(0);
        server.removeContext("/api/v1/dossiers");
        server.createContext("/api/v1/dossiers", ex -> {
            calls.add(ex.getRequestMethod() + " " + ex.getRequestURI().getPath());
            byte[] out = (ex.getRequestMethod().equals("POST")
                    ? "{\"dossier\":{\"code\":\"ABCD2345\",\"procedureCode\":\"LLTP-1\",\"status\":\"prepared\","
                    + "\"timeline\":[]},\"slip\":null,\"preparationCode\":\"ABCD2345\"}"
                    : "{\"title\":\"no route\"}").getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(ex.getRequestMethod().equals("POST") ? 201 : 404, out.length);
            ex.getResponseBody().write(out);
            ex.close();
        });
        TokenStore tokens = new TokenStore(dir);
        tokens.save("token-1");
        FilingOutbox outbox = new FilingOutbox(new OutboxDatabase(dir.resolve("outbox.sqlite")), Clock.systemUTC());
        FilingSender sender = new FilingSender(new KioskServerClient("http://127.0.0.1:" + port, tokens), outbox,
                FilingSender.NONE, Runnable::run);
        sender.store(registration(), () -> Map.of(0, new byte[] {1, 2, 3}), () -> { });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sender.send(registration()))
                .isInstanceOf(ServerUnavailableException.class).hasMessageContaining("kept on the kiosk");
        assertThat(outbox.documents("key-1")).containsOnlyKeys(0);
    }
}
