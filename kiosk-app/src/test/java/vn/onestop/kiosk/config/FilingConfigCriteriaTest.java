package vn.onestop.kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.onestop.core.wire.RatingReasonInfo;

/** The kiosk's {@code rating.criteria} keys: the questions in order, a clear message naming the key when wrong. */
class FilingConfigCriteriaTest {

    @Test
    void theQuestionsAreReadInOrderWithTheirVietnameseAndEnglishText() {
        var options = FilingConfig.from(Map.of("rating.criteria", " attitude , time ",
                "rating.criterion.attitude.vi", "Thái độ của cán bộ", "rating.criterion.attitude.en", "Manner",
                "rating.criterion.time.vi", "Thời gian chờ"));
        assertThat(options.ratingCriteria()).containsExactly(
                new RatingReasonInfo("attitude", "Thái độ của cán bộ", "Manner"),
                new RatingReasonInfo("time", "Thời gian chờ", "Thời gian chờ"));
    }

    @Test
    void noKeyOrAnEmptyListAsksNoQuestions() {
        assertThat(FilingConfig.from(Map.of()).ratingCriteria()).isEmpty();
        assertThat(FilingConfig.from(Map.of("rating.criteria", " ")).ratingCriteria()).isEmpty();
    }

    @Test
    void aQuestionWithoutVietnameseTextOrABadCodeIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> FilingConfig.from(Map.of("rating.criteria", "attitude")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rating.criterion.attitude.vi");
        assertThatThrownBy(() -> FilingConfig.from(Map.of("rating.criteria", "thái độ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rating.criteria").hasMessageContaining("thái độ");
    }
}
