package vn.onestop.kiosk.config;

import java.nio.file.Path;
import java.time.Duration;
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
 * (extra scanimage options, space separated; double quotes keep spaces in a value), {@code documents.dpi} (300), {@code documents.timeoutSeconds} (60 a
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
        List<String> options = words(all.getOrDefault("documents.sane.options", ""));
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

    /**
     * Splits options at spaces outside double quotes, the quotes dropped: {@code --source="ADF Front" --x=1}
     * gives {@code --source=ADF Front} and {@code --x=1}.
     */
    static List<String> words(String text) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : text.strip().toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (any) {
                    out.add(word.toString());
                    word.setLength(0);
                    any = false;
                }
            } else {
                word.append(c);
                any = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("documents.sane.options: a double quote is not closed");
        }
        if (any) {
            out.add(word.toString());
        }
        return out;
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
