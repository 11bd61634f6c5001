package vn.onestop.kiosk.check;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.onestop.device.printer.PrinterFactory;
import vn.onestop.device.printer.PrinterSettings;
import vn.onestop.device.printer.PrinterStatus;
import vn.onestop.device.printer.TicketPrinter;
import vn.onestop.kiosk.config.KioskConfig;
import vn.onestop.kiosk.server.TokenStore;

/**
 * Checks an installed kiosk the way a technician would: printer found and ready, scanner port present,
 * server reachable, enrolment accepted. Each finding says in plain words what is wrong and what to do.
 */
public final class KioskCheck {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    /** One line of the report. */
    public record Finding(boolean ok, String subject, String text) {
        @Override
        public String toString() {
            return (ok ? "OK      " : "PROBLEM ") + subject + ": " + text;
        }
    }

    private final KioskConfig config;
    private final Path configDir;
    private final Path dataDir;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public KioskCheck(KioskConfig config, Path configDir, Path dataDir, Clock clock) {
        this.config = config;
        this.configDir = configDir;
        this.dataDir = dataDir;
        this.clock = clock;
    }

    public List<Finding> run() {
        List<Finding> findings = new ArrayList<>();
        findings.add(printer());
        findings.add(scanner());
        Finding server = server();
        findings.add(server);
        findings.add(server.ok() ? enrolment() : new Finding(false, "Enrolment",
                "cannot be checked while the server cannot be reached"));
        return findings;
    }

    Finding printer() {
        PrinterSettings settings;
        try {
            settings = PrinterSettings.fromProperties(config.properties());
        } catch (RuntimeException e) {
            return new Finding(false, "Printer", "settings are wrong: " + e.getMessage());
        }
        if (settings.type() == PrinterSettings.Type.VIRTUAL) {
            return new Finding(true, "Printer", "simulated printer (printer.type=virtual); tickets become PNG files");
        }
        String port = settings.serial().path();
        if (!Files.exists(Path.of(port))) {
            return new Finding(false, "Printer", "no device at " + port
                    + ": check the cable and power, and printer.port (see the udev rule for /dev/kiosk-printer)");
        }
        try (TicketPrinter printer = PrinterFactory.create(settings, configDir, clock)) {
            return describe(port, printer.status());
        } catch (RuntimeException e) {
            return new Finding(false, "Printer", "cannot open " + port + ": " + e.getMessage());
        }
    }

    /** The printer's status as a finding; public for tests and other reports. */
    public static Finding describe(String port, PrinterStatus s) {
        if (!s.answered()) {
            return new Finding(false, "Printer", "no answer on " + port
                    + ": the printer is off, or printer.port or printer.baud is wrong");
        }
        List<String> problems = new ArrayList<>();
        if (s.paperOut()) {
            problems.add("paper out: load a new roll");
        }
        if (s.coverOpen()) {
            problems.add("cover open: close it");
        }
        if (s.cutterError()) {
            problems.add("cutter error: clear the paper path");
        }
        if (s.unrecoverableError()) {
            problems.add("unrecoverable error: switch the printer off and on");
        }
        if (s.autoRecoverableError()) {
            problems.add("print head too hot: wait a moment");
        }
        if (s.offline() && problems.isEmpty()) {
            problems.add("offline");
        }
        if (!problems.isEmpty()) {
            return new Finding(false, "Printer", String.join("; ", problems));
        }
        return new Finding(true, "Printer", "ready on " + port + (s.paperNearEnd() ? " (paper near its end: have a roll ready)" : ""));
    }

    Finding scanner() {
        Map<String, String> all = config.all();
        String type = all.getOrDefault("scanner.type", "serial");
        if (!type.equals("serial")) {
            return new Finding(true, "Scanner", "scanner.type=" + type + " (no serial port to check)");
        }
        String port = all.getOrDefault("scanner.port", "");
        if (port.isBlank()) {
            return new Finding(false, "Scanner", "scanner.port is not set: choose the scanner's port in technician mode");
        }
        Path p = Path.of(port);
        if (!Files.exists(p)) {
            return new Finding(false, "Scanner", "no device at " + port
                    + ": check the cable, that the scanner is in USB-CDC (virtual COM) mode, and scanner.port");
        }
        if (!Files.isReadable(p) || !Files.isWritable(p)) {
            return new Finding(false, "Scanner", "no permission on " + port
                    + ": the kiosk user must be in the dialout group (log in again after adding it)");
        }
        return new Finding(true, "Scanner", "device present at " + port);
    }

    Finding server() {
        try {
            HttpResponse<String> r = get("/health", Optional.empty());
            return r.statusCode() == 200
                    ? new Finding(true, "Server", "reachable at " + config.serverUrl())
                    : new Finding(false, "Server", config.serverUrl() + " answered " + r.statusCode() + " on /health");
        } catch (java.io.IOException | IllegalArgumentException e) {
            return new Finding(false, "Server", "not reachable at " + config.serverUrl()
                    + ": check the network cable and server.url (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Finding(false, "Server", "check interrupted");
        }
    }

    Finding enrolment() {
        Optional<String> token = new TokenStore(dataDir).token();
        if (token.isEmpty()) {
            return new Finding(false, "Enrolment", "this kiosk is not enrolled: open technician mode and enter the"
                    + " enrolment code a technician created on the server");
        }
        try {
            int status = get("/api/v1/kiosk/config", token).statusCode();
            if (status == 200 || status == 304) {
                return new Finding(true, "Enrolment", "the server accepts this kiosk's token");
            }
            if (status == 401) {
                return new Finding(false, "Enrolment", "the server refuses this kiosk's token (revoked or from another"
                        + " server): enrol again with a new code");
            }
            return new Finding(false, "Enrolment", "the server answered " + status);
        } catch (java.io.IOException e) {
            return new Finding(false, "Enrolment", "the server stopped answering: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Finding(false, "Enrolment", "check interrupted");
        }
    }

    private HttpResponse<String> get(String path, Optional<String> token) throws java.io.IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(config.serverUrl().replaceAll("/+$", "") + path))
                .timeout(TIMEOUT).GET();
        token.ifPresent(t -> b.header("Authorization", "Bearer " + t));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
