package vn.onestop.server.mobile;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Puts tickets that citizens parked from their phones back in their queues once their minutes are over: every
 * {@value #EVERY_SECONDS} s, so a ticket is back at most that late. Runs only while phones are let in.
 */
public final class ParkReturns implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(ParkReturns.class);
    static final int EVERY_SECONDS = 15;
    private final MobileTickets mobile;
    private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "mobile-park-returns");
        t.setDaemon(true);
        return t;
    });

    public ParkReturns(MobileTickets mobile) {
        this.mobile = mobile;
    }

    /** Starts the returns when the feature is on (else nothing runs). */
    public void start() {
        if (mobile.settings().enabled()) {
            schedule.scheduleWithFixedDelay(this::runLogged, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
        }
    }

    private void runLogged() {
        try {
            int back = mobile.returnDue();
            if (back > 0) {
                LOG.info("Mobile tickets: {} parked ticket(s) went back to their queues", back);
            }
        } catch (RuntimeException e) {
            LOG.error("Mobile tickets: returning parked tickets failed (tried again in {} s): {}", EVERY_SECONDS,
                    e.getMessage());
        }
    }

    @Override
    public void close() {
        schedule.shutdownNow();
    }
}
