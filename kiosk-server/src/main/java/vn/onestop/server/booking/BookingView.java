package vn.onestop.server.booking;

/**
 * A booking as the citizen's page and the kiosk see it: no contact, no ID number. Times are local "HH:mm".
 * {@code status}: booked, checked_in, cancelled, no_show.
 */
public record BookingView(String code, String qrPayload, String centreId, String centreNameVi, String centreNameEn,
        String serviceCode, String serviceNameVi, String serviceNameEn, String procedureCode, String day,
        String start, String end, String status) {}
