package vn.onestop.core.catalogue;

import java.util.Objects;

/** One line of the online-filing guide in Vietnamese and English. */
public record GuideText(String vi, String en) {
    public GuideText {
        Objects.requireNonNull(vi, "vi");
        en = en == null || en.isBlank() ? vi : en;
    }

    /** The text with {@code {name}} and {@code {code}} replaced by the procedure's name and national code. */
    public GuideText forProcedure(String nameVi, String nameEn, String nationalCode) {
        String code = nationalCode == null ? "" : nationalCode;
        return new GuideText(fill(vi, nameVi, code), fill(en, nameEn, code));
    }

    private static String fill(String text, String name, String code) {
        String filled = text.replace("{name}", name);
        // without a national code the "(code {code})" style hint is dropped rather than printed empty
        return code.isEmpty() ? filled.replaceAll("\\s*\\([^()]*\\{code\\}[^()]*\\)", "").replace("{code}", "")
                : filled.replace("{code}", code);
    }
}
