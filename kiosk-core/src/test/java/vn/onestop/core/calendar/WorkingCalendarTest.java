package vn.onestop.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.onestop.core.config.ConfigException;
import vn.onestop.core.testing.TestConfig;

class WorkingCalendarTest {

    private static final String HEADER = "date,name_vi,name_en,status\n";
    private final WorkingCalendar calendar = WorkingCalendar.load(TestConfig.dir());

    /** The data lines of a shipped CSV, read independently of the code under test. */
    static Stream<String[]> rows(String file) throws IOException {
        return Files.readAllLines(TestConfig.file("calendar/" + file), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#") && !l.startsWith("date,") && !l.isBlank())
                .map(l -> l.split(","));
    }

    static Stream<Arguments> officialDaysOff() throws IOException {
        return rows("holidays.csv").map(r -> Arguments.of(r[0], r[1], r[r.length - 1]));
    }

    static Stream<Arguments> makeupSaturdays() throws IOException {
        return rows("makeup-workdays.csv").map(r -> Arguments.of(r[0], r[1], r[r.length - 1]));
    }

    @ParameterizedTest(name = "{0} is a day off")
    @MethodSource("officialDaysOff")
    void everyListedDayIsOff(String day, String nameVi, String status) {
        LocalDate date = LocalDate.parse(day);
        assertThat(calendar.isWorkingDay(date)).isFalse();
        assertThat(calendar.dayOff(date)).hasValueSatisfying(d -> {
            assertThat(d.nameVi()).isEqualTo(nameVi);
            assertThat(d.provisional()).isEqualTo(status.equals("unverified"));
        });
    }

    @ParameterizedTest(name = "{0} is a make-up working Saturday")
    @MethodSource("makeupSaturdays")
    void everyMakeupSaturdayIsWorked(String day, String nameVi, String status) {
        LocalDate date = LocalDate.parse(day);
        assertThat(date.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(calendar.isWorkingDay(date)).isTrue();
    }

    @Test
    void workingDaysOf2026CountWeekdaysMinusDaysOffPlusMakeupSaturdays() {
        int working = 0;
        for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() == 2026; d = d.plusDays(1)) {
            working += calendar.isWorkingDay(d) ? 1 : 0;
        }
        // 261 weekdays in 2026; 15 listed days off, of which 14 are weekdays (26 April is a Sunday and
        // 27 April its compensation); 2 make-up Saturdays.
        assertThat(working).isEqualTo(261 - 14 + 2);
    }

    @Test
    void unverifiedCultureDayIsOffButProvisional() {
        LocalDate cultureDay = LocalDate.of(2026, 11, 24);
        assertThat(calendar.isWorkingDay(cultureDay)).isFalse();
        assertThat(calendar.isProvisional(cultureDay)).isTrue();
        assertThat(calendar.isProvisional(LocalDate.of(2026, 11, 23))).isFalse();
    }

    @Test
    void computedRuleReproducesTheOfficial2026TetAndHungKingsDays() {
        List<DayOff> computed = new StatutoryHolidays(new VietnameseLunarCalendar()).daysOff(2026);
        List<LocalDate> dates = computed.stream().map(DayOff::date).toList();
        assertThat(dates).contains(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
                LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20), LocalDate.of(2026, 4, 27));
        assertThat(dates).filteredOn(d -> d.getMonthValue() == 2).hasSize(5);
        assertThat(computed).allMatch(DayOff::provisional);
    }

    @Test
    void unlistedYear2027GetsProvisionalTetWithCompensationForTheWeekend() {
        // Tết 2027 (Mùng 1) is Saturday 6 February: eve Friday 5, Mùng 2 Sunday 7, Mùng 3-4 Mon 8 and Tue 9;
        // the Saturday and Sunday give compensatory days on Wednesday 10 and Thursday 11.
        assertThat(calendar.isListedYear(2027)).isFalse();
        for (int day : new int[] {5, 8, 9, 10, 11}) {
            LocalDate date = LocalDate.of(2027, 2, day);
            assertThat(calendar.isWorkingDay(date)).as("%s", date).isFalse();
            assertThat(calendar.dayOff(date)).hasValueSatisfying(d -> assertThat(d.provisional()).isTrue());
        }
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 4))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 12))).isTrue();
        assertThat(calendar.isProvisional(LocalDate.of(2027, 3, 3))).isTrue();
    }

    @Test
    void unlistedYearGetsFixedHolidaysAndHungKings() {
        // 2027: Hùng Kings (lunar 10/3) is Friday 16 April; 30/4 Friday; 1/5 Saturday -> Monday 3 May off;
        // 2/9 Thursday with 1/9 Wednesday as the adjacent day.
        for (String date : new String[] {"2027-01-01", "2027-04-16", "2027-04-30", "2027-05-03", "2027-09-01",
            "2027-09-02"}) {
            assertThat(calendar.isWorkingDay(LocalDate.parse(date))).as(date).isFalse();
        }
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 9, 3))).isTrue();
    }

    @Test
    void calendarBuiltInCodeReplacesTheComputedYear() {
        LocalDate swapped = LocalDate.of(2027, 4, 29);
        WorkingCalendar custom = WorkingCalendar.of(List.of(new DayOff(swapped, "Nghỉ hoán đổi", "Swap", false)),
                List.of(new DayOff(LocalDate.of(2027, 5, 8), "Làm bù", "Make-up", false)));
        assertThat(custom.isWorkingDay(swapped)).isFalse();
        assertThat(custom.isWorkingDay(LocalDate.of(2027, 5, 8))).isTrue();
        assertThat(custom.isWorkingDay(LocalDate.of(2027, 2, 8))).as("Tết not listed for 2027").isTrue();
        assertThat(custom.isProvisional(swapped)).isFalse();
    }

    @Test
    void nextWorkingDaySkipsTetAndTheWeekend() {
        assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 2, 13))).isEqualTo(LocalDate.of(2026, 2, 23));
    }

    @Test
    void badDateNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path holidays = write(dir, "holidays.csv", HEADER + "2026-01-01,Tết,New Year,official\n2026-13-01,X,Y,official\n");
        Path makeup = write(dir, "makeup.csv", HEADER);
        assertThatThrownBy(() -> WorkingCalendar.load(holidays, makeup))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(holidays.toString()).hasMessageContaining("line 3")
                .hasMessageContaining("YYYY-MM-DD");
    }

    @Test
    void unknownStatusAndMissingColumnAreRefused(@TempDir Path dir) throws IOException {
        Path makeup = write(dir, "makeup.csv", HEADER);
        Path badStatus = write(dir, "a.csv", HEADER + "2026-01-01,Tết,New Year,maybe\n");
        assertThatThrownBy(() -> WorkingCalendar.load(badStatus, makeup))
                .hasMessageContaining("line 2").hasMessageContaining("status");
        Path noStatus = write(dir, "b.csv", "date,name_vi,name_en\n2026-01-01,Tết,New Year\n");
        assertThatThrownBy(() -> WorkingCalendar.load(noStatus, makeup))
                .hasMessageContaining("b.csv").hasMessageContaining("'status'");
        assertThatThrownBy(() -> WorkingCalendar.load(dir.resolve("missing.csv"), makeup))
                .isInstanceOf(ConfigException.class).hasMessageContaining("missing.csv");
    }

    @Test
    void aDateBothOffAndMakeupIsRefused(@TempDir Path dir) throws IOException {
        Path holidays = write(dir, "h.csv", HEADER + "2026-01-10,X,Y,official\n");
        Path makeup = write(dir, "m.csv", HEADER + "2026-01-10,X,Y,official\n");
        assertThatThrownBy(() -> WorkingCalendar.load(holidays, makeup)).hasMessageContaining("2026-01-10");
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
