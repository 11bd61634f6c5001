package vn.onestop.core.wire;

/**
 * A citizen at the kiosk pressed "Gọi hỗ trợ / Call for help" on {@code screen} (the screen's code, e.g. "info").
 * It carries no personal data: the server adds the kiosk's name from the kiosk's token.
 */
public record HelpRequest(String screen) {}
