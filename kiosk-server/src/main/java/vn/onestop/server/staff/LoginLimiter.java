package vn.onestop.server.staff;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Limits password (and secret) guessing. A try is counted when it begins, before the slow hash, so parallel tries
 * cannot all pass the check before any is counted (security review, finding 6); a success takes its count back.
 * Within 15 minutes: one address may fail {@code maxFailures} times for one user name and {@code 4 x maxFailures}
 * times in all, then waits until the oldest failure leaves the window; a user name failed from anywhere past
 * {@code maxFailures} times gets a growing delay (1, 2, 4 ... at most 60 s after its last failure) instead of a hard
 * lock, so a guesser elsewhere slows the account's owner down but cannot lock them out (finding 10).
 */
public final class LoginLimiter {
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final long MAX_DELAY_MS = 60_000;
    private final Clock clock;
    private final int maxFailures;
    private final Map<String, Deque<Long>> failures = new HashMap<>();

    public LoginLimiter(Clock clock, int maxFailures) {
        this.clock = clock;
        this.maxFailures = maxFailures;
    }

    /**
     * Begins a try of {@code username} from {@code address}: returns the seconds to wait (nothing counted), or 0 when
     * the try may go on, which is then counted as failed until {@link #succeeded} or {@link #release}.
     */
    public synchronized long begin(String username, String address) {
        long wait = waitSeconds(username, address);
        if (wait == 0) {
            failed(username, address);
        }
        return wait;
    }

    /** The seconds a try of {@code username} from {@code address} must wait now, or 0; nothing is counted. */
    public synchronized long waitSeconds(String username, String address) {
        long now = clock.millis();
        long waitMs = Math.max(Math.max(hardWait(pair(username, address), maxFailures, now),
                hardWait("a:" + address, maxFailures * 4, now)), delay("u:" + username, now));
        return waitMs > 0 ? Math.max(1, (waitMs + 999) / 1000) : 0;
    }

    /**
     * Counts a failed try that was not begun with {@link #begin}: for secrets checked so fast, and so long, that
     * counting parallel tries before their verdict is not needed (a phone's 192-bit ticket link), while counting
     * them would refuse honest clients sharing one address (phones behind a carrier's NAT opening their pages).
     */
    public synchronized void failed(String username, String address) {
        long now = clock.millis();
        for (String key : new String[] {"u:" + username, "a:" + address, pair(username, address)}) {
            failures.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(now);
        }
    }

    /** The try begun for this user and address was right: the user's failures are forgotten. */
    public synchronized void succeeded(String username, String address) {
        failures.remove("u:" + username);
        failures.remove(pair(username, address));
        dropNewest("a:" + address);
    }

    /** The try begun ended without a verdict on the secret (a malformed request): it does not count. */
    public synchronized void release(String username, String address) {
        dropNewest("u:" + username);
        dropNewest("a:" + address);
        dropNewest(pair(username, address));
    }

    private static String pair(String username, String address) {
        return "p:" + address + "\n" + username;
    }

    private void dropNewest(String key) {
        Deque<Long> q = failures.get(key);
        if (q != null) {
            q.pollLast();
            if (q.isEmpty()) {
                failures.remove(key);
            }
        }
    }

    private Deque<Long> live(String key, long now) {
        Deque<Long> q = failures.get(key);
        if (q == null) {
            return null;
        }
        while (!q.isEmpty() && q.peekFirst() < now - WINDOW.toMillis()) {
            q.removeFirst();
        }
        if (q.isEmpty()) {
            failures.remove(key);
            return null;
        }
        return q;
    }

    private long hardWait(String key, int limit, long now) {
        Deque<Long> q = live(key, now);
        return q != null && q.size() >= limit ? q.peekFirst() + WINDOW.toMillis() - now : 0;
    }

    private long delay(String key, long now) {
        Deque<Long> q = live(key, now);
        if (q == null || q.size() < maxFailures) {
            return 0;
        }
        int over = Math.min(q.size() - maxFailures, 16);
        return Math.max(0, q.peekLast() + Math.min(MAX_DELAY_MS, 1000L << over) - now);
    }
}
