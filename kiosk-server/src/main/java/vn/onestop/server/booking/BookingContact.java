package vn.onestop.server.booking;

import java.util.Locale;
import java.util.regex.Pattern;
import vn.onestop.server.Rejection;

/** The contact and ID number a citizen types on the booking page, checked and put in one form (null when blank). */
final class BookingContact {
    private static final Pattern PHONE = Pattern.compile("(?:\\+?84|0)([35789][0-9]{8})");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[A-Za-z0-9.-]{1,189}\\.[A-Za-z]{2,24}");
    private static final Pattern ID_NUMBER = Pattern.compile("[0-9]{9}|[0-9]{12}");

    private BookingContact() {
    }

    /** A Vietnamese mobile number as 0 and nine digits. */
    static String phone(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        var m = PHONE.matcher(typed.replaceAll("[\\s.()-]", ""));
        if (!m.matches()) {
            throw Rejection.invalid("The phone number must be a Vietnamese mobile number such as 0912 345 678");
        }
        return "0" + m.group(1);
    }

    /** An e-mail address in lower case. */
    static String email(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String e = typed.strip();
        if (e.length() > 254 || !EMAIL.matcher(e).matches()) {
            throw Rejection.invalid("The e-mail address is not valid: it looks like name@example.vn");
        }
        return e.toLowerCase(Locale.ROOT);
    }

    /** The digits of a citizen ID card (12) or an old ID card (9). */
    static String idNumber(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String s = typed.replaceAll("\\s", "");
        if (!ID_NUMBER.matcher(s).matches()) {
            throw Rejection.invalid("The ID number must be the 12 digits of a citizen ID card (or 9 of an old one)");
        }
        return s;
    }
}
