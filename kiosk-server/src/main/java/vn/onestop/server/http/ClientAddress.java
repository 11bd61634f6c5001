package vn.onestop.server.http;

import io.javalin.http.Context;

/**
 * The address a request came from, for rate limits and the audit log. Behind the TLS proxy
 * ({@code http.behindTls=true}) every connection comes from the proxy, so the address is the last entry of
 * {@code X-Forwarded-For}, the one the proxy itself added (nginx: {@code $proxy_add_x_forwarded_for}); entries a
 * client wrote before it are ignored. The header is believed only from a trusted proxy ({@code http.trustedProxies},
 * default loopback): a client reaching the port directly cannot choose its address (security review, finding 11).
 * Without a proxy the header is ignored and the socket's address counts.
 */
public final class ClientAddress {
    private final boolean behindProxy;
    private final java.util.Set<String> trustedProxies;

    public ClientAddress(boolean behindProxy, java.util.List<String> trustedProxies) {
        this.behindProxy = behindProxy;
        this.trustedProxies = java.util.Set.copyOf(trustedProxies);
    }

    public String of(Context ctx) {
        String forwarded = behindProxy && trustedProxies.contains(ctx.ip()) ? ctx.header("X-Forwarded-For") : null;
        if (forwarded == null || forwarded.isBlank()) {
            return ctx.ip();
        }
        String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).trim();
        return last.isEmpty() || last.length() > 64 ? ctx.ip() : last;
    }
}
