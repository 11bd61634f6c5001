package vn.onestop.server.http;

import io.javalin.http.Context;

/**
 * The staff session cookie: HttpOnly, SameSite=Strict, Path=/; over TLS also Secure and named with the
 * {@code __Host-} prefix, so no other site or subdomain can set or overwrite it.
 */
public final class SessionCookie {
    private static final String NAME = "onestop_session";
    private final boolean behindTls;

    public SessionCookie(boolean behindTls) {
        this.behindTls = behindTls;
    }

    /** True when the request reached the server over TLS (directly or, when so configured, through a proxy). */
    public boolean secure(Context ctx) {
        return behindTls || "https".equals(ctx.scheme());
    }

    /** The cookie's name for this request. */
    public String name(Context ctx) {
        return secure(ctx) ? "__Host-" + NAME : NAME;
    }

    /** The session token this request carries, or null. */
    public String token(Context ctx) {
        return ctx.cookie(name(ctx));
    }

    /** Sets the cookie to {@code token} for {@code maxAgeSeconds}. */
    public void set(Context ctx, String token, long maxAgeSeconds) {
        ctx.header("Set-Cookie", name(ctx) + "=" + token + "; Path=/; Max-Age=" + maxAgeSeconds + flags(ctx));
    }

    /** Tells the browser to forget the cookie. */
    public void clear(Context ctx) {
        ctx.header("Set-Cookie", name(ctx) + "=; Path=/; Max-Age=0" + flags(ctx));
    }

    private String flags(Context ctx) {
        return "; HttpOnly; SameSite=Strict" + (secure(ctx) ? "; Secure" : "");
    }
}
