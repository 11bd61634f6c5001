package vn.onestop.core.calendar;

/**
 * A date of the Vietnamese lunar calendar.
 *
 * @param day   day of the lunar month, 1-30
 * @param month lunar month, 1-12
 * @param year  the lunar year, named by the solar year in which its first month mostly falls
 * @param leap  whether the month is the leap (intercalary) month
 */
public record LunarDate(int day, int month, int year, boolean leap) {
    public LunarDate {
        if (day < 1 || day > 30 || month < 1 || month > 12) {
            throw new IllegalArgumentException("lunar day 1-30 and month 1-12 expected, got " + day + "/" + month);
        }
    }
}
