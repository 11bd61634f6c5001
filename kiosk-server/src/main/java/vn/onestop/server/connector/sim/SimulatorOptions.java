package vn.onestop.server.connector.sim;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import vn.onestop.core.config.Settings;

/**
 * The simulator's command line: {@code [--port N] [--bind ADDR] [--data DIR] [--config DIR] [--secret-file FILE]
 * [--callback URL] [--code-pattern P] [--push-after SECONDS] [--require-pdfs true|false]}. With {@code --config}
 * it takes the shared secret and the server's port from that folder's server.properties (connector.secretFile or
 * connector.secret, server.port); without any secret it makes one in {@code DATA/secret.txt} and says so.
 */
record SimulatorOptions(int port, String bind, Path data, String secret, String secretSource, URI callback,
        String codePattern, Duration pushAfter, boolean requirePdfs) {

    static final String DEFAULT_PATTERN = "000.00.00.H41-{yyMMdd}-{seq:4}";

    static SimulatorOptions parse(String[] args) throws IOException {
        int port = 8090;
        String bind = "127.0.0.1";
        Path data = Path.of("data", "provincial-sim");
        Path config = null;
        Path secretFile = null;
        String callback = null;
        String pattern = DEFAULT_PATTERN;
        long pushAfter = 0;
        boolean requirePdfs = true;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (value == null) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(value);
                case "--bind" -> bind = value;
                case "--data" -> data = Path.of(value);
                case "--config" -> config = Path.of(value);
                case "--secret-file" -> secretFile = Path.of(value);
                case "--callback" -> callback = value;
                case "--code-pattern" -> pattern = value;
                case "--push-after" -> pushAfter = Long.parseLong(value);
                case "--require-pdfs" -> requirePdfs = Boolean.parseBoolean(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
            i++;
        }
        Settings server = config == null ? null : Settings.load(config.resolve("server.properties"));
        String secret;
        String source;
        if (secretFile == null && server != null && server.optional("connector.secretFile").isPresent()) {
            secretFile = config.resolve(server.string("connector.secretFile"));
        }
        if (secretFile != null) {
            secret = Files.readString(secretFile, StandardCharsets.UTF_8).strip();
            source = secretFile.toString();
        } else if (server != null && server.optional("connector.secret").isPresent()) {
            secret = server.string("connector.secret");
            source = config.resolve("server.properties") + " (connector.secret)";
        } else {
            Path made = data.resolve("secret.txt");
            Files.createDirectories(data);
            if (!Files.exists(made)) {
                byte[] random = new byte[24];
                new SecureRandom().nextBytes(random);
                Files.writeString(made, HexFormat.of().formatHex(random) + "\n", StandardCharsets.UTF_8);
            }
            secret = Files.readString(made, StandardCharsets.UTF_8).strip();
            source = made + " (made by the simulator: point connector.secretFile at it)";
        }
        if (callback == null) {
            int serverPort = server == null ? 8080 : server.integer("server.port", 8080, 1, 65535);
            callback = "http://127.0.0.1:" + serverPort + "/api/v1/connector/status-changes";
        }
        new OfficialCodePattern(pattern);
        return new SimulatorOptions(port, bind, data, secret, source, URI.create(callback), pattern,
                Duration.ofSeconds(pushAfter), requirePdfs);
    }
}
