package vn.onestop.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseLunarCalendarTest {

    private final VietnameseLunarCalendar lunar = new VietnameseLunarCalendar();

    @ParameterizedTest(name = "Tết {0} = {1}")
    @CsvSource({
        "1985, 1985-01-21", // Vietnam (UTC+7); China celebrated on 1985-02-20
        "2007, 2007-02-17", // Vietnam; China 2007-02-18
        "2000, 2000-02-05",
        "2010, 2010-02-14",
        "2019, 2019-02-05",
        "2020, 2020-01-25",
        "2021, 2021-02-12",
        "2022, 2022-02-01",
        "2023, 2023-01-22",
        "2024, 2024-02-10",
        "2025, 2025-01-29",
        "2026, 2026-02-17",
        "2027, 2027-02-06",
        "2028, 2028-01-26",
        "2029, 2029-02-13",
    })
    void knownLunarNewYears(int year, LocalDate expected) {
        assertThat(lunar.tet(year)).isEqualTo(expected);
        assertThat(lunar.toLunar(expected)).isEqualTo(new LunarDate(1, 1, year, false));
    }

    @ParameterizedTest(name = "Hùng Kings {0}")
    @CsvSource({
        "2023, 2023-04-29",
        "2024, 2024-04-18",
        "2025, 2025-04-07",
        "2026, 2026-04-26",
    })
    void hungKingsDayIsTenthOfThirdLunarMonth(int year, LocalDate expected) {
        assertThat(lunar.toSolar(new LunarDate(10, 3, year, false))).isEqualTo(expected);
    }

    @Test
    void lunarNewYearsEveIsTheLastDayOfTheTwelfthMonth() {
        LunarDate eve = lunar.toLunar(LocalDate.of(2026, 2, 16));
        assertThat(eve.month()).isEqualTo(12);
        assertThat(eve.year()).isEqualTo(2025);
        assertThat(eve.day()).isIn(29, 30);
    }

    @Test
    void leapMonthOf2023IsTheSecond() {
        // 2023 had a leap 2nd month (tháng 2 nhuận) starting 2023-03-22.
        assertThat(lunar.toLunar(LocalDate.of(2023, 3, 22))).isEqualTo(new LunarDate(1, 2, 2023, true));
        assertThat(lunar.toSolar(new LunarDate(1, 2, 2023, true))).isEqualTo(LocalDate.of(2023, 3, 22));
        assertThatThrownBy(() -> lunar.toSolar(new LunarDate(1, 5, 2023, true)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void roundTripsEveryDayOfTenYears() {
        for (LocalDate d = LocalDate.of(2020, 1, 1); d.isBefore(LocalDate.of(2030, 1, 1)); d = d.plusDays(1)) {
            assertThat(lunar.toSolar(lunar.toLunar(d))).as("round trip of %s", d).isEqualTo(d);
        }
    }
}
