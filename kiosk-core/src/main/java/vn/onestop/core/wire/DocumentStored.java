package vn.onestop.core.wire;

/**
 * The answer to {@code PUT /api/v1/dossiers/{preparationCode}/documents/{index}}: the checklist document at
 * {@code index} (0-based, in the registration's {@code documents} order) is stored as a PDF of {@code pages} pages
 * and {@code bytes} bytes whose SHA-256 is {@code sha256} (lower-case hex). Sending the same bytes again answers the
 * same values, so a kiosk may retry after a lost reply.
 */
public record DocumentStored(int index, int pages, long bytes, String sha256) {}
