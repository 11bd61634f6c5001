package vn.onestop.core.catalogue;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Folds Vietnamese text for search: lower case, no diacritics (đ becomes d), words split on non-letters. */
public final class VietnameseText {

    private VietnameseText() {
    }

    /** {@code "Hộ chiếu Đăng ký"} becomes {@code "ho chieu dang ky"}. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char ch = decomposed.charAt(i);
            if (Character.getType(ch) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append(ch == 'đ' || ch == 'Đ' ? 'd' : ch);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** The folded words of a text (letters and digits only). */
    public static List<String> words(String text) {
        return Arrays.stream(fold(text).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }
}
