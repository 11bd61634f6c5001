package vn.onestop.device;

import java.util.concurrent.ThreadFactory;

/** Threads of the device drivers: named (they show in thread dumps and logs) and daemon (they never keep the JVM up). */
public final class DaemonThreads {
    private DaemonThreads() {
    }

    /** Makes daemon threads with this name. */
    public static ThreadFactory named(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
