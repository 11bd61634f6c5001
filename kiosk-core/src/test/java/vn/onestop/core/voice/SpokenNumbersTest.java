package vn.onestop.core.voice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a ticket number is read aloud, in both readings and both languages. */
class SpokenNumbersTest {
    @Test
    void digitByDigitReadsEveryDigitAsPrinted() {
        assertThat(SpokenNumbers.ticket("A015", SpokenNumbers.Reading.DIGITS, "vi")).isEqualTo("A, không, một, năm");
        assertThat(SpokenNumbers.ticket("A015", SpokenNumbers.Reading.DIGITS, "en")).isEqualTo("A, zero, one, five");
        assertThat(SpokenNumbers.ticket("K1-B007", SpokenNumbers.Reading.DIGITS, "vi"))
                .isEqualTo("K, một, B, không, không, bảy");
    }

    @Test
    void wholeReadsTheQuantityWithVietnameseSoundChanges() {
        assertThat(SpokenNumbers.ticket("A015", SpokenNumbers.Reading.WHOLE, "vi")).isEqualTo("A, mười lăm");
        assertThat(SpokenNumbers.ticket("A015", SpokenNumbers.Reading.WHOLE, "en")).isEqualTo("A, fifteen");
        assertThat(SpokenNumbers.vietnamese(21)).isEqualTo("hai mươi mốt");
        assertThat(SpokenNumbers.vietnamese(105)).isEqualTo("một trăm linh năm");
        assertThat(SpokenNumbers.vietnamese(1005)).isEqualTo("một nghìn không trăm linh năm");
        assertThat(SpokenNumbers.vietnamese(10)).isEqualTo("mười");
        assertThat(SpokenNumbers.vietnamese(24)).isEqualTo("hai mươi tư");
        assertThat(SpokenNumbers.english(105)).isEqualTo("one hundred five");
    }
}
