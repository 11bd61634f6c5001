package vn.onestop.server.catalogue;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.onestop.server.Rejection;

/**
 * What a centre's kiosks show besides the catalogue: the centre's name as the kiosk shows it (empty = the centre's
 * own name) and a notice (empty = none), each in Vietnamese and English.
 */
public record KioskTexts(String centreNameVi, String centreNameEn, String noticeVi, String noticeEn) {
    public static final KioskTexts NONE = new KioskTexts("", "", "", "");
    static final String CENTRE_NAME = "centre_name";
    static final String NOTICE = "notice";
    private static final int MAX_NAME = 200;
    private static final int MAX_NOTICE = 2000;

    /** Checks texts sent by staff: both languages or neither, within their lengths. */
    public KioskTexts {
        centreNameVi = clean("centreNameVi", centreNameVi, MAX_NAME);
        centreNameEn = clean("centreNameEn", centreNameEn, MAX_NAME);
        noticeVi = clean("noticeVi", noticeVi, MAX_NOTICE);
        noticeEn = clean("noticeEn", noticeEn, MAX_NOTICE);
        if (centreNameVi.isEmpty() != centreNameEn.isEmpty()) {
            throw Rejection.invalid("centreNameVi, centreNameEn: give the name in both Vietnamese and English, "
                    + "or leave both empty to show the centre's own name");
        }
        if (noticeVi.isEmpty() != noticeEn.isEmpty()) {
            throw Rejection.invalid("noticeVi, noticeEn: give the notice in both Vietnamese and English, or leave "
                    + "both empty for no notice");
        }
    }

    private static String clean(String field, String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.length() > max) {
            throw Rejection.invalid(field + ": at most " + max + " characters");
        }
        return v;
    }

    KioskTexts with(String key, String vi, String en) {
        return switch (key) {
            case CENTRE_NAME -> new KioskTexts(vi, en, noticeVi, noticeEn);
            case NOTICE -> new KioskTexts(centreNameVi, centreNameEn, vi, en);
            default -> this;
        };
    }

    /** The rows of table kiosk_text: key -> {vi, en}; empty texts have no row. */
    Map<String, String[]> rows() {
        Map<String, String[]> rows = new LinkedHashMap<>();
        if (!centreNameVi.isEmpty()) {
            rows.put(CENTRE_NAME, new String[] {centreNameVi, centreNameEn});
        }
        if (!noticeVi.isEmpty()) {
            rows.put(NOTICE, new String[] {noticeVi, noticeEn});
        }
        return rows;
    }
}
