package vn.onestop.kiosk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.Component;
import java.awt.EventQueue;
import java.awt.Toolkit;
import java.awt.event.KeyEvent;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Map;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.onestop.core.identity.CitizenIdentity;
import vn.onestop.device.scanner.image.FolderQrScanner;
import vn.onestop.device.scanner.serial.SerialScanner;
import vn.onestop.device.scanner.sim.SimulatedScanner;
import vn.onestop.device.scanner.wedge.KeyboardWedgeScanner;
import vn.onestop.kiosk.flow.FlowFixtures;
import vn.onestop.kiosk.flow.Step;
import vn.onestop.testkit.PtyPair;
import vn.onestop.testkit.RequiresSocat;

/**
 * Each {@code scanner.type} of {@code kiosk.properties}, built by the kiosk as it starts, reading a card into
 * what the citizen sees on the screen: the card's masked ID number on the field screen, or for a keyboard
 * wedge (which mangles the card's Vietnamese letters) the request to use the card reader.
 */
@Tag("gui")
class ScannerTypesGuiTest extends KioskGuiSuite {
    private static final Clock CLOCK = Clock.systemDefaultZone();

    private String card() throws Exception {
        return FlowFixtures.payload("Nguyễn Văn An");
    }

    /** What the field screen must say for the card: its ID number masked, read from the payload here. */
    private String cardReadText(String payload) {
        CitizenIdentity identity = FlowFixtures.parser(CLOCK).parse(payload).identity().orElseThrow();
        return "Đã đọc thẻ: " + identity.maskedIdNumber();
    }

    private void requireCardOnScreen(String payload) {
        kiosk.waitForStep(Step.FIELD);
        kiosk.window.label("field.who").requireText(cardReadText(payload));
        assertThat(GuiActionRunner.execute(() -> kiosk.app.flow().state().identity().fullName()))
                .isEqualTo("Nguyễn Văn An");
    }

    @Test
    @RequiresSocat
    void serialScannerOnAPortReadsTheCard() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("cable"));
        try (PtyPair cable = new PtyPair(dir)) {
            kiosk = KioskHarness.scannerFromKeys(tmp, CLOCK, Map.of("scanner.type", "serial",
                    "scanner.port", cable.hostSide(), "scanner.terminator", "CR"));
            assertThat(kiosk.app.parts().scanner()).isInstanceOf(SerialScanner.class);
            KioskHarness.waitFor("scanner port open", () -> kiosk.app.parts().scanner().isConnected());
            String payload = card();
            try (OutputStream scannerEnd = new FileOutputStream(cable.deviceSide())) {
                scannerEnd.write((payload + "\r").getBytes(StandardCharsets.UTF_8));
                scannerEnd.flush();
                requireCardOnScreen(payload);
            }
        }
    }

    @Test
    void folderScannerReadsAQrImageMovedIntoItsFolder() throws Exception {
        Path frames = tmp.resolve("frames");
        kiosk = KioskHarness.scannerFromKeys(tmp, CLOCK, Map.of("scanner.type", "folder",
                "scanner.folder", frames.toString()));
        assertThat(kiosk.app.parts().scanner()).isInstanceOf(FolderQrScanner.class);
        KioskHarness.waitFor("folder watched", () -> kiosk.app.parts().scanner().isConnected());
        String payload = card();
        Path part = tmp.resolve("card.png.part");
        MatrixToImageWriter.writeToPath(new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 600, 600,
                Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.MARGIN, 4)), "PNG", part);
        Files.move(part, frames.resolve("card.png"), StandardCopyOption.ATOMIC_MOVE);
        requireCardOnScreen(payload);
    }

    @Test
    void simulatedScannerReadsTheCard() throws Exception {
        kiosk = KioskHarness.scannerFromKeys(tmp, CLOCK, Map.of("scanner.type", "simulated"));
        SimulatedScanner simulated = (SimulatedScanner) kiosk.app.parts().scanner();
        String payload = card();
        simulated.scan(payload);
        requireCardOnScreen(payload);
    }

    @Test
    void wedgeScannerBurstIsTakenAsOneCodeAndACardIsSentToTheReader() throws Exception {
        kiosk = KioskHarness.scannerFromKeys(tmp, CLOCK, Map.of("scanner.type", "wedge",
                "scanner.wedge.maxKeyGapMs", "40", "scanner.wedge.suffix", "enter"));
        assertThat(kiosk.app.parts().scanner()).isInstanceOf(KeyboardWedgeScanner.class);
        // A wedge types through the keyboard layout: the card's Vietnamese letters arrive as '?'.
        String typed = card().replaceAll("[^\\x20-\\x7E]", "?");
        typeAsWedge(typed + "\n");
        kiosk.waitForStep(Step.IDENTIFY);
        KioskHarness.waitFor("refusal shown", () -> GuiActionRunner.execute(() ->
                kiosk.window.label("identify.problems").target().getText()
                        .contains("Vui lòng dùng đầu đọc thẻ hoặc nhập số định danh")));
        assertThat(GuiActionRunner.execute(() -> kiosk.app.flow().state().identity())).isNull();
    }

    /**
     * Key events as a USB HID scanner makes them: one typed key per character, 1 ms apart, posted to the
     * window's event queue the way the toolkit posts the keyboard's events.
     */
    private void typeAsWedge(String text) {
        GuiActionRunner.execute(() -> {
            Component target = kiosk.app.frame().getMostRecentFocusOwner() != null
                    ? kiosk.app.frame().getMostRecentFocusOwner() : kiosk.app.frame();
            EventQueue queue = Toolkit.getDefaultToolkit().getSystemEventQueue();
            long when = System.currentTimeMillis();
            for (char c : text.toCharArray()) {
                queue.postEvent(new KeyEvent(target, KeyEvent.KEY_TYPED, when++, 0, KeyEvent.VK_UNDEFINED, c));
            }
            return null;
        });
    }
}
