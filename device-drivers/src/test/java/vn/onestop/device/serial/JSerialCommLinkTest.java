package vn.onestop.device.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.device.serial.SerialLinkException.Kind;
import vn.onestop.testkit.Bytes;
import vn.onestop.testkit.PtyPair;
import vn.onestop.testkit.RequiresSocat;
import vn.onestop.testkit.Wait;

/** The real jSerialComm class over a socat pty pair. */
@RequiresSocat
class JSerialCommLinkTest {
    @TempDir
    Path dir;
    private PtyPair pair;
    private JSerialCommLink host;
    private JSerialCommLink device;

    @BeforeEach
    void startPair() throws Exception {
        pair = new PtyPair(dir);
        host = new JSerialCommLink(SerialSettings.of(pair.hostSide(), 115200), Clock.systemUTC());
        device = new JSerialCommLink(SerialSettings.of(pair.deviceSide(), 115200), Clock.systemUTC());
    }

    @AfterEach
    void stopPair() throws Exception {
        // Null-safe: a set-up that failed half-way must not hide its own error behind a NullPointerException.
        for (AutoCloseable c : new AutoCloseable[] {host, device, pair}) {
            if (c != null) {
                c.close();
            }
        }
    }

    @Test
    void everyByteWrittenBeforeCloseArrivesInOrder() throws Exception {
        byte[] payload = "Trung tâm Phục vụ hành chính công — số thứ tự 0427\n".repeat(400)
                .getBytes(StandardCharsets.UTF_8);
        host.open();
        device.open();
        CompletableFuture<byte[]> received = CompletableFuture.supplyAsync(() -> {
            try {
                return readExactly(device, payload.length);
            } catch (SerialLinkException e) {
                throw new IllegalStateException(e);
            }
        });
        host.write(payload);
        host.close();

        byte[] got = received.get(15, TimeUnit.SECONDS);
        Bytes.assertSame("the bytes read at the device end", payload, got);
    }

    @Test
    void repliesTravelBackToTheHost() throws Exception {
        host.open();
        device.open();
        host.write(new byte[] {0x10, 0x04, 0x01});
        assertThat(readExactly(device, 3)).containsExactly(0x10, 0x04, 0x01);
        device.write(new byte[] {0x12});
        assertThat(readExactly(host, 1)).containsExactly(0x12);
    }

    @Test
    void readTimesOutWithZeroWhenNothingComes() throws Exception {
        host.open();
        assertThat(host.read(new byte[16], 150)).isZero();
        assertThat(host.isConnected()).isTrue();
    }

    @Test
    void missingPortSaysSoWithThePath() {
        JSerialCommLink link = new JSerialCommLink(SerialSettings.of(dir.resolve("ttyNone").toString(), 9600),
                Clock.systemUTC());
        assertThatThrownBy(link::open).isInstanceOf(SerialLinkException.class)
                .hasMessageContaining("ttyNone").hasMessageContaining("plugged in")
                .extracting(e -> ((SerialLinkException) e).kind()).isEqualTo(Kind.NO_SUCH_PORT);
    }

    @Test
    void portHeldByAnotherProgramIsReportedAsBusy() throws Exception {
        host.open();
        JSerialCommLink second = new JSerialCommLink(SerialSettings.of(pair.hostSide(), 9600), Clock.systemUTC());
        assertThatThrownBy(second::open).isInstanceOf(SerialLinkException.class)
                .hasMessageContaining("another program")
                .extracting(e -> ((SerialLinkException) e).kind()).isEqualTo(Kind.PORT_BUSY);
    }

    @Test
    void unplugIsDetectedAndTheLinkReopensWhenTheDeviceReturns() throws Exception {
        host.open();
        device.open();
        pair.unplug();

        assertThatThrownBy(() -> host.read(new byte[8], 500)).isInstanceOf(SerialLinkException.class)
                .extracting(e -> ((SerialLinkException) e).kind()).isEqualTo(Kind.DISCONNECTED);
        assertThat(host.isConnected()).isFalse();

        pair.plugIn();
        Wait.until(() -> reopens(host) && reopens(device), Duration.ofSeconds(15), "link did not reopen");
        host.write("again".getBytes(StandardCharsets.US_ASCII));
        assertThat(new String(readExactly(device, 5), StandardCharsets.US_ASCII)).isEqualTo("again");
    }

    private static boolean reopens(JSerialCommLink link) {
        try {
            link.read(new byte[1], 50);
            return link.isConnected();
        } catch (SerialLinkException e) {
            return false;
        }
    }

    static byte[] readExactly(SerialLink link, int count) throws SerialLinkException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (out.size() < count && System.nanoTime() < end) {
            int n = link.read(buffer, 200);
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
