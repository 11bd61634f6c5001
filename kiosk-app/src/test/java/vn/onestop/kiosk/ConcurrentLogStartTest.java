package vn.onestop.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk starts Log4j on a thread of its own after its window opens, while other threads start logging.
 * Log4j alone gives every thread but the one reading the configuration its default configuration for that
 * moment, and their lines never reach the log file (the installed kiosk lost "Attract screen shown" so).
 * Each child JVM here uses the shipped log4j2.xml and the kiosk's log4j2.component.properties.
 */
class ConcurrentLogStartTest {
    private static final int THREADS = 6;

    @TempDir
    Path dir;

    @Test
    void everyThreadsFirstLineReachesTheLogFileWhenLog4jStartsOnManyThreadsAtOnce() throws Exception {
        for (int run = 0; run < 2; run++) {
            Path log = startProbe("run" + run);

            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            for (int k = 0; k < THREADS; k++) {
                String want = "first line of thread " + k;
                assertThat(lines).as("run %d, thread %d", run, k).anyMatch(l -> l.endsWith(want));
            }
        }
    }

    private Path startProbe(String name) throws Exception {
        Path config = Path.of(System.getProperty("onestop.config.dir"), "log4j2.xml");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dlog4j2.configurationFile=" + config,
                "-Donestop.log.dir=" + dir, "-Donestop.log.name=" + name,
                ConcurrentLogStartProbe.class.getName(), String.valueOf(THREADS));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the probe JVM did not finish within 60 s");
        }
        assertThat(p.exitValue()).as("probe exit status").isZero();
        return dir.resolve(name + ".log");
    }
}
