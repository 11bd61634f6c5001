package vn.onestop.device.printer.escpos;

import java.time.Clock;
import java.time.Duration;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.device.printer.PrinterException;
import vn.onestop.device.printer.PrinterStatus;
import vn.onestop.device.printer.TicketDocument;
import vn.onestop.device.printer.TicketPrinter;
import vn.onestop.device.serial.SerialLink;
import vn.onestop.device.serial.SerialLinkException;

/**
 * An ESC/POS receipt printer on a serial link. Each ticket: real-time status first (refused unless the
 * printer can print), the encoded bytes, then status again; the ticket counts as printed only when that
 * second status is good. Calls are serialised; run them on the printer's own executor. Letters downloaded as
 * user-defined characters are remembered per open printer ({@link UserCharSession}) and forgotten whenever the
 * printer may have been reset: no answer to a status request, a failed write, a ticket refused after sending.
 */
public final class EscPosPrinter implements TicketPrinter {
    private static final Logger LOG = LogManager.getLogger(EscPosPrinter.class);
    private final SerialLink link;
    private final TicketEncoder encoder;
    private final StatusReader statusReader;
    private boolean unreachable;
    /** What the printer holds of downloaded letters since its last reset, as far as this driver knows. */
    private UserCharSession session = new UserCharSession();

    public EscPosPrinter(SerialLink link, TicketEncoder encoder, Clock clock, Duration statusTimeout) {
        this.link = link;
        this.encoder = encoder;
        this.statusReader = new StatusReader(link, clock, statusTimeout);
    }

    @Override
    public synchronized void print(TicketDocument ticket) throws PrinterException {
        UserCharSession after = session.copy();
        byte[] bytes = encoder.encodeForPrint(ticket, after);
        PrinterStatus before = status();
        if (!before.canPrint()) {
            throw refused(before, "");
        }
        session.forget(); // a ticket cut short leaves the printer's downloads unknown
        try {
            link.write(bytes);
        } catch (SerialLinkException e) {
            throw new PrinterException("Printer on " + link.portName() + " stopped taking data during the ticket ("
                    + e.getMessage() + "); the ticket is not complete", PrinterStatus.noAnswer(), e);
        }
        PrinterStatus afterStatus = status();
        if (!afterStatus.canPrint()) {
            throw refused(afterStatus, " after the ticket; it may be incomplete");
        }
        session = after;
        LOG.info("Ticket printed on {} ({} bytes){}", link.portName(), bytes.length,
                afterStatus.paperNearEnd() ? ", paper near end" : "");
    }

    private PrinterException refused(PrinterStatus status, String when) {
        return new PrinterException("Printer on " + link.portName() + " reports: " + StatusDecoder.describe(status)
                + when, status);
    }

    /**
     * The status now. A printer that cannot be reached is logged once as a warning (then at debug level until
     * it answers again): the kiosk polls every few seconds and an unplugged printer must not flood the log.
     */
    @Override
    public synchronized PrinterStatus status() {
        try {
            link.open();
            PrinterStatus status = statusReader.read();
            if (!status.answered()) {
                session.forget(); // switched off or unplugged: it may come back reset
            }
            if (unreachable) {
                unreachable = false;
                LOG.info("Printer port {} open again", link.portName());
            }
            return status;
        } catch (SerialLinkException e) {
            session.forget();
            if (unreachable) {
                LOG.debug("Printer status on {}: {}", link.portName(), e.getMessage());
            } else {
                unreachable = true;
                LOG.warn("Printer status on {}: {}", link.portName(), e.getMessage());
            }
            return PrinterStatus.noAnswer();
        }
    }

    /** The status the printer last sent on its own (automatic status back), if it did. */
    public synchronized java.util.Optional<PrinterStatus> lastAutomaticStatus() {
        return statusReader.lastAutomaticStatus();
    }

    @Override
    public synchronized void close() {
        link.close();
    }
}
