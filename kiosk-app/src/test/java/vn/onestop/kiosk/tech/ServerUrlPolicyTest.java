package vn.onestop.kiosk.tech;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Security review, finding 9: the addresses technician mode may give the kiosk as its server. */
class ServerUrlPolicyTest {
    @Test
    void httpsAnywhereAndPlainHttpOnlyToThisMachineUnlessTheNetworkIsTrusted() {
        assertThatCode(() -> ServerUrlPolicy.check("https://mot-cua.example.gov.vn/", false)).doesNotThrowAnyException();
        assertThatCode(() -> ServerUrlPolicy.check("http://127.0.0.1:8080", false)).doesNotThrowAnyException();
        assertThatCode(() -> ServerUrlPolicy.check("http://localhost:8080", false)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ServerUrlPolicy.check("http://203.0.113.66:8080", false))
                .hasMessageContaining("server.trustedNetwork");
        assertThatCode(() -> ServerUrlPolicy.check("http://192.168.1.10:8080", true)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ServerUrlPolicy.check("ftp://server/", true)).hasMessageContaining("server.url");
        assertThatThrownBy(() -> ServerUrlPolicy.check("http://127.0.0.1.attacker.example/", false))
                .hasMessageContaining("plain HTTP");
    }
}
