package vn.onestop.kiosk.tech;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import vn.onestop.core.config.ConfigException;
import vn.onestop.device.printer.PrinterException;
import vn.onestop.device.printer.PrinterStatus;
import vn.onestop.device.printer.TicketDocument.Size;
import vn.onestop.device.printer.TicketDocument;
import vn.onestop.kiosk.desk.PrinterMonitor;
import vn.onestop.kiosk.desk.PrinterSlot;

/** Technician mode's actions on the running kiosk. Blocking; called on the printer thread. */
public final class KioskTechnician implements TechnicianActions {
    /** The test print's Vietnamese letters, capitals; each group a vowel without tone and with its five tones. */
    static final List<String> VIETNAMESE_LINES = List.of(
            "AÀẢÃÁẠ ĂẰẲẴẮẶ ÂẦẨẪẤẬ EÈẺẼÉẸ ÊỀỂỄẾỆ",
            "IÌỈĨÍỊ OÒỎÕÓỌ ÔỒỔỖỐỘ ƠỜỞỠỚỢ UÙỦŨÚỤ",
            "ƯỪỬỮỨỰ YỲỶỸÝỴ Đ");
    private final SettingsApplier settings;
    private final PrinterSlot printer;
    private final PrinterMonitor monitor;
    private final Supplier<Optional<LastScan>> lastScan;
    private final Clock clock;
    private final DeviceNaming naming;

    public KioskTechnician(SettingsApplier settings, PrinterSlot printer, PrinterMonitor monitor,
            Supplier<Optional<LastScan>> lastScan, Clock clock) {
        this.settings = settings;
        this.printer = printer;
        this.monitor = monitor;
        this.lastScan = lastScan;
        this.clock = clock;
        this.naming = new DeviceNaming(settings, settings.demo() ? SimulatedUsbDevices::list : SerialPorts::usbDevices,
                clock);
    }

    @Override
    public List<String> serialPorts() {
        return SerialPorts.list();
    }

    @Override
    public List<UsbSerialDevice> usbSerialDevices() {
        return naming.devices();
    }

    @Override
    public String nameDevices(UsbSerialDevice printer, UsbSerialDevice scanner) {
        return naming.name(printer, scanner);
    }

    @Override
    public Map<String, String> settings() {
        try {
            return settings.current().all();
        } catch (ConfigException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public List<String> printerProfiles() {
        Path dir = settings.file().getParent().resolve("printers");
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".properties"))
                    .map(n -> n.substring(0, n.length() - ".properties".length())).sorted().toList();
        } catch (IOException e) {
            return List.of("generic-80mm");
        }
    }

    /** The technician's test ticket: every Vietnamese letter with its tones, the time, and a QR of two cell rows. */
    static TicketDocument testTicket(Clock clock) {
        TicketDocument.Builder b = TicketDocument.builder()
                .centered("IN THỬ / TEST PRINT", true, Size.DOUBLE)
                .centered("Tiếng Việt / Vietnamese:", false, Size.NORMAL);
        // Every vowel with all five tones, capitals then lower case: 134 letters, more than the printer's 94
        // user-defined codes, so a profile with userchars also shows its re-downloads.
        for (String line : VIETNAMESE_LINES) {
            b.text(line);
        }
        for (String line : VIETNAMESE_LINES) {
            b.text(line.toLowerCase(java.util.Locale.ROOT));
        }
        return b
                .centered(DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy").format(clock.instant()
                        .atZone(clock.getZone())), false, Size.NORMAL)
                // As large as the queue ticket's QR: more than 24 modules, so where the QR goes as user-defined
                // characters (qr.userchars) it takes two rows of cells and shows whether they join on paper.
                .qr("ONESTOP-TEST|Quét thử / scan to check", 30)
                .feed(2)
                .build();
    }

    @Override
    public String testPrint() {
        TicketDocument doc = testTicket(clock);
        try {
            printer.print(doc);
            return "Test ticket printed.";
        } catch (PrinterException e) {
            if (e.status() != null) {
                monitor.report(e.status());
            }
            return "Test print failed: " + e.getMessage();
        }
    }

    @Override
    public String printerStatus() {
        PrinterStatus s = printer.status();
        monitor.report(s);
        return String.format("answered=%s offline=%s coverOpen=%s paperNearEnd=%s paperOut=%s cutterError=%s "
                + "unrecoverable=%s autoRecoverable=%s -> %s", s.answered(), s.offline(), s.coverOpen(),
                s.paperNearEnd(), s.paperOut(), s.cutterError(), s.unrecoverableError(), s.autoRecoverableError(),
                s.canPrint() ? "can print" : "cannot print");
    }

    @Override
    public String lastScan() {
        return lastScan.get().map(s -> s.at() + " " + s.source() + ", " + s.length() + " characters, "
                + s.outcome()).orElse("none yet");
    }

    @Override
    public String save(Map<String, String> changes) {
        try {
            return settings.saveAndApply(changes);
        } catch (ConfigException | IllegalArgumentException | IOException e) {
            return "Not saved: " + e.getMessage();
        }
    }
}
