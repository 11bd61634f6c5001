package vn.onestop.kiosk;

import org.apache.logging.log4j.LogManager;

/**
 * Starts Log4j (reads its configuration, opens the log file: a few hundred milliseconds on a small PC)
 * on a thread of its own at the very start, so the theme, the catalogue and the window are set up
 * meanwhile. Loggers taken before it is done are bound to the same context and follow its configuration
 * once read; {@link #await} before a line that must reach the file.
 */
public final class LoggingSetup {
    private final Thread thread;

    private LoggingSetup(Thread thread) {
        this.thread = thread;
    }

    public static LoggingSetup start() {
        Thread t = new Thread(() -> LogManager.getLogger(LoggingSetup.class), "log-setup");
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
