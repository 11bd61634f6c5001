package vn.onestop.device.document.sane;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How {@code scanimage} is run.
 *
 * @param device      the SANE device name (e.g. {@code test}, {@code epjitsu:libusb:001:004}); empty = the default
 * @param dpi         resolution (300 for documents)
 * @param widthMm     scan width (210 for A4)
 * @param heightMm    scan height (297 for A4)
 * @param timeout     the longest one page may take before the scan is stopped
 * @param configDir   a private SANE configuration folder ({@code SANE_CONFIG_DIR}), or null for the system's
 * @param extraOptions device options added as they are (e.g. {@code --source=ADF Front}), after the standard ones
 * @param executable  the scanimage program ({@code scanimage} from PATH by default)
 */
public record SaneSettings(String device, int dpi, int widthMm, int heightMm, Duration timeout, Path configDir,
        List<String> extraOptions, String executable) {

    public SaneSettings {
        device = device == null ? "" : device.strip();
        Objects.requireNonNull(timeout, "timeout");
        extraOptions = List.copyOf(extraOptions);
        executable = executable == null || executable.isBlank() ? "scanimage" : executable;
        if (dpi < 75 || dpi > 1200) {
            throw new IllegalArgumentException("documents.dpi must be 75..1200, not " + dpi);
        }
        if (widthMm < 10 || widthMm > 500 || heightMm < 10 || heightMm > 1000) {
            throw new IllegalArgumentException("scan size " + widthMm + "x" + heightMm + " mm is not plausible");
        }
        // passed as one argument (no shell), so only blanks and control characters are refused; HP names carry
        // '?' and '=' (hpaio:/usb/Officejet_Pro?serial=CN12345)
        if (!device.matches("\\p{Graph}*") || device.length() > 200) {
            throw new IllegalArgumentException("documents.scanner: the SANE device name '" + device
                    + "' has blanks or control characters, or is longer than 200");
        }
    }

    /** A4, 300 dpi, 60 s a page, the system's SANE configuration. */
    public static SaneSettings a4(String device) {
        return new SaneSettings(device, 300, 210, 297, Duration.ofSeconds(60), null, List.of(), null);
    }

    public SaneSettings withConfigDir(Path dir) {
        return new SaneSettings(device, dpi, widthMm, heightMm, timeout, dir, extraOptions, executable);
    }

    public SaneSettings withExtraOptions(List<String> options) {
        return new SaneSettings(device, dpi, widthMm, heightMm, timeout, configDir, options, executable);
    }

    public SaneSettings withTimeout(Duration limit) {
        return new SaneSettings(device, dpi, widthMm, heightMm, limit, configDir, extraOptions, executable);
    }
}
