package vn.onestop.kiosk;

import java.util.concurrent.CompletableFuture;

/**
 * Start-up work run on a named daemon thread of its own (config-read, font-setup, printer-setup), so the window
 * toolkit and the event thread start meanwhile; its value, or what it threw, comes back as a future.
 */
public final class OwnThread {
    private OwnThread() {}

    /** A piece of start-up work that may fail. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    /** Starts {@code work} on a daemon thread called {@code name}. */
    public static <T> CompletableFuture<T> supply(String name, Work<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                result.complete(work.run());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return result;
    }
}
