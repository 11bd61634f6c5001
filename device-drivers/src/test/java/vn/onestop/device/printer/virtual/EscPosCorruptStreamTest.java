package vn.onestop.device.printer.virtual;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.onestop.device.printer.escpos.Profiles;
import vn.onestop.device.printer.escpos.RobotoFonts;

/** Streams damaged on the wire (found by {@link EscPosInterpreterFuzzTest}): the virtual printer keeps printing. */
class EscPosCorruptStreamTest {
    private final List<RenderedTicket> tickets = new ArrayList<>();
    private final EscPosInterpreter interpreter = new EscPosInterpreter(Profiles.load("generic-80mm"),
            new RobotoFonts(), new VirtualPrinterState(), tickets::add, r -> { });

    @Test
    void aRasterHeaderOf65535By65535IsListedAsUnknownAndTheTextAfterItPrints() {
        byte[] stream = {0x1D, 'v', '0', 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
            'A', '0', '0', '1', '\n', 0x1D, 'V', 0};

        interpreter.accept(stream, stream.length);

        assertThat(tickets).hasSize(1);
        assertThat(tickets.get(0).unknownCommands()).containsExactly("GS v 0 with impossible size 65535x65535");
        assertThat(tickets.get(0).textLines()).containsExactly("A001");
    }
}
