package vn.onestop.kiosk.tech;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import vn.onestop.core.config.ConfigException;
import vn.onestop.kiosk.config.KioskConfig;

/**
 * Stable names for the printer and scanner: writes the udev rule for the two chosen devices to
 * {@code udev.rules.file} (default {@code <data>/udev/99-onestop-kiosk.rules}, a record for the technician), runs
 * {@code udev.apply.command} with the two devices' IDs and serial patterns as arguments (the package's root helper
 * through sudo: it checks each, writes the same rule under {@code /etc/udev/rules.d} itself and reloads udev), then points the printer and scanner at
 * {@code /dev/kiosk-printer} and {@code /dev/kiosk-scanner}. Blocking: not on the event thread.
 */
public final class DeviceNaming {
    public static final String PRINTER_PATH = "/dev/" + UdevRules.PRINTER_LINK;
    public static final String SCANNER_PATH = "/dev/" + UdevRules.SCANNER_LINK;
    private static final long APPLY_TIMEOUT_SECONDS = 60;
    private final SettingsApplier settings;
    private final Supplier<List<UsbSerialDevice>> devices;
    private final Clock clock;

    public DeviceNaming(SettingsApplier settings, Supplier<List<UsbSerialDevice>> devices, Clock clock) {
        this.settings = settings;
        this.devices = devices;
        this.clock = clock;
    }

    public List<UsbSerialDevice> devices() {
        return devices.get();
    }

    /** Names the two devices; returns what was done, or why nothing was, in words for the technician. */
    public String name(UsbSerialDevice printer, UsbSerialDevice scanner) {
        String at = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(clock.instant().atZone(clock.getZone()));
        try {
            String rules = UdevRules.generate(devices.get(), printer, scanner, at);
            KioskConfig config = settings.current();
            Path file = rulesFile(config);
            write(file, rules);
            String command = config.all().getOrDefault("udev.apply.command", "").strip();
            if (command.isEmpty()) {
                return "Rule written to " + file + ". udev.apply.command is not set: as root, install the file in"
                        + " /etc/udev/rules.d and run 'udevadm control --reload && udevadm trigger', then set the"
                        + " ports to " + PRINTER_PATH + " and " + SCANNER_PATH + ".";
            }
            Outcome applied = run(command, UdevRules.helperArguments(devices.get(), printer, scanner));
            if (applied.exitCode != 0) {
                return "Rule written to " + file + " but not applied (" + command + " ended with status "
                        + applied.exitCode + "): " + applied.output + " The ports are unchanged.";
            }
            String saved = settings.saveAndApply(Map.of("printer.port", PRINTER_PATH, "scanner.port", SCANNER_PATH));
            return "Rule written to " + file + " and applied: " + applied.output + " Printer port " + PRINTER_PATH
                    + ", scanner port " + SCANNER_PATH + ". " + saved;
        } catch (DeviceNamingException e) {
            return "Not written: " + e.getMessage();
        } catch (ConfigException | IOException | IllegalArgumentException e) {
            return "Not done: " + e.getMessage();
        }
    }

    private Path rulesFile(KioskConfig config) {
        String configured = config.all().getOrDefault("udev.rules.file", "").strip();
        return configured.isEmpty() ? settings.dataDir().resolve("udev/99-onestop-kiosk.rules") : Path.of(configured);
    }

    private static void write(Path file, String rules) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, rules, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private record Outcome(int exitCode, String output) {}

    /**
     * Runs the command (words split on spaces, no shell) with the devices as arguments (the helper reads no file the
     * kiosk user writes) and returns its exit status and last output.
     */
    private static Outcome run(String command, List<String> arguments) throws IOException {
        Path log = Files.createTempFile("udev-apply", ".out");
        try {
            List<String> words = new java.util.ArrayList<>(Arrays.asList(command.split("\\s+")));
            words.addAll(arguments);
            Process p = new ProcessBuilder(words).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            p.getOutputStream().close();
            if (!p.waitFor(APPLY_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Outcome(-1, "no answer within " + APPLY_TIMEOUT_SECONDS + " s.");
            }
            String text = Files.readString(log, StandardCharsets.UTF_8).strip().replaceAll("\\s+", " ");
            return new Outcome(p.exitValue(), text.length() > 600 ? "…" + text.substring(text.length() - 600) : text);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(-1, "interrupted.");
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
