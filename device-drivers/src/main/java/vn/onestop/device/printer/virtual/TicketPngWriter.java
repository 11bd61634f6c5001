package vn.onestop.device.printer.virtual;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javax.imageio.ImageIO;

/** Saves each cut ticket as {@code ticket-yyyyMMdd-HHmmss-N.png} (with {@code -incomplete} if the paper ran out). */
final class TicketPngWriter {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private final Path dir;
    private final Clock clock;
    private int count;

    TicketPngWriter(Path dir, Clock clock) {
        this.dir = dir;
        this.clock = clock;
    }

    synchronized Path write(RenderedTicket ticket) {
        count++;
        String name = "ticket-" + STAMP.format(clock.instant().atZone(ZoneId.systemDefault())) + "-" + count
                + (ticket.complete() ? "" : "-incomplete") + ".png";
        Path file = dir.resolve(name);
        try {
            Files.createDirectories(dir);
            ImageIO.write(ticket.image(), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the virtual ticket to " + file + ": " + e.getMessage(), e);
        }
        return file;
    }
}
