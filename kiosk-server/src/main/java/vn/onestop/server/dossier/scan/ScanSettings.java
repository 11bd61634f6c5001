package vn.onestop.server.dossier.scan;

/**
 * Limits of the digitisation step from {@code server.properties}: the largest upload (separate from the JSON body
 * limit), the most pages one dossier's PDF may reach, the largest image in pixels (a small PNG can claim a huge
 * size and exhaust memory when decoded), and how much an uploaded PDF's compressed streams may expand to in all (a
 * small PDF can inflate to gigabytes).
 */
public record ScanSettings(long maxUploadBytes, int maxPages, long maxImagePixels, long maxInflatedBytes) {
    /** The default of {@code dossier.pages.maxInflatedBytes}: 256 MB. */
    public static final long DEFAULT_MAX_INFLATED_BYTES = 256L * 1024 * 1024;

    public ScanSettings(long maxUploadBytes, int maxPages, long maxImagePixels) {
        this(maxUploadBytes, maxPages, maxImagePixels, DEFAULT_MAX_INFLATED_BYTES);
    }
}
