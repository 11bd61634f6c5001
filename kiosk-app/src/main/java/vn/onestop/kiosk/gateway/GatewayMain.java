package vn.onestop.kiosk.gateway;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * {@code ./kiosk gateway}: {@code --config DIR} (gateway.properties, displays/, keypads/), {@code --data DIR} (tokens,
 * virtual display PNGs), {@code --server URL} (overrides server.url), {@code --enrolment-code CODE} (first start).
 */
public final class GatewayMain {
    private static final Logger LOG = LogManager.getLogger(GatewayMain.class);

    private GatewayMain() {}

    public static void main(String[] argv) throws Exception {
        // The gateway has no window; a counter printer draws its slip (and a virtual one its PNG) off-screen.
        System.setProperty("java.awt.headless", "true");
        Path config = Path.of("config");
        Path data = Path.of("data/gateway");
        String server = null;
        Optional<String> code = Optional.empty();
        for (int i = 0; i < argv.length; i++) {
            String value = i + 1 < argv.length ? argv[i + 1] : null;
            switch (argv[i]) {
                case "--config" -> config = Path.of(need(argv[i], value));
                case "--data" -> data = Path.of(need(argv[i], value));
                case "--server" -> server = need(argv[i], value);
                case "--enrolment-code" -> code = Optional.of(need(argv[i], value));
                default -> {
                    System.err.println("Unknown option " + argv[i] + ": use --config DIR --data DIR [--server URL] "
                            + "[--enrolment-code CODE]");
                    System.exit(2);
                }
            }
            i++;
        }
        GatewayConfig cfg;
        Map<String, String> tokens;
        try {
            cfg = GatewayConfig.load(config.resolve("gateway.properties"), data);
            if (server != null) {
                cfg = new GatewayConfig(java.net.URI.create(server), cfg.tokenFile(), cfg.counters(), cfg.buses(),
                        cfg.displays(), cfg.keypad(), cfg.printers());
            }
            tokens = GatewayTokens.obtain(cfg, code);
        } catch (IllegalArgumentException | java.io.IOException e) {
            System.err.println("gateway: " + e.getMessage());
            LOG.error("Gateway not started: {}", e.getMessage());
            System.exit(1);
            return;
        }
        Gateway gateway = Gateway.start(cfg, config, tokens, Clock.systemUTC());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            gateway.close();
            stopped.countDown();
        }, "gateway-stop"));
        stopped.await();
    }

    private static String need(String option, String value) {
        if (value == null) {
            System.err.println(option + " needs a value");
            System.exit(2);
        }
        return value;
    }
}
