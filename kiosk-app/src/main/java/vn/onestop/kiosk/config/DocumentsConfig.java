package vn.onestop.kiosk.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.onestop.device.document.DocumentScanner;
import vn.onestop.device.document.DocumentScannerConfig;
import vn.onestop.device.document.sane.SaneSettings;
import vn.onestop.kiosk.documents.DocumentPdf;

/**
 * The document scanner keys of {@code kiosk.properties}: {@code documents.scanner} ({@code none},
 * {@code sane:<device>} for SANE's scanimage, {@code camera} for frames in {@code documents.camera.folder}),
 * {@code documents.sane.configDir} (a private SANE_CONFIG_DIR, empty = the system's), {@code documents.sane.options}
 * (extra scanimage options, space separated), {@code documents.dpi} (300), {@code documents.timeoutSeconds} (60 a
 * page) and {@code documents.maxBytes} (largest PDF of one document, 10485760 like the server's
 * {@code dossier.documents.maxBytes}).
 */
public final class DocumentsConfig {
    private DocumentsConfig() {}

    /**
     * The configured scanner, empty for none.
     *
     * @throws IllegalArgumentException naming the key when a value is malformed
     */
    public static Optional<DocumentScanner> scanner(Map<String, String> all, Path dataDir) {
        int dpi = number(all, "documents.dpi", 300, 75, 1200);
        int timeout = number(all, "documents.timeoutSeconds", 60, 5, 600);
        String configDir = all.getOrDefault("documents.sane.configDir", "").strip();
        List<String> options = Arrays.stream(all.getOrDefault("documents.sane.options", "").strip().split("\\s+"))
                .filter(o -> !o.isEmpty()).toList();
        SaneSettings base = new SaneSettings("", dpi, 210, 297, Duration.ofSeconds(timeout),
                configDir.isEmpty() ? null : Path.of(configDir), options, null);
        String camera = all.getOrDefault("documents.camera.folder", "").strip();
        return DocumentScannerConfig.create(all.getOrDefault("documents.scanner", "none"), base,
                camera.isEmpty() ? null : Path.of(camera), dataDir.resolve("scan-work"));
    }

    /** How the pages of one document are joined (the size limit from {@code documents.maxBytes}). */
    public static DocumentPdf pdf(Map<String, String> all) {
        String max = all.getOrDefault("documents.maxBytes", "10485760").strip();
        try {
            long bytes = Long.parseLong(max);
            return new DocumentPdf(bytes, DocumentPdf.defaults().qualities());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("documents.maxBytes: '" + max + "' must be a whole number of bytes "
                    + "of at least 10000");
        }
    }

    private static int number(Map<String, String> all, String key, int fallback, int min, int max) {
        String v = all.getOrDefault(key, String.valueOf(fallback)).strip();
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(key + ": '" + v + "' must be a whole number from " + min + " to " + max);
    }
}
