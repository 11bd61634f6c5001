package vn.onestop.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.core.config.ConfigException;
import vn.onestop.core.testing.TestConfig;

/**
 * One rule for fixed-date yearly days off (calendar/annual-holidays.csv): the listed years of holidays.csv and the
 * computed years follow it, and a listed year that leaves the day out is refused at load.
 */
class AnnualHolidayRuleTest {
    private final WorkingCalendar calendar = WorkingCalendar.load(TestConfig.dir());
    private final List<AnnualHoliday> rules = AnnualHoliday.load(TestConfig.file("calendar/annual-holidays.csv"));

    @Test
    void theShippedRuleIsCultureDayOnTwentyFourNovemberWithItsSourceAndUnverifiedStatus() {
        assertThat(rules).singleElement().satisfies(r -> {
            assertThat(r.day().toString()).isEqualTo("--11-24");
            assertThat(r.unverified()).isTrue();
            assertThat(r.source()).isNotBlank();
        });
    }

    @Test
    void listedAndComputedYearsBothFollowTheRule() {
        for (AnnualHoliday rule : rules) {
            for (int year = rule.fromYear(); year <= rule.fromYear() + 6; year++) {
                LocalDate date = rule.in(year);
                if (StatutoryHolidays.isWeekend(date)) {
                    LocalDate monday = date.plusDays(date.getDayOfWeek().getValue() == 6 ? 2 : 1);
                    if (!calendar.isListedYear(year)) {
                        assertThat(calendar.isWorkingDay(monday)).as("compensation for %s", date).isFalse();
                    }
                    continue;
                }
                assertThat(calendar.isWorkingDay(date)).as("%s (%s)", date,
                        calendar.isListedYear(year) ? "listed" : "computed").isFalse();
                assertThat(calendar.isProvisional(date)).isEqualTo(rule.unverified() || !calendar.isListedYear(year));
                assertThat(calendar.dayOff(date).orElseThrow().nameVi()).startsWith(rule.nameVi());
            }
        }
        assertThat(calendar.isListedYear(2026)).isTrue();
        assertThat(calendar.isListedYear(2027)).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 11, 24))).as("Wednesday, computed").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 11, 24))).as("before the rule's first year").isTrue();
    }

    @Test
    void aListedYearLeavingTheDayOutIsRefusedNamingTheFile(@TempDir Path dir) throws IOException {
        Path cal = Files.createDirectories(dir.resolve("calendar"));
        for (String f : List.of("holidays.csv", "makeup-workdays.csv", "annual-holidays.csv")) {
            Files.copy(TestConfig.file("calendar/" + f), cal.resolve(f));
        }
        List<String> lines = Files.readAllLines(cal.resolve("holidays.csv"));
        Files.write(cal.resolve("holidays.csv"), lines.stream().filter(l -> !l.startsWith("2026-11-24")).toList());
        assertThatThrownBy(() -> WorkingCalendar.load(dir)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("holidays.csv").hasMessageContaining("2026-11-24");

        Files.write(cal.resolve("holidays.csv"), lines.stream()
                .map(l -> l.startsWith("2026-11-24") ? l.replace(",unverified", ",official") : l).toList());
        assertThatThrownBy(() -> WorkingCalendar.load(dir)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("status unverified");

        Files.write(cal.resolve("holidays.csv"), lines);
        Files.delete(cal.resolve("annual-holidays.csv"));
        assertThat(WorkingCalendar.load(dir).isWorkingDay(LocalDate.of(2027, 11, 24)))
                .as("without the rule the computed years have no such day").isTrue();
    }
}
