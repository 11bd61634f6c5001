package vn.onestop.kiosk.gateway;

import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.device.keypad.KeyAction;
import vn.onestop.device.keypad.KeypadDecoder;
import vn.onestop.device.serial.SerialLink;
import vn.onestop.device.serial.SerialLinkException;

/**
 * Reads a serial/RF caller keypad receiver on a thread of its own and hands each key press to the counter its keypad
 * address belongs to. An unplugged receiver is reopened by the link (after its backoff) on the next read.
 */
final class KeypadReader implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(KeypadReader.class);
    private final SerialLink link;
    private final KeypadDecoder decoder;
    private final Map<Integer, String> counters;
    private final BiConsumer<String, KeyAction> press;
    private final Thread thread;
    private volatile boolean closed;

    KeypadReader(SerialLink link, KeypadDecoder decoder, Map<Integer, String> counters,
            BiConsumer<String, KeyAction> press) {
        this.link = link;
        this.decoder = decoder;
        this.counters = counters;
        this.press = press;
        this.thread = new Thread(this::run, "gateway-keypad");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void run() {
        byte[] buffer = new byte[256];
        boolean reported = false;
        while (!closed) {
            try {
                int n = link.read(buffer, 500);
                reported = false;
                for (KeypadDecoder.Result r : decoder.feed(buffer, n)) {
                    handle(r);
                }
            } catch (SerialLinkException e) {
                if (!reported) {
                    LOG.warn("Keypad receiver on {}: {}", link.portName(), e.getMessage());
                    reported = true;
                }
                try {
                    Thread.sleep(200); // the link's own backoff decides when it reopens; do not spin meanwhile
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }

    private void handle(KeypadDecoder.Result r) {
        if (r instanceof KeypadDecoder.Refused refused) {
            LOG.warn("Keypad receiver on {}: {}", link.portName(), refused.reason());
            return;
        }
        KeypadDecoder.Press p = (KeypadDecoder.Press) r;
        String counter = counters.get(p.address());
        if (counter == null) {
            LOG.warn("Keypad {} pressed {}, but no keypad.counter.{} is configured", p.address(), p.action().code(),
                    p.address());
            return;
        }
        press.accept(counter, p.action());
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        link.close();
    }
}
