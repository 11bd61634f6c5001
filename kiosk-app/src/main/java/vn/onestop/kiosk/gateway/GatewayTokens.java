package vn.onestop.kiosk.gateway;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The gateway's device tokens, one per counter, in a properties file readable by its owner only. The first start
 * (or one with a new code) trades a one-time enrolment code for them; no staff password is ever kept.
 */
public final class GatewayTokens {
    private GatewayTokens() {}

    /** The tokens in {@code file}, enrolling first with {@code code} if given. Fails naming what is missing. */
    public static Map<String, String> obtain(GatewayConfig config, Optional<String> code)
            throws IOException, InterruptedException {
        Map<String, String> tokens = read(config.tokenFile());
        if (code.isPresent()) {
            try {
                tokens.putAll(new GatewayServer(config.server()).enrol(code.get().trim(), name()));
            } catch (GatewayServer.Refused e) {
                throw new IOException("Enrolment refused by " + config.server() + ": " + e.getMessage(), e);
            }
            write(config.tokenFile(), tokens);
        }
        List<String> missing = config.counters().stream().filter(c -> !tokens.containsKey(c)).toList();
        if (tokens.isEmpty()) {
            throw new IOException("No device tokens in " + config.tokenFile() + ": make a gateway code on the "
                    + "technician page and start with --enrolment-code CODE");
        }
        if (!missing.isEmpty()) {
            throw new IOException("No device token for counter(s) " + missing + " in " + config.tokenFile()
                    + ": make a gateway code for them on the technician page and start with --enrolment-code CODE");
        }
        return tokens;
    }

    static Map<String, String> read(Path file) throws IOException {
        Map<String, String> tokens = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return tokens;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        p.stringPropertyNames().forEach(k -> tokens.put(k, p.getProperty(k).trim()));
        return tokens;
    }

    static void write(Path file, Map<String, String> tokens) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Properties p = new Properties();
        p.putAll(tokens);
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, "Device gateway tokens, one per counter: keep secret");
        }
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the data folder's own permissions protect it
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String name() {
        try {
            String host = InetAddress.getLocalHost().getHostName();
            return ("gateway@" + host).substring(0, Math.min(100, 8 + host.length()));
        } catch (IOException e) {
            return "gateway";
        }
    }
}
