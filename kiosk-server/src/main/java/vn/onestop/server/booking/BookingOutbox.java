package vn.onestop.server.booking;

import vn.onestop.server.db.Database;
import vn.onestop.server.notify.Contact;
import vn.onestop.server.notify.Notifications;

/**
 * Booking confirmations and day-before reminders through the notification outbox (issue 24): one message per booking,
 * kind, day and slot and channel (a move to another slot confirms again; the same confirmation is never queued twice),
 * to the phone (SMS) and e-mail the citizen gave, where the server has that channel. The texts carry the booking code,
 * centre, service, day and slot: nothing of the citizen.
 */
public final class BookingOutbox implements BookingNotices {
    private final Database db;
    private final Notifications notifications;

    public BookingOutbox(Database db, Notifications notifications) {
        this.db = db;
        this.notifications = notifications;
    }

    @Override
    public void confirmation(Notice notice) {
        BookingView b = notice.booking();
        queue(notice, "confirmed", "Xác nhận lịch hẹn " + b.code() + " / Booking confirmed",
                "Lịch hẹn " + b.code() + ": " + b.serviceNameVi() + ", " + b.centreNameVi() + ", ngày " + b.day()
                        + " " + b.start() + "-" + b.end() + ". Mang mã hoặc mã QR đến ki-ốt để lấy số.\n"
                        + "Booking " + b.code() + ": " + b.serviceNameEn() + ", " + b.centreNameEn() + ", " + b.day()
                        + " " + b.start() + "-" + b.end() + ". Show the code or its QR at the kiosk to take a ticket.");
    }

    @Override
    public void reminder(Notice notice) {
        BookingView b = notice.booking();
        queue(notice, "reminder", "Nhắc lịch hẹn " + b.code() + " / Booking reminder",
                "Nhắc: ngày mai " + b.day() + " " + b.start() + "-" + b.end() + " bạn có lịch hẹn " + b.code() + " ("
                        + b.serviceNameVi() + ", " + b.centreNameVi() + ").\n"
                        + "Reminder: tomorrow " + b.day() + " " + b.start() + "-" + b.end() + " you have booking "
                        + b.code() + " (" + b.serviceNameEn() + ", " + b.centreNameEn() + ").");
    }

    @Override
    public void checkedIn(Notice notice, String ticketId) {
        db.write(c -> {
            if (notice.phone() != null && notifications.enabled(Contact.Channel.SMS)) {
                notifications.watch(c, ticketId, Contact.sms(notice.phone()));
            }
            if (notice.email() != null && notifications.enabled(Contact.Channel.EMAIL)) {
                notifications.watch(c, ticketId, Contact.email(notice.email()));
            }
            return null;
        });
    }

    private void queue(Notice notice, String kind, String subject, String body) {
        BookingView b = notice.booking();
        String key = "booking:" + b.code() + ":" + kind + ":" + b.day() + "T" + b.start().replace(":", "");
        db.write(c -> {
            if (notice.phone() != null && notifications.enabled(Contact.Channel.SMS)) {
                notifications.send(c, key + ":sms", Contact.sms(notice.phone()), subject, body);
            }
            if (notice.email() != null && notifications.enabled(Contact.Channel.EMAIL)) {
                notifications.send(c, key + ":email", Contact.email(notice.email()), subject, body);
            }
            return null;
        });
    }
}
