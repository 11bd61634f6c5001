package vn.onestop.device.document.sane;

import java.util.Locale;
import vn.onestop.device.document.ScanFault;

/**
 * What a failed {@code scanimage} run means. scanimage exits with the SANE status of the failed call (6 jammed,
 * 7 no documents, 8 cover open, 9 I/O error, 3 busy, 11 access denied) and 1 when the device cannot be opened;
 * its message on standard error says the same in words ("open of device x failed", "Document feeder jammed",
 * "Error during device I/O"). Pure.
 */
public final class SaneFailure {
    private SaneFailure() {}

    public static ScanFault classify(int exitCode, String stderr) {
        String text = stderr == null ? "" : stderr.toLowerCase(Locale.ROOT);
        if (text.contains("jammed") || exitCode == 6) {
            return ScanFault.JAMMED;
        }
        if (text.contains("out of documents") || text.contains("no documents") || exitCode == 7) {
            return ScanFault.NO_PAPER;
        }
        if (text.contains("cover") || exitCode == 8) {
            return ScanFault.COVER_OPEN;
        }
        if (text.contains("open of device") || text.contains("no scanners were identified")
                || text.contains("no sane devices") || exitCode == 11 || text.contains("access to resource")) {
            return ScanFault.NO_SCANNER;
        }
        if (text.contains("device busy") || exitCode == 3) {
            return ScanFault.BUSY;
        }
        if (text.contains("error during device i/o") || exitCode == 9) {
            return ScanFault.DISCONNECTED;
        }
        return ScanFault.FAILED;
    }

    /** The last non-empty line scanimage wrote (its own words, for the technician log); never personal data. */
    public static String lastLine(String stderr) {
        if (stderr == null) {
            return "";
        }
        String[] lines = stderr.strip().split("\\R");
        return lines.length == 0 ? "" : lines[lines.length - 1].strip();
    }
}
