package vn.onestop.server.http;

import io.javalin.http.Context;
import java.util.function.Supplier;
import vn.onestop.server.Rejection;
import vn.onestop.server.staff.LoginLimiter;

/**
 * Limits guesses of one-time secrets (kiosk enrolment codes, the first-admin secret) per client address: after
 * too many wrong ones the address waits, so the codes cannot be brute-forced over HTTP.
 */
public final class SecretAttempts {
    private final LoginLimiter limiter;
    private final ClientAddress client;

    public SecretAttempts(LoginLimiter limiter, ClientAddress client) {
        this.limiter = limiter;
        this.client = client;
    }

    /** Runs {@code attempt}; a FORBIDDEN answer counts as a wrong guess from this address. */
    public <T> T attempt(Context ctx, Supplier<T> attempt) {
        String address = "secret:" + client.of(ctx);
        long wait = limiter.retryAfterSeconds(address, address);
        if (wait > 0) {
            throw new Rejection(Rejection.Kind.TOO_MANY, "Too many wrong codes from this address: try again in "
                    + wait + " s");
        }
        try {
            return attempt.get();
        } catch (Rejection e) {
            if (e.kind() == Rejection.Kind.FORBIDDEN) {
                limiter.failed(address, address);
            }
            throw e;
        }
    }
}
