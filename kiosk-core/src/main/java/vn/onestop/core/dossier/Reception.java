package vn.onestop.core.dossier;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a dossier stands towards official reception (issue 22), shown beside its status in staff pages and lookups.
 * {@link #code()} is the stored and wire form ({@code "kiosk_legacy"}).
 */
public enum Reception {
    /** Not received yet: prepared at a kiosk, or sent back for a supplement before reception. */
    PENDING("Chưa tiếp nhận", "Not yet received"),
    /** Received by an official, who recorded the official dossier code. */
    OFFICIAL("Cán bộ đã tiếp nhận", "Received by an official"),
    /** Marked received by the kiosk itself before official reception existed; kept readable as it was. */
    KIOSK_LEGACY("Tiếp nhận tại kiosk (trước khi có tiếp nhận chính thức)",
            "Received at the kiosk (before official reception)");

    private final String nameVi;
    private final String nameEn;

    Reception(String nameVi, String nameEn) {
        this.nameVi = nameVi;
        this.nameEn = nameEn;
    }

    public String nameVi() {
        return nameVi;
    }

    public String nameEn() {
        return nameEn;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The reception marker of a stored or wire code, e.g. {@code "official"}. */
    public static Optional<Reception> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }
}
