package vn.onestop.core.rating;

import java.util.Arrays;
import java.util.Optional;

/**
 * The five levels of a citizen's rating (Circular 01/2018 Chapter III; the common scale of rating devices), score 5
 * (very satisfied) to 1 (very dissatisfied). Reasons are asked for at {@link #isLow() low} levels.
 */
public enum RatingLevel {
    VERY_SATISFIED(5, "Rất hài lòng", "Very satisfied"),
    SATISFIED(4, "Hài lòng", "Satisfied"),
    NEUTRAL(3, "Bình thường", "Neutral"),
    DISSATISFIED(2, "Không hài lòng", "Dissatisfied"),
    VERY_DISSATISFIED(1, "Rất không hài lòng", "Very dissatisfied");

    private final int score;
    private final String nameVi;
    private final String nameEn;

    RatingLevel(int score, String nameVi, String nameEn) {
        this.score = score;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
    }

    public int score() {
        return score;
    }

    public String nameVi() {
        return nameVi;
    }

    public String nameEn() {
        return nameEn;
    }

    /** Dissatisfied or very dissatisfied: the kiosk asks why. */
    public boolean isLow() {
        return score <= 2;
    }

    public static Optional<RatingLevel> ofScore(int score) {
        return Arrays.stream(values()).filter(l -> l.score == score).findFirst();
    }
}
