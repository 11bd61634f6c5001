package vn.onestop.core.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What of a catalogue entry a citizen may see: only values the centre confirmed. A text carrying an internal note
 * ("(chưa xác minh)", "may have been replaced", "unverified", ...) is for staff: the kiosk leaves it out and the
 * supervisor page lists it. A value named in the procedure's {@code unverified} list (by its field name, e.g.
 * {@code processing_days}, {@code fee_vnd}, {@code postal_return}) is not shown either.
 */
public final class CitizenText {
    private static final Pattern INTERNAL = Pattern.compile(
            "chưa xác minh|chua xac minh|unverified|not verified|may have been replaced|có thể đã (được )?thay"
                    + "|not retrieved");

    private CitizenText() {}

    /** Whether {@code text} carries a note meant for staff only. */
    public static boolean isInternal(String text) {
        return text != null && INTERNAL.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /** The documents a citizen is shown: those without an internal note. */
    public static List<String> documents(Procedure p) {
        return p.documents().stream().filter(d -> !isInternal(d)).toList();
    }

    /** The documents left out for the citizen (listed for staff). */
    public static List<String> hiddenDocuments(Procedure p) {
        return p.documents().stream().filter(CitizenText::isInternal).toList();
    }

    /** Whether the catalogue value {@code field} (e.g. {@code fee_vnd}) is confirmed: not in the unverified list. */
    public static boolean confirmed(Procedure p, String field) {
        return p.unverified().stream().noneMatch(u -> u.strip().toLowerCase(Locale.ROOT).startsWith(field));
    }
}
