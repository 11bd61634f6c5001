package vn.onestop.device.display;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.device.serial.JSerialCommLink;
import vn.onestop.device.serial.SerialSettings;
import vn.onestop.testkit.PtyPair;
import vn.onestop.testkit.RequiresSocat;
import vn.onestop.testkit.Wait;

/**
 * Two addressed displays on one bus (a socat pty pair as the RS-485 adapter): the bytes on the wire, read at the
 * device end, are the frames each display expects, with check values from the test's own implementations; pulling
 * the adapter out fails the next frame with a message naming the port, plugging it back in works again.
 */
@RequiresSocat
class SerialDisplayBusPtyTest {
    @TempDir
    Path dir;
    private PtyPair pair;
    private SerialDisplayBus bus;
    private JSerialCommLink device;

    @AfterEach
    void close() {
        for (AutoCloseable c : new AutoCloseable[] {bus, device, pair}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // closing what is left
            }
        }
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void twoDisplaysOnOneBusGetTheirOwnFrames() throws Exception {
        pair = new PtyPair(dir);
        bus = new SerialDisplayBus(new JSerialCommLink(SerialSettings.of(pair.hostSide(), 9600), Clock.systemUTC()),
                DisplayFramesTest.shipped("generic-binary-crc16").profile());
        device = new JSerialCommLink(SerialSettings.of(pair.deviceSide(), 9600), Clock.systemUTC());
        device.open();
        bus.display(2).show("A012", false);
        bus.display(3).show("B007", true);
        bus.display(2).clear();
        String wire = HexFormat.of().formatHex(readExactly(device, 11 + 11 + 7));
        assertThat(wire).isEqualTo(crcFrame(2, 0x10, "A012") + crcFrame(3, 0x11, "B007") + crcFrame(2, 0x12, ""));
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void asciiXorFramesAndAReplug() throws Exception {
        pair = new PtyPair(dir);
        bus = new SerialDisplayBus(new JSerialCommLink(SerialSettings.of(pair.hostSide(), 9600), Clock.systemUTC()),
                DisplayFramesTest.shipped("generic-ascii-xor").profile());
        device = new JSerialCommLink(SerialSettings.of(pair.deviceSide(), 9600), Clock.systemUTC());
        device.open();
        bus.display(1).show("C001", false);
        bus.display(12).show("C002", false);
        assertThat(new String(readExactly(device, 20), StandardCharsets.US_ASCII))
                .isEqualTo(xorFrame("01", 'D', "C001") + xorFrame("12", 'D', "C002"));
        long before = bus.generation();

        pair.unplug();
        device.close();
        assertThatThrownBy(() -> {
            bus.display(1).show("C003", false);
            bus.display(1).show("C003", false);
        }).isInstanceOf(DisplayException.class).hasMessageContaining(pair.hostSide());

        pair.plugIn();
        device = new JSerialCommLink(SerialSettings.of(pair.deviceSide(), 9600), Clock.systemUTC());
        device.open();
        Wait.until(bus::reconnect, Duration.ofSeconds(10), "the bus to reopen the replugged adapter");
        assertThat(bus.generation()).isGreaterThan(before);
        bus.display(1).show("C003", false);
        assertThat(new String(readExactly(device, 10), StandardCharsets.US_ASCII)).isEqualTo(xorFrame("01", 'D',
                "C003"));
    }

    private static String crcFrame(int address, int command, String text) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(address);
        b.write(command);
        b.write(text.length());
        b.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
        int crc = IndependentChecks.crc16Modbus(b.toByteArray());
        b.write(crc & 0xFF);
        b.write(crc >> 8);
        return HexFormat.of().formatHex(b.toByteArray());
    }

    private static String xorFrame(String address, char command, String text) {
        byte[] body = (address + command + text).getBytes(StandardCharsets.US_ASCII);
        return "\u0002" + address + command + text + String.format(Locale.ROOT, "%02X", IndependentChecks.xor(body))
                + "\u0003";
    }

    static byte[] readExactly(JSerialCommLink link, int n) throws Exception {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buf = new byte[256];
        long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (got.size() < n && System.nanoTime() < end) {
            int k = link.read(buf, 200);
            got.write(buf, 0, k);
        }
        return got.toByteArray();
    }
}
