package vn.onestop.kiosk;

import org.apache.logging.log4j.LogManager;

/**
 * Starts Log4j (reads its configuration, loads its plugins, opens the log file: about as much CPU as the whole
 * window on a small PC) on a thread of its own once the window is open, so the first screen does not pay for it.
 * Classes loaded before then take their logger on first use (a nested {@code Log} holder), never when they load.
 * Loggers taken before it is done are bound to the same context and follow its configuration once read;
 * {@link #await} before a line that must reach the file.
 */
public final class LoggingSetup {
    private final Thread thread;

    private LoggingSetup(Thread thread) {
        this.thread = thread;
    }

    public static LoggingSetup start() {
        return start(() -> { });
    }

    /** Starts Log4j, then runs {@code then} (lines to log once it is set up) on the same thread. */
    public static LoggingSetup start(Runnable then) {
        Thread t = new Thread(() -> {
            LogManager.getLogger(LoggingSetup.class);
            then.run();
        }, "log-setup");
        t.setDaemon(true);
        t.start();
        return new LoggingSetup(t);
    }

    /** Waits until the configuration is read. */
    public void await() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
