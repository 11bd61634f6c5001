package vn.onestop.kiosk;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Command line of the kiosk: {@code --config DIR --data DIR [--server URL] [--enrolment-code CODE] [--demo]
 * [--windowed]}. {@code --demo} uses the virtual printer and the simulated scanner; {@code --windowed} keeps
 * a normal window instead of the locked full-screen kiosk.
 */
record KioskArgs(Path configDir, Path dataDir, Optional<String> serverUrl, Optional<String> enrolmentCode,
        boolean demo, boolean windowed) {

    static KioskArgs parse(String[] args) {
        Path config = Path.of("config");
        Path data = Path.of("data/kiosk");
        String server = null;
        String code = null;
        boolean demo = false;
        boolean windowed = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--config" -> config = Path.of(value(args, ++i, "--config"));
                case "--data" -> data = Path.of(value(args, ++i, "--data"));
                case "--server" -> server = value(args, ++i, "--server");
                case "--enrolment-code" -> code = value(args, ++i, "--enrolment-code");
                case "--demo" -> demo = true;
                case "--windowed" -> windowed = true;
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + " (use --config DIR --data DIR --server URL --enrolment-code CODE --demo --windowed)");
            }
        }
        return new KioskArgs(config, data, Optional.ofNullable(server), Optional.ofNullable(code), demo, windowed);
    }

    private static String value(String[] args, int i, String name) {
        if (i >= args.length) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args[i];
    }
}
