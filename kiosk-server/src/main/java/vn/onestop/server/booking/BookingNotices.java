package vn.onestop.server.booking;

/**
 * Where booking confirmations and day-before reminders go (issue 24): the notification outbox (e-mail, SMS) is
 * another part's work; it implements this and is wired in {@code ServerApp}. Calls come after the booking is
 * committed, with the contact the citizen gave; an implementation must not log it.
 */
public interface BookingNotices {
    /** Does nothing (no notification channel configured). */
    BookingNotices NONE = new BookingNotices() {
        @Override
        public void confirmation(Notice notice) {
        }

        @Override
        public void reminder(Notice notice) {
        }
    };

    /** A booking was made or moved: send its code, day and slot. */
    void confirmation(Notice notice);

    /** The day before a booking's day. */
    void reminder(Notice notice);

    /** A booking was checked in today and {@code ticketId} issued: its contact hears when the ticket is near and called. */
    default void checkedIn(Notice notice, String ticketId) {
    }

    /** What a notice says and where it goes (phone and/or e-mail; either may be null). */
    record Notice(BookingView booking, String phone, String email) {}
}
