package vn.onestop.server.dossier.scan;

/**
 * Limits of the digitisation step from {@code server.properties}: the largest upload (separate from the JSON body
 * limit), the most pages one dossier's PDF may reach, and the largest image in pixels (a small PNG can claim a huge
 * size and exhaust memory when decoded).
 */
public record ScanSettings(long maxUploadBytes, int maxPages, long maxImagePixels) {}
