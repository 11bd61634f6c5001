package vn.onestop.server.http;

/**
 * How the server is reached and how long an unused staff session lives. {@code behindTls}: browsers reach it only
 * over HTTPS (TLS ended at nginx or a load balancer), so session cookies are {@code Secure} with the
 * {@code __Host-} prefix and every response carries {@code Strict-Transport-Security}; a request arriving over HTTPS
 * directly gets the same.
 */
public record HttpSecurity(boolean behindTls, int sessionIdleMinutes) {
    public HttpSecurity {
        if (sessionIdleMinutes < 1) {
            throw new IllegalArgumentException("sessionIdleMinutes must be at least 1");
        }
    }

    /** Plain HTTP (tests, a laptop demo) with a 30-minute idle limit. */
    public static HttpSecurity plain() {
        return new HttpSecurity(false, 30);
    }
}
