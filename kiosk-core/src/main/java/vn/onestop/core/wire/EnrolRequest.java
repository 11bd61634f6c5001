package vn.onestop.core.wire;

/** Kiosk to server, once: the one-time code a technician created, and a name for the kiosk (e.g. "Sảnh A - 1"). */
public record EnrolRequest(String enrolmentCode, String kioskName) {}
