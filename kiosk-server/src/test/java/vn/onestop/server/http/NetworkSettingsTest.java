package vn.onestop.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.server.TestServer;

/** Security review, findings 5 ({@code server.bindAddress}) and 11 ({@code http.trustedProxies}). */
class NetworkSettingsTest {
    @TempDir
    Path dir;
    TestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private void start(HttpSecurity security) {
        server = new TestServer(dir, TestServer.config().toBuilder().security(security).build());
    }

    /** Finding 11: a client reaching the port directly cannot pick its address with X-Forwarded-For. */
    @Test
    void forwardedForIsBelievedOnlyFromATrustedProxy() throws Exception {
        start(new HttpSecurity(true, 30, List.of("192.0.2.250"), ""));
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 21; i++) { // an address may fail 4 x staff.maxFailedLogins (5) times in 15 minutes
            statuses.add(server.send("POST", "/api/v1/auth/login", Map.of("username", "guess" + i, "password",
                    "wrong-password-x"), Map.of("X-Forwarded-For", "198.51.100." + i), null).status());
        }
        assertThat(statuses.subList(0, 20)).containsOnly(401);
        assertThat(statuses.get(20)).as("the 21st guess from one socket address, whatever it claims").isEqualTo(429);
    }

    /** The default trusts a proxy on the same machine (nginx): the header counts from loopback. */
    @Test
    void aProxyOnTheSameMachineIsTrustedByDefault() throws Exception {
        start(new HttpSecurity(true, 30));
        for (int i = 0; i < 21; i++) {
            assertThat(server.send("POST", "/api/v1/auth/login", Map.of("username", "guess" + i, "password",
                    "wrong-password-x"), Map.of("X-Forwarded-For", "198.51.100." + i), null).status())
                    .as("guess %d, each from its own client address", i).isEqualTo(401);
        }
    }

    /** Finding 5: server.bindAddress=127.0.0.1 (behind nginx) is not reachable on the machine's other addresses. */
    @Test
    void bindAddressLimitsWhereTheServerListens() throws Exception {
        Optional<InetAddress> lan = NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst();
        assumeTrue(lan.isPresent(), "no non-loopback IPv4 address on this machine");
        start(new HttpSecurity(false, 30, HttpSecurity.LOOPBACK, "127.0.0.1"));
        assertThat(server.send("GET", "/health", null, null, null).status()).isEqualTo(200);
        assertThatThrownBy(() -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(lan.get(), server.app.port()), 3000);
            }
        }).as("connecting on " + lan.get()).isInstanceOf(java.io.IOException.class);
    }
}
