package vn.onestop.device.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import vn.onestop.device.printer.SampleTickets;

/**
 * The whole queue ticket in TCVN-3 mode (Epson profile with its tables marked verified, native QR) must
 * encode to the reviewed bytes in {@code golden/queue-ticket-tm-t88-tcvn3.hex} (16 bytes a line). Run
 * with {@code -Dgolden.update=true} to rewrite it after a deliberate change, then review the diff.
 */
class GoldenTicketTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/queue-ticket-tm-t88-tcvn3.hex");

    @Test
    void queueTicketMatchesTheGoldenBytes() throws IOException {
        byte[] bytes = new TicketEncoder(Profiles.epsonTcvn3(), new RobotoFonts()).encode(SampleTickets.queueTicket());
        String hex = toLines(bytes);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, hex, StandardCharsets.US_ASCII);
        }
        assertThat(hex).isEqualTo(Files.readString(GOLDEN, StandardCharsets.US_ASCII));
    }

    private static String toLines(byte[] bytes) {
        HexFormat hex = HexFormat.ofDelimiter(" ").withUpperCase();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < bytes.length; i += 16) {
            out.append(hex.formatHex(bytes, i, Math.min(bytes.length, i + 16))).append('\n');
        }
        return out.toString();
    }
}
