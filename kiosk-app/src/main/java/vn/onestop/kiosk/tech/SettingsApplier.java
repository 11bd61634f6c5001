package vn.onestop.kiosk.tech;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import vn.onestop.core.config.ConfigException;
import vn.onestop.core.config.Settings;
import vn.onestop.device.printer.TicketPrinter;
import vn.onestop.device.scanner.CodeScanner;
import vn.onestop.kiosk.Devices;
import vn.onestop.kiosk.config.KioskConfig;
import vn.onestop.kiosk.desk.PrinterSlot;
import vn.onestop.kiosk.server.KioskServerClient;

/**
 * Technician changes: checked as a whole (settings, printer profile, ports), then written to
 * {@code kiosk.properties} and applied without a restart (new printer, new scanner, server address,
 * enrolment). Blocking: run it off the event thread.
 */
public final class SettingsApplier {
    private final Path configDir;
    private final Path dataDir;
    private final boolean demo;
    private final Clock clock;
    private final PrinterSlot printer;
    private final Consumer<CodeScanner> scannerSwap;
    private final KioskServerClient client;
    private final Consumer<String> enrol;

    public SettingsApplier(Path configDir, Path dataDir, boolean demo, Clock clock, PrinterSlot printer,
            Consumer<CodeScanner> scannerSwap, KioskServerClient client, Consumer<String> enrol) {
        this.configDir = configDir;
        this.dataDir = dataDir;
        this.demo = demo;
        this.clock = clock;
        this.printer = printer;
        this.scannerSwap = scannerSwap;
        this.client = client;
        this.enrol = enrol;
    }

    /** The kiosk's data folder (technician mode writes its udev rule there by default). */
    public Path dataDir() {
        return dataDir;
    }

    /** True in the demo (simulated devices). */
    public boolean demo() {
        return demo;
    }

    public Path file() {
        return configDir.resolve("kiosk.properties");
    }

    /** The settings as they are in the file now. */
    public KioskConfig current() {
        return KioskConfig.load(file());
    }

    /**
     * Saves {@code changes} and applies them; returns what was done, for the technician.
     *
     * @throws ConfigException or IllegalArgumentException naming the bad key; nothing is saved then
     */
    public String saveAndApply(Map<String, String> changes) throws IOException {
        Map<String, String> merged = new HashMap<>(Settings.load(file()).asMap());
        merged.putAll(changes);
        StringBuilder text = new StringBuilder();
        merged.forEach((k, v) -> text.append(k).append('=').append(v.replace("\\", "\\\\")).append('\n'));
        KioskConfig next = KioskConfig.from(Settings.parse(file(), text.toString()));
        vn.onestop.kiosk.voice.GuidanceSettings.from(merged, file()); // refuses a bad voice.* value before saving
        if (changes.containsKey("server.url")) {
            ServerUrlPolicy.check(next.serverUrl(), "true".equalsIgnoreCase(merged.get("server.trustedNetwork")));
        }
        Properties devices = demo ? Devices.demoPrinter(next.properties(), dataDir) : next.properties();
        TicketPrinter newPrinter = Devices.printer(devices, configDir, clock);
        CodeScanner newScanner = Devices.scanner(devices, demo, clock);
        Files.createDirectories(file().getParent());
        PropertiesFileEditor.update(file(), changes);
        StringBuilder done = new StringBuilder("Saved to " + file() + ". ");
        if (demo) {
            done.append("Demo: the virtual printer and simulated scanner stay in use. ");
            newPrinter.close();
            newScanner.close();
        } else {
            printer.replace(newPrinter);
            scannerSwap.accept(newScanner);
            done.append("Printer and scanner reopened. ");
        }
        if (changes.containsKey("server.url")) {
            // Only when asked: remote device settings must not replace the address given with --server.
            client.setBaseUrl(next.serverUrl());
        }
        if (!next.enrolmentCode().isBlank() && changes.containsKey("server.enrolment.code")) {
            enrol.accept(next.enrolmentCode());
            done.append("Enrolling with the new code. ");
        }
        return done.toString().strip();
    }
}
