package vn.onestop.device.printer.escpos;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.onestop.device.printer.TicketDocument;

/** Test helper: the raster bands a text line must arrive as, computed from the text itself. */
public final class RasterBands {
    private RasterBands() {
    }

    /** Bands of every document line that is not plain ASCII, each rendered from its text and cropped. */
    public static List<MonoBitmap> expected(TicketDocument doc, PrinterProfile profile, RobotoFonts fonts) {
        TextRasterizer rasterizer = new TextRasterizer(fonts, profile.dotsPerLine());
        List<MonoBitmap> bands = new ArrayList<>();
        for (TicketDocument.Element e : doc.elements()) {
            if (e instanceof TicketDocument.Text t && !t.text().chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
                for (String line : rasterizer.wrap(t.text(), t.bold(), t.size())) {
                    bands.addAll(parse(rasterizer.render(line, t.bold(), t.size()), profile));
                }
            }
        }
        return bands;
    }

    private static List<MonoBitmap> parse(MonoBitmap bitmap, PrinterProfile profile) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RasterWriter(profile.rasterBandRows()).write(bitmap, out);
        byte[] b = out.toByteArray();
        List<MonoBitmap> bands = new ArrayList<>();
        int i = 0;
        while (i < b.length) {
            if (b[i] == EscPos.ESC) {
                i += 3;
                continue;
            }
            int w = (b[i + 4] & 0xFF) | (b[i + 5] & 0xFF) << 8;
            int h = (b[i + 6] & 0xFF) | (b[i + 7] & 0xFF) << 8;
            bands.add(new MonoBitmap(w, h, Arrays.copyOfRange(b, i + 8, i + 8 + w * h)));
            i += 8 + w * h;
        }
        return bands;
    }
}
