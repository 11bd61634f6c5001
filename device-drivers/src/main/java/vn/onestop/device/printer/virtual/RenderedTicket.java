package vn.onestop.device.printer.virtual;

import java.awt.image.BufferedImage;
import java.util.List;
import vn.onestop.device.printer.escpos.MonoBitmap;

/**
 * One cut ticket as the virtual printer printed it: the paper image, the lines it printed with its own
 * font (decoded through the selected code table), the raster bands as received, the QR payloads it was
 * asked to print natively, the commands it did not know, and whether the paper held out to the cut.
 */
public record RenderedTicket(
        BufferedImage image,
        List<String> textLines,
        List<MonoBitmap> rasters,
        List<String> nativeQrPayloads,
        List<String> unknownCommands,
        boolean complete) {

    public RenderedTicket {
        textLines = List.copyOf(textLines);
        rasters = List.copyOf(rasters);
        nativeQrPayloads = List.copyOf(nativeQrPayloads);
        unknownCommands = List.copyOf(unknownCommands);
    }
}
