package vn.onestop.kiosk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.kiosk.flow.FlowFixtures;
import vn.onestop.testkit.RequiresDisplay;

/**
 * Cold start to the attract screen and RSS after the full flow, against a bare FlatLaf window started
 * the same way (same java, same classpath, same display) in the same run; tap-to-next-screen time on the
 * event thread. Each is started once plain, then (as ./kiosk does) with its own AppCDS class-data archive
 * made by a first run, three times alternately; the medians are printed.
 */
@RequiresDisplay
@Tag("bench")
class KioskStartupBench {
    /** The kiosk's JVM flags, as ./kiosk starts it (bounded heap, serial GC: one window, two cores). */
    static final List<String> JVM_FLAGS = List.of(System.getProperty("kiosk.jvm.flags",
            "-XX:+UseSerialGC -Xms32m -Xmx192m -XX:TieredStopAtLevel=1 -Xss512k").split(" "));

    @TempDir
    Path tmp;
    private static String classpath;

    @Test
    void startMemoryAndTaps() throws Exception {
        String bareMain = BareWindowProbe.class.getName();
        String kioskMain = KioskProbe.class.getName();
        String config = FlowFixtures.configDir().toString();
        classpath = jarredClasspath(java.nio.file.Files.createDirectories(tmp.resolve("cp")));
        // Without a class-data archive: one start each.
        double barePlain = shownMs(run(List.of(), bareMain));
        double kioskPlain = shownMs(run(List.of(), kioskMain, config, tmp.resolve("plain").toString()));
        System.out.printf("bare-flatlaf-window-start-no-cds: %.0f ms%n", barePlain);
        System.out.printf("kiosk-start-to-attract-no-cds: %.0f ms%n", kioskPlain);
        System.out.printf("kiosk-start-ratio-vs-bare-no-cds: %.2f x%n", kioskPlain / barePlain);
        // As ./kiosk starts them: each with its own class-data archive (AppCDS) made by a first run.
        Path bareJsa = tmp.resolve("bare.jsa");
        Path kioskJsa = tmp.resolve("kiosk.jsa");
        run(List.of("-XX:ArchiveClassesAtExit=" + bareJsa), bareMain);
        run(List.of("-XX:ArchiveClassesAtExit=" + kioskJsa), kioskMain, config, tmp.resolve("train").toString());
        List<Double> bareStart = new ArrayList<>();
        List<Double> kioskStart = new ArrayList<>();
        List<Double> bareCpu = new ArrayList<>();
        List<Double> kioskCpu = new ArrayList<>();
        long bareRss = 0;
        Map<String, String> kiosk = Map.of();
        for (int i = 0; i < 3; i++) {
            Map<String, String> b = run(List.of("-XX:SharedArchiveFile=" + bareJsa), bareMain);
            bareStart.add(shownMs(b));
            bareCpu.add(Double.parseDouble(b.get("CPU-AT-SHOWN")));
            bareRss = Long.parseLong(b.get("RSS"));
            kiosk = run(List.of("-XX:SharedArchiveFile=" + kioskJsa), kioskMain, config,
                    tmp.resolve("data" + i).toString());
            kioskStart.add(shownMs(kiosk));
            kioskCpu.add(Double.parseDouble(kiosk.get("CPU-AT-SHOWN")));
        }
        double bare = median(bareStart);
        double k = median(kioskStart);
        long rssMb = Long.parseLong(kiosk.get("RSS")) / 1024;
        System.out.printf("bare-flatlaf-window-start: %.0f ms%n", bare);
        System.out.printf("kiosk-start-to-attract: %.0f ms%n", k);
        System.out.printf("kiosk-start-ratio-vs-bare: %.2f x (target <= 1.5)%n", k / bare);
        System.out.printf("bare-flatlaf-window-cpu-to-shown: %.0f ms%n", median(bareCpu));
        System.out.printf("kiosk-cpu-to-attract: %.0f ms%n", median(kioskCpu));
        System.out.printf("kiosk-cpu-ratio-vs-bare: %.2f x (CPU time of all threads until shown: less load-sensitive)%n",
                median(kioskCpu) / median(bareCpu));
        System.out.printf("machine-load-average: %s%n", java.nio.file.Files.readString(Path.of("/proc/loadavg")).strip());
        System.out.printf("bare-flatlaf-window-rss: %d MB%n", bareRss / 1024);
        System.out.printf("kiosk-rss-after-10-full-flows: %d MB (target < 250)%n", rssMb);
        System.out.printf("kiosk-rss-ratio-vs-bare: %.2f x%n", rssMb / (bareRss / 1024.0));
        System.out.printf("tap-to-next-screen-median: %s ms (target < 50)%n", kiosk.get("TAP-MEDIAN"));
        System.out.printf("tap-to-next-screen-max: %s ms%n", kiosk.get("TAP-MAX"));
        System.out.printf("tap-to-next-screen-first-flow: %s ms (field, procedure, take ticket, finish)%n",
                kiosk.get("TAP-FIRST-FLOW"));
        System.out.printf("tap-to-next-screen-max-after-first-flow: %s ms%n", kiosk.get("TAP-MAX-LATER"));
        assertThat(rssMb).isPositive();
    }

    /** AppCDS archives only jar files: the test classpath's class folders are jarred into {@code dir}. */
    private static String jarredClasspath(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        int n = 0;
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            if (!java.nio.file.Files.isDirectory(p)) {
                out.add(entry);
                continue;
            }
            Path jar = dir.resolve("classes" + n++ + ".jar");
            try (var zip = new java.util.jar.JarOutputStream(java.nio.file.Files.newOutputStream(jar));
                    var files = java.nio.file.Files.walk(p)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    if (java.nio.file.Files.isRegularFile(f)) {
                        zip.putNextEntry(new java.util.jar.JarEntry(p.relativize(f).toString().replace('\\', '/')));
                        java.nio.file.Files.copy(f, zip);
                        zip.closeEntry();
                    }
                }
            }
            out.add(jar.toString());
        }
        return String.join(java.io.File.pathSeparator, out);
    }

    private static double shownMs(Map<String, String> out) {
        return Double.parseDouble(out.get("SHOWN-MS"));
    }

    private static double median(List<Double> v) {
        List<Double> s = new ArrayList<>(v);
        s.sort(Double::compare);
        return s.get(s.size() / 2);
    }

    /** Starts a probe in a new JVM; returns its "KEY value" lines, plus SHOWN-MS from start to "SHOWN". */
    private static Map<String, String> run(List<String> extraFlags, String mainClass, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath));
        cmd.addAll(JVM_FLAGS);
        cmd.addAll(extraFlags);
        cmd.addAll(List.of(
                "-Dlog4j2.configurationFile=" + FlowFixtures.configDir().resolve("log4j2-test.xml"),
                "-Donestop.config.dir=" + FlowFixtures.configDir(), mainClass));
        cmd.addAll(List.of(args));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        Map<String, String> out = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.equals("SHOWN")) {
                    out.put("SHOWN-MS", String.valueOf((System.nanoTime() - t0) / 1e6));
                } else if (line.matches("[A-Z-]+ .*")) {
                    int sp = line.indexOf(' ');
                    out.put(line.substring(0, sp), line.substring(sp + 1));
                }
            }
        }
        assertThat(p.waitFor()).as(mainClass + " exit code").isZero();
        assertThat(out).containsKeys("SHOWN-MS", "RSS");
        return out;
    }
}
