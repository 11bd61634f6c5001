package vn.onestop.server.dossier.scan;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** What an uploaded scan is, told from its first bytes (the browser's content type and file name are not trusted). */
public enum ScanKind {
    JPEG, PNG, PDF;

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** PDF readers accept the header anywhere in the first 1024 bytes. */
    private static final int PDF_HEADER_WINDOW = 1024;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The kind of these bytes, or empty when they are neither a JPEG, a PNG nor a PDF. */
    public static Optional<ScanKind> sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (startsWith(b, PNG_MAGIC, 0)) {
            return Optional.of(PNG);
        }
        for (int i = 0; i <= Math.min(PDF_HEADER_WINDOW, b.length) - PDF_MAGIC.length; i++) {
            if (startsWith(b, PDF_MAGIC, i)) {
                return Optional.of(PDF);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] b, byte[] magic, int at) {
        if (b.length < at + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (b[at + i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
