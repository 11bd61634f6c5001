package vn.onestop.kiosk;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.apache.logging.log4j.LogManager;

/**
 * A fresh JVM in which several threads take their first logger and log a line at the same moment, as the
 * kiosk's log-setup, network, catalogue and printer threads do once its window is open. Args: thread count.
 */
public final class ConcurrentLogStartProbe {
    private ConcurrentLogStartProbe() {}

    public static void main(String[] args) throws InterruptedException {
        int n = Integer.parseInt(args[0]);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            Thread t = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                LogManager.getLogger("probe.thread" + k).info("first line of thread {}", k);
            }, "probe-" + i);
            t.start();
            threads.add(t);
        }
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
    }
}
