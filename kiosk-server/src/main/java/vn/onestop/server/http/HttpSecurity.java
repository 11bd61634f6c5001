package vn.onestop.server.http;

import java.util.List;

/**
 * How the server is reached and how long an unused staff session lives. {@code behindTls}: browsers reach it only
 * over HTTPS (TLS ended at nginx or a load balancer), so session cookies are {@code Secure} with the
 * {@code __Host-} prefix and every response carries {@code Strict-Transport-Security}; a request arriving over HTTPS
 * directly gets the same. {@code trustedProxies} ({@code http.trustedProxies}): the only peer addresses whose
 * {@code X-Forwarded-For} is believed. {@code bindAddress} ({@code server.bindAddress}): the address listened on,
 * empty for every interface (127.0.0.1 when only nginx on the same machine should reach it).
 */
public record HttpSecurity(boolean behindTls, int sessionIdleMinutes, List<String> trustedProxies,
        String bindAddress) {
    /** The default of {@code http.trustedProxies}: a proxy on the same machine. */
    public static final List<String> LOOPBACK = List.of("127.0.0.1", "::1", "0:0:0:0:0:0:0:1");

    public HttpSecurity {
        if (sessionIdleMinutes < 1) {
            throw new IllegalArgumentException("sessionIdleMinutes must be at least 1");
        }
        trustedProxies = List.copyOf(trustedProxies);
        bindAddress = bindAddress == null ? "" : bindAddress.strip();
    }

    /** A proxy on the same machine, listening on every interface. */
    public HttpSecurity(boolean behindTls, int sessionIdleMinutes) {
        this(behindTls, sessionIdleMinutes, LOOPBACK, "");
    }

    /** Plain HTTP (tests, a laptop demo) with a 30-minute idle limit. */
    public static HttpSecurity plain() {
        return new HttpSecurity(false, 30);
    }
}
