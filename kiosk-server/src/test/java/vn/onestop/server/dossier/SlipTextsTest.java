package vn.onestop.server.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.onestop.core.config.ConfigException;
import vn.onestop.core.config.Settings;

/** The slips' wording file: a centre's text replaces the default, unknown keys and bad QR settings are refused. */
class SlipTextsTest {
    private static final Path FILE = Path.of("slips.properties");

    @Test
    void aCentresWordingReplacesTheDefaultAndMissingKeysKeepDecree118() {
        SlipTexts t = SlipTexts.of(Settings.parse(FILE, "refusal.title=PHIẾU TỪ CHỐI (MẪU MỚI)\nqr.position=bottom-left\n"));
        assertThat(t.get("refusal.title")).isEqualTo("PHIẾU TỪ CHỐI (MẪU MỚI)");
        assertThat(t.get("legalBasis")).contains("118/2025/NĐ-CP");
        assertThat(t.qrTopLeft()).isFalse();
        assertThat(t.qrEnabled()).isTrue();
    }

    @Test
    void theShippedFileLoadsAndPutsTheQrTopLeft() {
        SlipTexts t = SlipTexts.of(Settings.load(Path.of(System.getProperty("onestop.config.dir"), "slips",
                "slips.properties")));
        assertThat(t.qrTopLeft()).isTrue();
        assertThat(t.get("supplement.formNote")).startsWith("Mẫu số 02");
    }

    @Test
    void unknownKeysAndBadQrSettingsAreRefusedNamingTheKey() {
        assertThatThrownBy(() -> SlipTexts.of(Settings.parse(FILE, "refusal.titel=X\n")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("refusal.titel");
        assertThatThrownBy(() -> SlipTexts.of(Settings.parse(FILE, "qr.position=middle\n")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("qr.position");
        assertThatThrownBy(() -> SlipTexts.of(Settings.parse(FILE, "qr.enabled=yes\n")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("qr.enabled");
    }
}
