package vn.onestop.server.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.core.config.ConfigException;
import vn.onestop.core.config.Settings;

/** The connector's keys in server.properties: off as shipped, and a bad value stops the server naming the key. */
class ConnectorSettingsTest {
    @TempDir
    Path dir;

    private ConnectorSettings load(String text) {
        return ConnectorSettings.from(Settings.parse(dir.resolve("server.properties"), text), dir);
    }

    @Test
    void theShippedConfigurationLeavesItOff() {
        ConnectorSettings shipped = ConnectorSettings.load(Path.of(System.getProperty("onestop.config.dir")));
        assertThat(shipped.enabled()).isFalse();
    }

    @Test
    void onItNeedsAUrlAndASecretFileAndReadsTheRest() throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "  a-shared-secret-of-24-chars \n", StandardCharsets.UTF_8);
        ConnectorSettings s = load("connector.enabled=true\nconnector.baseUrl=https://dossiers.example.vn/onestop\n"
                + "connector.secretFile=secret.txt\nconnector.events=received, refused\nconnector.retry.maxSeconds=600\n");
        assertThat(s.enabled()).isTrue();
        assertThat(new String(s.secret(), StandardCharsets.UTF_8)).isEqualTo("a-shared-secret-of-24-chars");
        assertThat(s.events()).containsExactlyInAnyOrder(ConnectorEvent.RECEIVED, ConnectorEvent.REFUSED);
        assertThat(s.retryCap()).isEqualTo(Duration.ofMinutes(10));
        assertThat(s.toString()).doesNotContain("a-shared-secret");
    }

    @Test
    void badValuesAreRefusedNamingTheKey() {
        String on = "connector.enabled=true\nconnector.baseUrl=http://127.0.0.1:8090\n";
        assertThatThrownBy(() -> load(on)).isInstanceOf(ConfigException.class).hasMessageContaining(
                "connector.secretFile");
        assertThatThrownBy(() -> load(on + "connector.secret=short\n")).hasMessageContaining("at least 16");
        assertThatThrownBy(() -> load(on + "connector.secret=0123456789abcdefgh\nconnector.events=sent\n"))
                .hasMessageContaining("connector.events").hasMessageContaining("sent");
        assertThatThrownBy(() -> load(on + "connector.secret=0123456789abcdefgh\nconnector.timeoutSeconds=60\n"
                + "connector.leaseSeconds=90\n")).hasMessageContaining("connector.leaseSeconds");
        assertThatThrownBy(() -> load("connector.enabled=true\nconnector.baseUrl=ftp://x\n"
                + "connector.secret=0123456789abcdefgh\n")).hasMessageContaining("connector.baseUrl");
        assertThatThrownBy(() -> load(on + "connector.secretFile=missing.txt\n"))
                .hasMessageContaining("missing.txt");
    }
}
