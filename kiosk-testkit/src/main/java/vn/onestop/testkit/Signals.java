package vn.onestop.testkit;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Signals to child processes by name (STOP, CONT, ...): Java itself sends only TERM and KILL. */
public final class Signals {
    private Signals() {}

    /** Sends {@code SIG<name>} to {@code pid} with the shell's own kill (procps' /bin/kill is not on every image). */
    public static void send(long pid, String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("sh", "-c", "kill -" + name + " " + pid).inheritIO().start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new AssertionError("kill -" + name + " " + pid + " failed");
        }
    }
}
