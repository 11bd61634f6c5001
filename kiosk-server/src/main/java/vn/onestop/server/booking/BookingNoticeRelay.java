package vn.onestop.server.booking;

/** Hands notices to the port set last (none until one is set): the outbox is wired after the bookings are built. */
final class BookingNoticeRelay implements BookingNotices {
    private volatile BookingNotices target = BookingNotices.NONE;

    void set(BookingNotices value) {
        target = value == null ? BookingNotices.NONE : value;
    }

    @Override
    public void confirmation(Notice notice) {
        target.confirmation(notice);
    }

    @Override
    public void reminder(Notice notice) {
        target.reminder(notice);
    }

    @Override
    public void checkedIn(Notice notice, String ticketId) {
        target.checkedIn(notice, ticketId);
    }
}
