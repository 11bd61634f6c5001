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
        long wait = limiter.begin(address, address);
        if (wait > 0) {
            throw new Rejection(Rejection.Kind.TOO_MANY, "Too many wrong codes from this address: try again in "
                    + wait + " s");
        }
        // Counted before the attempt (parallel guesses cannot all pass the check); only a wrong code keeps the count.
        try {
            T result = attempt.get();
            limiter.release(address, address);
            return result;
        } catch (Rejection e) {
            if (e.kind() != Rejection.Kind.FORBIDDEN) {
                limiter.release(address, address);
            }
            throw e;
        } catch (RuntimeException e) {
            limiter.release(address, address);
            throw e;
        }
    }
}
