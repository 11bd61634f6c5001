package vn.onestop.device.printer.virtual;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.onestop.device.printer.PrinterException;
import vn.onestop.device.printer.PrinterStatus;
import vn.onestop.device.printer.TicketDocument;
import vn.onestop.device.printer.TicketPrinter;
import vn.onestop.device.printer.escpos.EscPos;
import vn.onestop.device.printer.escpos.PrinterProfile;
import vn.onestop.device.printer.escpos.RobotoFonts;
import vn.onestop.device.printer.escpos.StatusDecoder;
import vn.onestop.device.printer.escpos.TicketEncoder;
import vn.onestop.device.printer.escpos.UserCharSession;

/**
 * An in-process printer for the demo and tests: the real encoder's bytes go into the ESC/POS
 * interpreter, each ticket lands as a PNG in {@code outDir}. Status requests go through the same
 * {@code DLE EOT} path as on a real printer. The setters switch the printer's condition.
 */
public final class VirtualTicketPrinter implements TicketPrinter {
    private final TicketEncoder encoder;
    private final VirtualPrinterState state = new VirtualPrinterState();
    private final EscPosInterpreter interpreter;
    private final TicketPngWriter pngs;
    private final List<Integer> replies = new ArrayList<>();
    private UserCharSession session = new UserCharSession();
    private RenderedTicket lastTicket;
    private Path lastPng;

    public VirtualTicketPrinter(Path outDir, PrinterProfile profile, RobotoFonts fonts, Clock clock) {
        this.encoder = new TicketEncoder(profile, fonts);
        this.pngs = new TicketPngWriter(outDir, clock);
        this.interpreter = new EscPosInterpreter(profile, fonts, state, t -> lastTicket = t, replies::add);
    }

    @Override
    public synchronized void print(TicketDocument ticket) throws PrinterException {
        UserCharSession next = session.copy();
        byte[] bytes = encoder.encodeForPrint(ticket, next);
        PrinterStatus before = status();
        if (!before.canPrint()) {
            throw new PrinterException("Virtual printer reports: " + StatusDecoder.describe(before), before);
        }
        lastTicket = null;
        interpreter.accept(bytes, bytes.length);
        session = next;
        try {
            lastPng = lastTicket == null ? null : pngs.write(lastTicket);
        } catch (UncheckedIOException e) {
            throw new PrinterException(e.getMessage(), before, e);
        }
        PrinterStatus after = status();
        if (!after.canPrint() || lastTicket == null || !lastTicket.complete()) {
            throw new PrinterException("Virtual printer reports: " + StatusDecoder.describe(after)
                    + " after the ticket; it is incomplete", after);
        }
    }

    @Override
    public synchronized PrinterStatus status() {
        replies.clear();
        for (int n = 1; n <= 4; n++) {
            interpreter.accept(new byte[] {EscPos.DLE, EscPos.EOT, (byte) n}, 3);
        }
        if (replies.size() != 4) {
            return PrinterStatus.noAnswer();
        }
        return StatusDecoder.fromRealTime(replies.get(0), replies.get(1), replies.get(2), replies.get(3));
    }

    public VirtualPrinterState state() {
        return state;
    }

    public void setPaperOut(boolean value) {
        state.setPaperOut(value);
    }

    public void setPaperNearEnd(boolean value) {
        state.setPaperNearEnd(value);
    }

    public void setCoverOpen(boolean value) {
        state.setCoverOpen(value);
    }

    public void setOffline(boolean value) {
        state.setOffline(value);
    }

    public void setSilent(boolean value) {
        state.setSilent(value);
    }

    /** The last ticket that reached the cutter, as printed. */
    public synchronized Optional<RenderedTicket> lastTicket() {
        return Optional.ofNullable(lastTicket);
    }

    /** Where the last ticket's PNG was saved. */
    public synchronized Optional<Path> lastPng() {
        return Optional.ofNullable(lastPng);
    }

    @Override
    public void close() {
        // Nothing to release: no port, no thread.
    }
}
