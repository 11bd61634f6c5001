package vn.onestop.server.staff;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Counts failed logins per user name and per address; too many within 15 minutes locks further tries. */
public final class LoginLimiter {
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private final Clock clock;
    private final int maxFailures;
    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    public LoginLimiter(Clock clock, int maxFailures) {
        this.clock = clock;
        this.maxFailures = maxFailures;
    }

    /** Seconds until another try is allowed for this user or address, 0 when allowed now. */
    public long retryAfterSeconds(String username, String address) {
        return Math.max(wait("u:" + username), wait("a:" + address));
    }

    public void failed(String username, String address) {
        add("u:" + username);
        add("a:" + address);
    }

    public void succeeded(String username) {
        failures.remove("u:" + username);
    }

    private long wait(String key) {
        Deque<Long> q = failures.get(key);
        if (q == null) {
            return 0;
        }
        synchronized (q) {
            long now = clock.millis();
            while (!q.isEmpty() && q.peekFirst() < now - WINDOW.toMillis()) {
                q.removeFirst();
            }
            int limit = key.startsWith("a:") ? maxFailures * 4 : maxFailures;
            return q.size() >= limit ? Math.max(1, (q.peekFirst() + WINDOW.toMillis() - now) / 1000) : 0;
        }
    }

    private void add(String key) {
        Deque<Long> q = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (q) {
            q.addLast(clock.millis());
        }
    }
}
