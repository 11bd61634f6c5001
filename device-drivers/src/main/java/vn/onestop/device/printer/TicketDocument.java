package vn.onestop.device.printer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What to print on one ticket, independent of the printer: the driver turns it into ESC/POS bytes
 * (native text, cropped rasters, native or raster QR) according to the printer profile.
 */
public record TicketDocument(List<Element> elements) {

    public TicketDocument {
        elements = List.copyOf(elements);
    }

    public enum Align { LEFT, CENTER, RIGHT }

    /** Character size multiples; NORMAL is the printer's 12x24 font, DOUBLE is 2x2, LARGE 3x3, HUGE 4x4. */
    public enum Size { NORMAL, DOUBLE_HEIGHT, DOUBLE, LARGE, HUGE }

    public sealed interface Element {}

    /** One line of text (may contain Vietnamese); lines that do not fit are wrapped at spaces by the driver. */
    public record Text(String text, Align align, boolean bold, Size size) implements Element {
        public Text {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(align, "align");
            Objects.requireNonNull(size, "size");
        }
    }

    /** A horizontal rule across the printable width. */
    public record Separator() implements Element {}

    /** A QR code of {@code payload} (UTF-8), about {@code widthMm} wide, centred. */
    public record Qr(String payload, int widthMm) implements Element {
        public Qr {
            Objects.requireNonNull(payload, "payload");
        }
    }

    /** Blank paper of {@code lines} text lines. */
    public record Feed(int lines) implements Element {}

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent construction used by the ticket and receipt layouts. */
    public static final class Builder {
        private final List<Element> elements = new ArrayList<>();

        public Builder text(String text) {
            return text(text, Align.LEFT, false, Size.NORMAL);
        }

        public Builder text(String text, Align align, boolean bold, Size size) {
            elements.add(new Text(text, align, bold, size));
            return this;
        }

        public Builder centered(String text, boolean bold, Size size) {
            return text(text, Align.CENTER, bold, size);
        }

        public Builder separator() {
            elements.add(new Separator());
            return this;
        }

        public Builder qr(String payload, int widthMm) {
            elements.add(new Qr(payload, widthMm));
            return this;
        }

        public Builder feed(int lines) {
            elements.add(new Feed(lines));
            return this;
        }

        public TicketDocument build() {
            return new TicketDocument(elements);
        }
    }
}
