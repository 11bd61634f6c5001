package vn.onestop.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import vn.onestop.core.testing.TestConfig;

class AppointmentCalculatorTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private final AppointmentCalculator calculator = new AppointmentCalculator(WorkingCalendar.load(TestConfig.dir()));

    private static ZonedDateTime at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(HANOI);
    }

    @Test
    void sameClockTimeNWorkingDaysLater() {
        // Wednesday 25 November 2026, 09:40, 3 working days -> Monday 30 November 09:40.
        Appointment a = calculator.appointment(at("2026-11-25T09:40:12"), 3, false);
        assertThat(a.at()).isEqualTo(LocalDateTime.parse("2026-11-30T09:40"));
        assertThat(a.provisional()).isFalse();
    }

    @Test
    void afterTheCutoffCountsFromTheNextWorkingDayAtOpening() {
        Appointment late = calculator.appointment(at("2026-11-25T15:20"), 3, true);
        assertThat(late.at()).isEqualTo(LocalDateTime.parse("2026-12-01T07:30"));
        Appointment noRule = calculator.appointment(at("2026-11-25T15:20"), 3, false);
        assertThat(noRule.at()).isEqualTo(LocalDateTime.parse("2026-11-30T15:20"));
        Appointment justBefore = calculator.appointment(at("2026-11-25T14:59"), 3, true);
        assertThat(justBefore.at()).isEqualTo(LocalDateTime.parse("2026-11-30T14:59"));
    }

    @Test
    void sameDayProceduresAreDueAtClosingOrNextDayAfterCutoff() {
        assertThat(calculator.appointment(at("2026-11-25T10:00"), 0, true).at())
                .isEqualTo(LocalDateTime.parse("2026-11-25T17:00"));
        assertThat(calculator.appointment(at("2026-11-25T15:30"), 0, true).at())
                .isEqualTo(LocalDateTime.parse("2026-11-26T17:00"));
    }

    @Test
    void skipsTetWeekendsAndSwappedDays() {
        // Friday 13 February 2026, 10:00, 2 working days: Tết 16-20 Feb and the weekends are skipped.
        assertThat(calculator.appointment(at("2026-02-13T10:00"), 2, false).at())
                .isEqualTo(LocalDateTime.parse("2026-02-24T10:00"));
        // Friday 9 January 2026, 1 day: Saturday 10 January is a make-up working day.
        assertThat(calculator.appointment(at("2026-01-09T08:15"), 1, false).at())
                .isEqualTo(LocalDateTime.parse("2026-01-10T08:15"));
        // Friday 28 August 2026, 1 day: Monday 31 August (swapped), 1 and 2 September off.
        assertThat(calculator.appointment(at("2026-08-28T11:00"), 1, false).at())
                .isEqualTo(LocalDateTime.parse("2026-09-03T11:00"));
    }

    @Test
    void receivedOnAHolidayOrWeekendCountsFromTheNextWorkingDay() {
        assertThat(calculator.appointment(at("2026-05-01T09:00"), 1, false).at())
                .isEqualTo(LocalDateTime.parse("2026-05-05T07:30"));
        assertThat(calculator.appointment(at("2026-11-28T09:00"), 1, false).at())
                .isEqualTo(LocalDateTime.parse("2026-12-01T07:30"));
        assertThat(calculator.appointment(at("2026-11-25T17:30"), 1, false).at())
                .isEqualTo(LocalDateTime.parse("2026-11-27T07:30"));
    }

    @Test
    void crossingTheUnverifiedCultureDayOrAnUnlistedYearIsProvisional() {
        Appointment acrossCultureDay = calculator.appointment(at("2026-11-23T09:00"), 2, false);
        assertThat(acrossCultureDay.at()).isEqualTo(LocalDateTime.parse("2026-11-26T09:00"));
        assertThat(acrossCultureDay.provisional()).isTrue();
        Appointment intoNextYear = calculator.appointment(at("2026-12-28T09:00"), 5, false);
        assertThat(intoNextYear.at()).isEqualTo(LocalDateTime.parse("2027-01-05T09:00"));
        assertThat(intoNextYear.provisional()).isTrue();
    }

    @Test
    void instantsInOtherZonesAreConvertedToTheCentresTime() {
        // 02:40 UTC is 09:40 in Vietnam.
        ZonedDateTime utc = ZonedDateTime.of(2026, 11, 25, 2, 40, 0, 0, ZoneOffset.UTC);
        assertThat(calculator.appointment(utc, 3, false).at()).isEqualTo(LocalDateTime.parse("2026-11-30T09:40"));
    }

    @Test
    void negativeDaysAreRefused() {
        assertThatThrownBy(() -> calculator.appointment(at("2026-11-25T09:00"), -1, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("working days");
    }

    @Test
    void friday15hCutoffJumpsTheWeekend() {
        // Friday 27 November 2026 at exactly 15:00 counts from Monday 30; 1 working day -> Tuesday 1 December 07:30.
        assertThat(calculator.appointment(at("2026-11-27T15:00"), 1, true).at())
                .isEqualTo(LocalDateTime.parse("2026-12-01T07:30"));
        // Without the rule it counts the Friday: Monday 30 November at 15:00.
        assertThat(calculator.appointment(at("2026-11-27T15:00"), 1, false).at())
                .isEqualTo(LocalDateTime.parse("2026-11-30T15:00"));
    }

    @Test
    void yearEndSkipsNewYearAndTheSwappedSecondOfJanuary() {
        // Wednesday 31 December 2025, 10:00, 2 days: 1 Jan holiday, 2 Jan swapped, 3-4 weekend -> Tue 6 Jan 2026.
        Appointment a = calculator.appointment(at("2025-12-31T10:00"), 2, false);
        assertThat(a.at()).isEqualTo(LocalDateTime.parse("2026-01-06T10:00"));
        assertThat(a.provisional()).isFalse();
        // After the cut-off on 31 December: counting starts Monday 5 January, 2 days -> Wednesday 7 January.
        assertThat(calculator.appointment(at("2025-12-31T16:10"), 2, true).at())
                .isEqualTo(LocalDateTime.parse("2026-01-07T07:30"));
    }

    @Test
    void makeUpSaturdayCountsAndReceivingOnItCountsThatDay() {
        // Saturday 22 August 2026 is a make-up working day: received there at 09:00, 3 days -> Wed 26 Aug 09:00.
        assertThat(calculator.appointment(at("2026-08-22T09:00"), 3, false).at())
                .isEqualTo(LocalDateTime.parse("2026-08-26T09:00"));
        // An ordinary Saturday counts from the next working day at opening time: Monday 31 August is swapped off
        // and 1-2 September are National Day, so counting starts Thursday 3 September; 1 day -> Friday 4.
        assertThat(calculator.appointment(at("2026-08-29T09:00"), 1, false).at())
                .isEqualTo(LocalDateTime.parse("2026-09-04T07:30"));
    }

    @Test
    void hungKingsOnSundayMovesToMonday() {
        // Friday 24 April 2026, 2 days: Sunday 26 (Hung Kings), Monday 27 (compensatory) off -> Wednesday 29 April.
        assertThat(calculator.appointment(at("2026-04-24T08:00"), 2, false).at())
                .isEqualTo(LocalDateTime.parse("2026-04-29T08:00"));
    }

    @Test
    void beforeOpeningCountsTheDayAtOpeningTime() {
        assertThat(calculator.appointment(at("2026-11-25T06:45"), 1, true).at())
                .isEqualTo(LocalDateTime.parse("2026-11-26T07:30"));
    }
}
