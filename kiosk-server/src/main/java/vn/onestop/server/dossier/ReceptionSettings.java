package vn.onestop.server.dossier;

import java.util.regex.Pattern;

/**
 * Settings of official reception (issue 22) from {@code server.properties} and {@code slips/slips.properties}.
 *
 * @param maxDocumentBytes     largest scanned checklist document a kiosk may upload ({@code dossier.documents.maxBytes})
 * @param a4TolerancePoints    how far a page may be from A4 (595 x 842 points, either way up) and still count as A4
 *                             ({@code dossier.documents.a4TolerancePoints}; 1 point = 0.35 mm)
 * @param officialCodePattern  what an official dossier code typed at the counter must look like
 *                             ({@code dossier.officialCode.pattern}, after trimming and upper-casing)
 * @param officialCodeExample  an example shown beside the field ({@code dossier.officialCode.example})
 * @param slips                the wording of the reception slips and their QR setting
 */
public record ReceptionSettings(long maxDocumentBytes, float a4TolerancePoints, Pattern officialCodePattern,
        String officialCodeExample, SlipTexts slips) {

    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;
    public static final String DEFAULT_OFFICIAL_CODE_PATTERN = "[A-Z0-9]+(\\.[A-Z0-9]+)*-[0-9]{6}-[0-9]{1,9}";

    /** Defaults: 10 MB, 15 points (about 5 mm), Circular 01/2018 Art. 19 style codes, Decree 118/2025 wording. */
    public static ReceptionSettings defaults() {
        return new ReceptionSettings(DEFAULT_MAX_DOCUMENT_BYTES, 15f, Pattern.compile(DEFAULT_OFFICIAL_CODE_PATTERN),
                "000.00.00.H41-251125-0001", SlipTexts.defaults());
    }
}
