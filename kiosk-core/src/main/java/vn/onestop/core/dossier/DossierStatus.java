package vn.onestop.core.dossier;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a dossier stands, with the names citizens see (as on provincial portals) and the changes staff may make.
 * {@link #code()} is the stored and wire form ({@code "supplement_requested"}).
 *
 * <p>A dossier filed from a kiosk starts {@link #PREPARED} (issue 22: under Decree 118/2025/ND-CP only an official
 * receives a dossier). From there an official receives it ({@link #RECEIVED}, with the official dossier code),
 * asks for more before receiving it ({@link #SUPPLEMENT_REQUESTED}) or refuses it ({@link #REFUSED}). Whether a
 * RECEIVED dossier was received by an official or is a dossier the kiosk itself marked received before this change
 * is told by {@link Reception}, not by the status.
 */
public enum DossierStatus {
    PREPARED("Đã chuẩn bị, chờ cán bộ tiếp nhận", "Prepared, awaiting reception"),
    RECEIVED("Đã tiếp nhận", "Received"),
    PROCESSING("Đang xử lý", "Processing"),
    SUPPLEMENT_REQUESTED("Yêu cầu bổ sung hồ sơ", "Supplement requested"),
    DONE("Đã có kết quả", "Result ready"),
    REFUSED("Bị từ chối", "Refused"),
    HANDED_TO_POST("Đã chuyển bưu điện trả kết quả", "Handed to the post"),
    DELIVERED("Đã trả kết quả", "Result delivered");

    private final String nameVi;
    private final String nameEn;

    DossierStatus(String nameVi, String nameEn) {
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

    /**
     * The statuses staff may move a dossier to from this one. From {@link #PREPARED} these are the reception
     * decisions (receive, ask for more, refuse), which the server makes only through its reception routes.
     */
    public Set<DossierStatus> next() {
        return switch (this) {
            case PREPARED -> Set.of(RECEIVED, SUPPLEMENT_REQUESTED, REFUSED);
            case RECEIVED -> Set.of(PROCESSING, SUPPLEMENT_REQUESTED, DONE, REFUSED);
            case PROCESSING -> Set.of(SUPPLEMENT_REQUESTED, DONE, REFUSED);
            case SUPPLEMENT_REQUESTED -> Set.of(PROCESSING, REFUSED);
            case DONE, REFUSED -> Set.of(HANDED_TO_POST, DELIVERED);
            case HANDED_TO_POST -> Set.of(DELIVERED);
            case DELIVERED -> Set.of();
        };
    }

    public boolean canMoveTo(DossierStatus target) {
        return next().contains(target);
    }

    /** The status of a stored or wire code, e.g. {@code "handed_to_post"}. */
    public static Optional<DossierStatus> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
