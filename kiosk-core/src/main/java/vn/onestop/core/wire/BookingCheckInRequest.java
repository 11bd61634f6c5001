package vn.onestop.core.wire;

/** A kiosk checks a booking in: the code typed, or the booking QR's whole payload as scanned (issue 24). */
public record BookingCheckInRequest(String code) {}
