package vn.onestop.kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documents.* keys of kiosk.properties: each bad value refused naming its key. */
class DocumentsConfigTest {
    @TempDir
    Path dir;

    @Test
    void optionsKeepQuotedSpacesAndTheScannerIsNamedByItsKey() {
        assertThat(DocumentsConfig.words(" --test-picture=\"Solid white\"  --source=ADF ")).containsExactly(
                "--test-picture=Solid white", "--source=ADF");
        assertThatThrownBy(() -> DocumentsConfig.words("--x=\"open")).hasMessageContaining("documents.sane.options");
        assertThat(DocumentsConfig.scanner(Map.of(), dir)).isEmpty();
        assertThat(DocumentsConfig.scanner(Map.of("documents.scanner", "sane:test:1"), dir).orElseThrow().describe())
                .isEqualTo("sane:test:1");
        assertThatThrownBy(() -> DocumentsConfig.scanner(Map.of("documents.scanner", "twain"), dir))
                .hasMessageContaining("documents.scanner");
        assertThatThrownBy(() -> DocumentsConfig.scanner(Map.of("documents.scanner", "sane:test",
                "documents.dpi", "30"), dir)).hasMessageContaining("documents.dpi");
        assertThatThrownBy(() -> DocumentsConfig.pdf(Map.of("documents.maxBytes", "ten"))).hasMessageContaining(
                "documents.maxBytes");
        assertThat(DocumentsConfig.pdf(Map.of()).maxBytes()).isEqualTo(10L * 1024 * 1024);
    }
}
