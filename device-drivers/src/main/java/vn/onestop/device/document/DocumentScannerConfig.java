package vn.onestop.device.document;

import java.nio.file.Path;
import java.util.Optional;
import vn.onestop.device.document.sane.SaneScanner;
import vn.onestop.device.document.sane.SaneSettings;

/**
 * The {@code documents.scanner} setting: {@code sane:<device>} (scanimage; {@code sane:} alone = SANE's default
 * device), {@code camera} (frames from {@code documents.camera.folder}) or {@code none}.
 */
public final class DocumentScannerConfig {
    private DocumentScannerConfig() {}

    /**
     * Builds the scanner the setting names; empty for {@code none}.
     *
     * @throws IllegalArgumentException naming the key and the accepted forms
     */
    public static Optional<DocumentScanner> create(String setting, SaneSettings base, Path cameraFolder,
            Path workDir) {
        String value = setting == null ? "none" : setting.strip();
        PageDecoder decoder = PageDecoder.defaults();
        if (value.equals("none") || value.isEmpty()) {
            return Optional.empty();
        }
        if (value.equals("camera")) {
            if (cameraFolder == null) {
                throw new IllegalArgumentException("documents.scanner=camera needs documents.camera.folder");
            }
            return Optional.of(new FolderDocumentScanner(cameraFolder, base.dpi(), decoder));
        }
        if (value.startsWith("sane:")) {
            SaneSettings s = new SaneSettings(value.substring("sane:".length()), base.dpi(), base.widthMm(),
                    base.heightMm(), base.timeout(), base.configDir(), base.extraOptions(), base.executable());
            return Optional.of(new SaneScanner(s, decoder, workDir));
        }
        throw new IllegalArgumentException("documents.scanner: '" + value + "' is not one of sane:<device>, camera, "
                + "none");
    }
}
