package vn.onestop.core.wire;

/** The kiosk's own identity and bearer token; the token is shown once and the server keeps only its hash. */
public record EnrolResponse(String kioskId, String token) {}
