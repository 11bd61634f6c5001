package vn.onestop.core.address;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Comparison keys for administrative unit names as people write them on cards and forms: case, spacing, the unit
 * type ("Tỉnh", "Thành phố", "TP.", "Quận", "Huyện", "Thị xã", "Phường", "Xã", "Thị trấn", "Đặc khu" and their
 * abbreviations) and, for a second, looser key, the diacritics are ignored. Numbered wards keep their number
 * ("Phường 12" and "P.12" both give {@code 12}).
 */
final class UnitNames {
    private static final Pattern TYPE = Pattern.compile(
            "^(thành phố|thanh pho|tp\\.?|tỉnh|tinh|quận|quan|q\\.|huyện|huyen|h\\.|thị xã|thi xa|tx\\.?|phường|phuong"
                    + "|p\\.|xã|xa|x\\.|thị trấn|thi tran|tt\\.?|đặc khu|dac khu)\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern LEADING_ZERO = Pattern.compile("^0+(\\d)");

    private UnitNames() {}

    /** The name without its unit type, lower case, single spaces, NFC: "Phường Hàng Bông" gives "hàng bông". */
    static String key(String name) {
        String s = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
        s = SPACES.matcher(s).replaceAll(" ");
        String stripped = TYPE.matcher(s).replaceFirst("");
        if (!stripped.isBlank()) {
            s = stripped.strip();
        }
        return LEADING_ZERO.matcher(s).replaceFirst("$1");
    }

    /** {@link #key} without diacritics ("đ" as "d"), for addresses typed or printed without them. */
    static String loose(String name) {
        String k = Normalizer.normalize(key(name).replace('đ', 'd'), Normalizer.Form.NFD);
        return Normalizer.normalize(MARKS.matcher(k).replaceAll(""), Normalizer.Form.NFC);
    }
}
