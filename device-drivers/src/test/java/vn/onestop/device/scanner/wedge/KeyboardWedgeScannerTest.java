package vn.onestop.device.scanner.wedge;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.EventQueue;
import java.awt.event.KeyEvent;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.JTextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.onestop.device.scanner.CccdSamples;
import vn.onestop.device.scanner.EventRecorder;
import vn.onestop.device.scanner.ScanEvent;
import vn.onestop.testkit.RequiresDisplay;

/**
 * Synthetic key events with explicit timestamps, dispatched on the AWT thread to a text field in a
 * shown window, the way a wedge scanner's and a person's keys reach the kiosk. No sleeps: timing lives
 * in the events' {@code when}; the test waits for outcomes with a timeout.
 */
@Tag("gui")
@RequiresDisplay
class KeyboardWedgeScannerTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private JFrame frame;
    private JTextField field;
    private KeyboardWedgeScanner scanner;
    private final EventRecorder recorder = new EventRecorder();
    /** Event times start in the past so that the idle flush after a sequence happens at once. */
    private long when = System.currentTimeMillis() - 60_000;

    @BeforeEach
    void showField() throws Exception {
        // Runs in device-drivers' "gui-tests" surefire execution (java.awt.headless=false): a field that is
        // not showing would drop the keys AWT passes through, so the field sits in a shown window.
        EventQueue.invokeAndWait(() -> {
            frame = new JFrame("wedge test");
            field = new JTextField(40);
            frame.add(field);
            frame.pack();
            frame.setVisible(true);
        });
        scanner = new KeyboardWedgeScanner(WedgeSettings.defaults(), Clock.systemUTC());
        scanner.onScan(recorder);
        scanner.start();
    }

    @AfterEach
    void close() throws Exception {
        if (scanner != null) {
            scanner.close();
        }
        if (frame != null) {
            EventQueue.invokeAndWait(frame::dispose);
        }
    }

    /** Adds one keystroke (press, typed, release) {@code gapMillis} after the previous one. */
    private void key(List<KeyEvent> out, char c, long gapMillis) {
        when += gapMillis;
        int code = c == '\n' ? KeyEvent.VK_ENTER : KeyEvent.getExtendedKeyCodeForChar(c);
        out.add(new KeyEvent(field, KeyEvent.KEY_PRESSED, when, 0, code, c));
        out.add(new KeyEvent(field, KeyEvent.KEY_TYPED, when, 0, KeyEvent.VK_UNDEFINED, c));
        out.add(new KeyEvent(field, KeyEvent.KEY_RELEASED, when + 3, 0, code, c));
    }

    private void typeByPerson(List<KeyEvent> out, String text) {
        for (char c : text.toCharArray()) {
            key(out, c, 120);
        }
    }

    private void scanBurst(List<KeyEvent> out, String text, long gapMillis) {
        boolean first = true;
        for (char c : text.toCharArray()) {
            key(out, c, first ? 400 : gapMillis);
            first = false;
        }
    }

    private void dispatch(List<KeyEvent> events) throws Exception {
        EventQueue.invokeAndWait(() -> events.forEach(field::dispatchEvent));
    }

    private void awaitFieldText(String expected) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String[] text = new String[1];
        do {
            EventQueue.invokeAndWait(() -> text[0] = field.getText());
            if (text[0].equals(expected)) {
                return;
            }
        } while (System.nanoTime() < deadline);
        assertThat(text[0]).as("text in the field").isEqualTo(expected);
    }

    @Test
    void aPersonTypingReachesTheFieldUntouched() throws Exception {
        List<KeyEvent> keys = new ArrayList<>();
        typeByPerson(keys, "Tran Van A 0427");
        dispatch(keys);
        awaitFieldText("Tran Van A 0427");
        assertThat(recorder.events()).isEmpty();
    }

    @Test
    void aScannerBurstBetweenTypedKeysIsOneCodeAndNeverReachesTheField() throws Exception {
        List<KeyEvent> keys = new ArrayList<>();
        typeByPerson(keys, "ab");
        scanBurst(keys, "HS-2026-000123\n", 9);
        typeByPerson(keys, "c");
        dispatch(keys);
        recorder.awaitCount(1, WAIT);
        awaitFieldText("abc");
        assertThat(recorder.codes()).containsExactly("HS-2026-000123");
        assertThat(recorder.events()).allMatch(e -> e.source() == ScanEvent.Source.KEYBOARD_WEDGE);
        assertThat(recorder.threads()).containsOnly("scanner-wedge");
    }

    @Test
    void burstsAtScannerSpeedsAreCodesAndAtTypingSpeedsAreText() throws Exception {
        for (long gap : new long[] {7, 12, 16}) {
            List<KeyEvent> keys = new ArrayList<>();
            scanBurst(keys, "TK-" + gap + "\n", gap);
            dispatch(keys);
        }
        recorder.awaitCount(3, WAIT);
        assertThat(recorder.codes()).containsExactly("TK-7", "TK-12", "TK-16");
        List<KeyEvent> slow = new ArrayList<>();
        scanBurst(slow, "TK-99", 35);
        dispatch(slow);
        awaitFieldText("TK-99");
    }

    @Test
    void aCardPayloadThroughTheWedgeIsRefusedAndTheCitizenSentToTheReader() throws Exception {
        String questionMarks = CccdSamples.HANOI_WOMAN.replaceAll("[^\\x20-\\x7E]", "?");
        String altCodeGarbage = new String(CccdSamples.HCMC_MAN.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.ISO_8859_1).replaceAll("[\\x00-\\x1F\\x7F-\\x9F]", "");
        String lettersDropped = CccdSamples.HUE_2024.replaceAll("[^\\x20-\\x7E]", "");
        for (String payload : List.of(questionMarks, altCodeGarbage, lettersDropped)) {
            List<KeyEvent> keys = new ArrayList<>();
            scanBurst(keys, payload + "\n", 8);
            dispatch(keys);
        }
        recorder.awaitCount(3, WAIT);
        assertThat(recorder.failures()).containsExactly(WedgePayloadCheck.CCCD_USE_READER,
                WedgePayloadCheck.CCCD_USE_READER, WedgePayloadCheck.CCCD_USE_READER);
        assertThat(recorder.codes()).isEmpty();
        awaitFieldText("");
    }

    @Test
    void aBurstWithoutSuffixEndsAtThePauseAndAPrefixIsStripped() throws Exception {
        scanner.close();
        scanner = new KeyboardWedgeScanner(new WedgeSettings(Duration.ofMillis(20), 4, "]Q", ""), Clock.systemUTC());
        scanner.onScan(recorder);
        scanner.start();
        List<KeyEvent> keys = new ArrayList<>();
        scanBurst(keys, "]QTK-0042", 10);
        scanBurst(keys, "plain", 10);
        dispatch(keys);
        recorder.awaitCount(1, WAIT);
        assertThat(recorder.codes()).containsExactly("TK-0042");
        awaitFieldText("plain");
    }

    @Test
    void theThresholdIsConfigurableForSlowerScanners() throws Exception {
        scanner.close();
        scanner = new KeyboardWedgeScanner(new WedgeSettings(Duration.ofMillis(30), 4, "", "\n"), Clock.systemUTC());
        scanner.onScan(recorder);
        scanner.start();
        List<KeyEvent> keys = new ArrayList<>();
        scanBurst(keys, "HS-25MS\n", 25);
        scanBurst(keys, "slow", 45);
        dispatch(keys);
        recorder.awaitCount(1, WAIT);
        awaitFieldText("slow");
        assertThat(recorder.codes()).containsExactly("HS-25MS");
    }

    @Test
    void nonAsciiCodesFromTheWedgeAreRefused() {
        assertThat(WedgePayloadCheck.problem("TK-\u00F1001")).contains(WedgePayloadCheck.NON_ASCII);
        assertThat(WedgePayloadCheck.problem("079085001234")).isEmpty();
        assertThat(WedgePayloadCheck.problem("079085001234|")).contains(WedgePayloadCheck.CCCD_USE_READER);
        assertThat(WedgePayloadCheck.problem("a|b|c|d|e|f|g")).contains(WedgePayloadCheck.CCCD_USE_READER);
        assertThat(WedgePayloadCheck.problem("000.00.12.H29-260101-0001")).isEmpty();
    }
}
