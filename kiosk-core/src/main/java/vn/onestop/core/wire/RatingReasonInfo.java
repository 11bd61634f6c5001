package vn.onestop.core.wire;

/** A reason a citizen may tick when unhappy (configured on the server), e.g. "slow" / "Chờ quá lâu". */
public record RatingReasonInfo(String code, String nameVi, String nameEn) {}
