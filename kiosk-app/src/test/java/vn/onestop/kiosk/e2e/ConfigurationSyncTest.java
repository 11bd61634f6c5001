package vn.onestop.kiosk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.core.catalogue.ProcedureCatalogue;
import vn.onestop.core.wire.KioskConfiguration;
import vn.onestop.kiosk.flow.FlowFixtures;
import vn.onestop.kiosk.server.KioskServerClient;
import vn.onestop.kiosk.server.TokenStore;
import vn.onestop.kiosk.sync.ConfigurationSync;
import vn.onestop.kiosk.sync.ServerCatalogue;
import vn.onestop.kiosk.sync.ServerConfigStore;

/**
 * The server's configuration over HTTP with its ETag, kept on disk for an offline restart, and a broken reply
 * that never replaces the last good copy.
 */
class ConfigurationSyncTest {
    @TempDir
    Path tmp;
    private InProcessServer server;
    private KioskServerClient client;
    private Path dataDir;
    private final List<KioskConfiguration> taken = new ArrayList<>();
    private HttpServer garbage;

    @BeforeEach
    void setUp() throws Exception {
        server = new InProcessServer(tmp.resolve("server"));
        dataDir = tmp.resolve("kiosk");
        client = new KioskServerClient(server.url(), new TokenStore(dataDir));
        client.enrol(server.enrolmentCode(), "Test kiosk");
    }

    @AfterEach
    void tearDown() {
        server.close();
        if (garbage != null) {
            garbage.stop(0);
        }
    }

    private ConfigurationSync sync() {
        return new ConfigurationSync(client, new ServerConfigStore(dataDir), taken::add);
    }

    @Test
    void theConfigurationIsFetchedOnceThenUnchangedCostsA304AndItsCatalogueIsTheServers() throws Exception {
        ConfigurationSync sync = sync();
        assertThat(sync.refresh()).isTrue();
        assertThat(sync.refresh()).as("same ETag: 304, nothing new").isFalse();
        assertThat(taken).hasSize(1);
        assertThat(taken.get(0).centreName()).isEqualTo("Trung tâm Phục vụ hành chính công (demo)");
        assertThat(Files.readString(dataDir.resolve("server-config.etag"))).startsWith("\"");
        ProcedureCatalogue local = ProcedureCatalogue.load(FlowFixtures.configDir()
                .resolve("catalogue/procedures.json"));
        ProcedureCatalogue shown = ServerCatalogue.merge(taken.get(0), local);
        assertThat(shown.services()).extracting(s -> s.code())
                .containsExactlyElementsOf(taken.get(0).services().stream().map(s -> s.code()).toList());
        assertThat(shown.all()).hasSameSizeAs(taken.get(0).procedures());
        var first = shown.all().get(0);
        assertThat(first.fieldEn()).as("English field name from the kiosk's own file")
                .isEqualTo(local.byCode(first.code()).orElseThrow().fieldEn());
    }

    @Test
    void aKioskRestartedWhileTheServerIsAwayUsesTheLastGoodCopy() throws Exception {
        assertThat(sync().refresh()).isTrue();
        server.stop();
        taken.clear();
        ConfigurationSync afterRestart = sync();
        afterRestart.loadSaved();
        assertThat(afterRestart.refresh()).isFalse();
        assertThat(taken).hasSize(1);
        assertThat(taken.get(0).centreName()).endsWith("(demo)");
        server.restart();
    }

    @Test
    void aBrokenOrUnusableReplyKeepsTheLastGoodCopy() throws Exception {
        assertThat(sync().refresh()).isTrue();
        byte[] good = Files.readAllBytes(dataDir.resolve("server-config.json"));
        String[] replies = {"{\"centreName\": \"X\", \"services\": [", "<html>502 Bad Gateway</html>",
            "{\"centreName\":\"X\",\"services\":[],\"procedures\":[]}",
            "{\"centreName\":\"X\",\"services\":[{\"code\":\"A\",\"nameVi\":\"A\"}],\"procedures\":[{\"code\":\"P\","
                + "\"nameVi\":\"P\",\"fieldVi\":\"F\",\"serviceCode\":\"Z\"}]}"};
        for (String reply : replies) {
            serveGarbage(reply);
            ConfigurationSync sync = sync();
            taken.clear();
            assertThat(sync.refresh()).as(reply).isFalse();
            assertThat(taken).isEmpty();
            assertThat(Files.readAllBytes(dataDir.resolve("server-config.json"))).isEqualTo(good);
            garbage.stop(0);
        }
        taken.clear();
        sync().loadSaved();
        assertThat(taken).hasSize(1);
    }

    @Test
    void theRatingCriteriaComeWithTheConfigurationAndAnOlderServerWithoutThemMeansNone() throws Exception {
        assertThat(sync().refresh()).isTrue();
        byte[] good = Files.readAllBytes(dataDir.resolve("server-config.json"));
        KioskConfiguration now = ServerConfigStore.parse(good);
        assertThat(now.filing().ratingCriteria()).extracting(c -> c.code()).containsExactly("attitude", "guidance",
                "time");
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(good);
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("filing")).remove("ratingCriteria");
        KioskConfiguration older = ServerConfigStore.parse(tree.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(older.filing().ratingCriteria()).isNull();
        assertThat(older.filing().ratingReasons()).isEqualTo(now.filing().ratingReasons());
    }

    @Test
    void aDamagedCopyOnDiskIsIgnored() throws Exception {
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("server-config.json"), "{\"centreName\": 4", StandardCharsets.UTF_8);
        sync().loadSaved();
        assertThat(taken).isEmpty();
        assertThat(sync().refresh()).isTrue();
    }

    private void serveGarbage(String body) throws Exception {
        garbage = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        garbage.createContext("/", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("ETag", "\"garbage\"");
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        garbage.start();
        client.setBaseUrl("http://127.0.0.1:" + garbage.getAddress().getPort());
    }
}
