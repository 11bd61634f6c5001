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
    private final Rejection.Kind wrong;
    private final String scope;
    private final String refusal;
    private final boolean countBefore;

    public SecretAttempts(LoginLimiter limiter, ClientAddress client) {
        this(limiter, client, Rejection.Kind.FORBIDDEN, "secret:", "Too many wrong codes from this address");
    }

    /**
     * Limits guesses of another kind of secret (a phone's ticket link, issue 24): an answer of kind {@code wrong}
     * counts as a wrong guess; {@code scope} keeps these counts apart from others on the same limiter;
     * {@code refusal} starts the 429's message.
     */
    public SecretAttempts(LoginLimiter limiter, ClientAddress client, Rejection.Kind wrong, String scope,
            String refusal) {
        this(limiter, client, wrong, scope, refusal, true);
    }

    /**
     * Limits wrong guesses of a long random token checked without a slow hash (a phone's ticket link): only
     * answers of kind {@code wrong} are counted, after their verdict, so many honest clients behind one address
     * (phones on a carrier's NAT opening their pages at once) are never refused while they are right.
     */
    public static SecretAttempts wrongOnly(LoginLimiter limiter, ClientAddress client, Rejection.Kind wrong,
            String scope, String refusal) {
        return new SecretAttempts(limiter, client, wrong, scope, refusal, false);
    }

    private SecretAttempts(LoginLimiter limiter, ClientAddress client, Rejection.Kind wrong, String scope,
            String refusal, boolean countBefore) {
        this.countBefore = countBefore;
        this.limiter = limiter;
        this.client = client;
        this.wrong = wrong;
        this.scope = scope;
        this.refusal = refusal;
    }

    /** Runs {@code attempt}; a FORBIDDEN answer (or the kind given) counts as a wrong guess from this address. */
    public <T> T attempt(Context ctx, Supplier<T> attempt) {
        String address = scope + client.of(ctx);
        if (!countBefore) {
            return attemptCountingAfter(address, attempt);
        }
        long wait = limiter.begin(address, address);
        if (wait > 0) {
            throw new Rejection(Rejection.Kind.TOO_MANY, refusal + ": try again in " + wait + " s");
        }
        // Counted before the attempt (parallel guesses cannot all pass the check); only a wrong code keeps the count.
        try {
            T result = attempt.get();
            limiter.release(address, address);
            return result;
        } catch (Rejection e) {
            if (e.kind() != wrong) {
                limiter.release(address, address);
            }
            throw e;
        } catch (RuntimeException e) {
            limiter.release(address, address);
            throw e;
        }
    }

    private <T> T attemptCountingAfter(String address, Supplier<T> attempt) {
        long wait = limiter.waitSeconds(address, address);
        if (wait > 0) {
            throw new Rejection(Rejection.Kind.TOO_MANY, refusal + ": try again in " + wait + " s");
        }
        try {
            return attempt.get();
        } catch (Rejection e) {
            if (e.kind() == wrong) {
                limiter.failed(address, address);
            }
            throw e;
        }
    }
}
