package vn.onestop.server;

import java.nio.file.Path;

/** The server's command line: {@code --config DIR --data DIR --port N [--demo] [--enrolment-code CODE]}. */
public record CommandLine(Path configDir, Path dataDir, Integer port, boolean demo, String enrolmentCode) {

    public static CommandLine parse(String[] args) {
        Path config = Path.of("config");
        Path data = Path.of("data/server");
        Integer port = null;
        boolean demo = false;
        String code = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--config" -> config = Path.of(value(args, ++i, "--config"));
                case "--data" -> data = Path.of(value(args, ++i, "--data"));
                case "--port" -> port = port(value(args, ++i, "--port"));
                case "--demo" -> demo = true;
                case "--enrolment-code" -> code = value(args, ++i, "--enrolment-code");
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + "; use --config DIR --data DIR --port N [--demo] [--enrolment-code CODE]");
            }
        }
        return new CommandLine(config, data, port, demo, code);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int port(String v) {
        try {
            int p = Integer.parseInt(v);
            if (p < 0 || p > 65535) {
                throw new IllegalArgumentException("--port must be 0-65535, not " + v);
            }
            return p;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number, not " + v);
        }
    }
}
