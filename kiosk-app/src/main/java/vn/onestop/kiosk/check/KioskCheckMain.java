package vn.onestop.kiosk.check;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import vn.onestop.core.config.ConfigException;
import vn.onestop.kiosk.config.KioskConfig;

/**
 * {@code onestop-kiosk-check [--config DIR] [--data DIR]}: checks an installed kiosk and prints what is wrong
 * in plain words. Exit status 0 when everything is fine, 1 when something needs a technician, 2 when the
 * configuration itself cannot be read. Run it while the kiosk is stopped if the printer port is exclusive.
 */
public final class KioskCheckMain {
    private KioskCheckMain() {}

    public static void main(String[] args) {
        Path config = Path.of(option(args, "--config", "/etc/onestop/kiosk"));
        Path data = Path.of(option(args, "--data", "/var/lib/onestop/kiosk"));
        KioskConfig kiosk;
        try {
            kiosk = KioskConfig.load(config.resolve("kiosk.properties"));
        } catch (ConfigException e) {
            System.out.println("PROBLEM Configuration: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.out.println("OK      Configuration: " + config.resolve("kiosk.properties"));
        List<KioskCheck.Finding> findings = new KioskCheck(kiosk, config, data, Clock.systemDefaultZone()).run();
        findings.forEach(System.out::println);
        long problems = findings.stream().filter(f -> !f.ok()).count();
        System.out.println(problems == 0 ? "The kiosk is ready." : problems + " problem(s) to fix.");
        System.exit(problems == 0 ? 0 : 1);
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
