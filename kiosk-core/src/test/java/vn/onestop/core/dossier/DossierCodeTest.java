package vn.onestop.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DossierCodeTest {

    private static final LocalDate DAY = LocalDate.of(2025, 11, 25);

    @Test
    void formatsPerCircular01() {
        assertThat(new DossierCode("000.00.00.H41", DAY, 1).format()).isEqualTo("000.00.00.H41-251125-0001");
        assertThat(new DossierCode("H55.242", DAY, 37, 6).format()).isEqualTo("H55.242-251125-000037");
        assertThat(new DossierCode("H55.242", DAY, 9999).format()).isEqualTo("H55.242-251125-9999");
    }

    @ParameterizedTest
    @CsvSource({"000.00.00.H41-251125-0001", "H55.242-251125-000037", "H55-260101-1234567", "G22.386.22-240229-42"})
    void parseRoundTrips(String code) {
        assertThat(DossierCode.parse(code).format()).isEqualTo(code);
    }

    @Test
    void parseReadsTheParts() {
        DossierCode code = DossierCode.parse("  000.00.00.h41-251125-0042 ");
        assertThat(code).isEqualTo(new DossierCode("000.00.00.H41", DAY, 42, 4));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "'';empty",
        "H55.242-251125;AGENCY-YYMMDD-SEQUENCE",
        "000.00.00.H41-2511250-0001;AGENCY-YYMMDD-SEQUENCE",
        "000.00.00.H41-251325-0001;real calendar date",
        "000.00.00.H41-250229-0001;real calendar date",
        "000.00.00.H41-251125-0000;start at 1",
        "000.00.00.H41-251125-1234567890;AGENCY-YYMMDD-SEQUENCE",
        "000..00.H41-251125-0001;agency code",
        "000.00.00.H41 -251125-0001;agency code",
        "HÀ.NỘI-251125-0001;agency code",
        "001090012345|Nguyễn Văn An|15031990;AGENCY-YYMMDD-SEQUENCE",
    })
    void rejectsMalformedCodesWithAReasonAndWithoutQuotingThem(String text, String reason) {
        assertThatThrownBy(() -> DossierCode.parse(text)).isInstanceOf(DossierCodeException.class)
                .hasMessageContaining(reason)
                .satisfies(e -> {
                    if (!text.isEmpty()) {
                        assertThat(e.getMessage()).doesNotContain(text);
                    }
                });
    }

    @Test
    void rejectsTooLongText() {
        assertThatThrownBy(() -> DossierCode.parse("A".repeat(200) + "-251125-0001"))
                .isInstanceOf(DossierCodeException.class).hasMessageContaining("at most");
    }

    @Test
    void sequenceMustFitTheConfiguredWidth() {
        assertThatThrownBy(() -> new DossierCode("H55.242", DAY, 10_000, 4))
                .isInstanceOf(DossierCodeException.class).hasMessageContaining("does not fit 4 digits");
        assertThatThrownBy(() -> new DossierCode("H55.242", DAY, 0)).isInstanceOf(DossierCodeException.class);
        assertThatThrownBy(() -> new DossierCode("H55.242", DAY, 1, 10)).hasMessageContaining("width");
        assertThatThrownBy(() -> new DossierCode("H55.242", LocalDate.of(2100, 1, 1), 1))
                .hasMessageContaining("2000-2099");
    }

    @Test
    void numberingFromConfigurationChecksItsSettingsAtLoad() {
        DossierNumbering numbering = new DossierNumbering("H55.242", 6);
        assertThat(numbering.code(DAY, 12).format()).isEqualTo("H55.242-251125-000012");
        assertThat(numbering.dailyCapacity()).isEqualTo(999_999);
        assertThatThrownBy(() -> new DossierNumbering("H55 242", 4)).isInstanceOf(DossierCodeException.class)
                .hasMessageContaining("agency code");
        assertThatThrownBy(() -> new DossierNumbering("H55.242", 0)).isInstanceOf(DossierCodeException.class);
    }
}
