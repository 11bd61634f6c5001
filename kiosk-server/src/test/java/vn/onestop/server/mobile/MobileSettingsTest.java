package vn.onestop.server.mobile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.onestop.core.config.ConfigException;
import vn.onestop.core.config.Settings;

/** The {@code mobile.*} keys of server.properties: off when absent or empty, a clear message for a bad address. */
class MobileSettingsTest {
    private static MobileSettings read(String text) {
        return MobileSettings.read(Settings.parse(Path.of("server.properties"), text));
    }

    @Test
    void anOlderFileOrAnEmptyAddressKeepsPhonesOut() {
        assertThat(read("").enabled()).isFalse();
        assertThat(read("mobile.publicBaseUrl=\n").enabled()).isFalse();
        assertThat(read("").parkMinutes()).isEqualTo(10);
    }

    @Test
    void anAddressMakesTheLinksWithoutADoubleSlash() {
        MobileSettings s = read("mobile.publicBaseUrl=https://hcc.example.gov.vn/\nmobile.parkMinutes=15\n");
        assertThat(s.enabled()).isTrue();
        assertThat(s.parkMinutes()).isEqualTo(15);
        assertThat(s.link("ab12")).isEqualTo("https://hcc.example.gov.vn/t/ab12");
    }

    @Test
    void aBadAddressOrNumberIsRefusedNamingTheKeyAndLine() {
        assertThatThrownBy(() -> read("centre.name=X\nmobile.publicBaseUrl=hcc.example.gov.vn\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("mobile.publicBaseUrl")
                .hasMessageContaining("2").hasMessageContaining("https://");
        assertThatThrownBy(() -> read("mobile.publicBaseUrl=ftp://hcc.example.gov.vn\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("mobile.publicBaseUrl");
        assertThatThrownBy(() -> read("mobile.publicBaseUrl=https://hcc.example.gov.vn/?a=1\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("without query");
        assertThatThrownBy(() -> read("mobile.parkMinutes=0\n")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("mobile.parkMinutes");
    }
}
