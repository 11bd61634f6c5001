package vn.onestop.device.printer.escpos;

import java.io.ByteArrayOutputStream;
import vn.onestop.device.printer.TicketDocument.Align;
import vn.onestop.device.printer.TicketDocument.Size;

/** Writes ESC/POS commands to a buffer, sending a mode command only when the mode changes. */
final class EscPosWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Align align = Align.LEFT;
    private boolean bold;
    private Size size = Size.NORMAL;
    private int codeTable = 0;
    private boolean userChars;

    /** {@code ESC @}: the printer starts in left alignment, regular, normal size, table 0. */
    EscPosWriter initialise() {
        command(EscPos.ESC, EscPos.INIT);
        return this;
    }

    /**
     * For a printer that keeps its downloaded characters between tickets: the modes {@code ESC @} would reset
     * (alignment, bold, size, code table, user-defined set), set one by one, leaving the downloads in place.
     */
    EscPosWriter resetModes() {
        command(EscPos.ESC, EscPos.ALIGN, (byte) 0);
        command(EscPos.ESC, EscPos.BOLD, (byte) 0);
        command(EscPos.GS, EscPos.CHAR_SIZE, (byte) 0);
        command(EscPos.ESC, EscPos.CODE_TABLE, (byte) 0);
        command(EscPos.ESC, EscPos.USER_CHARS_SELECT, (byte) 0);
        align = Align.LEFT;
        bold = false;
        size = Size.NORMAL;
        codeTable = 0;
        userChars = false;
        return this;
    }

    /** {@code ESC % n}: the user-defined character set on or off. */
    EscPosWriter userChars(boolean wanted) {
        if (wanted != userChars) {
            command(EscPos.ESC, EscPos.USER_CHARS_SELECT, (byte) (wanted ? 1 : 0));
            userChars = wanted;
        }
        return this;
    }

    boolean userCharsOn() {
        return userChars;
    }

    EscPosWriter align(Align wanted) {
        if (wanted != align) {
            command(EscPos.ESC, EscPos.ALIGN, (byte) wanted.ordinal());
            align = wanted;
        }
        return this;
    }

    EscPosWriter bold(boolean wanted) {
        if (wanted != bold) {
            command(EscPos.ESC, EscPos.BOLD, (byte) (wanted ? 1 : 0));
            bold = wanted;
        }
        return this;
    }

    EscPosWriter size(Size wanted) {
        if (wanted != size) {
            command(EscPos.GS, EscPos.CHAR_SIZE, sizeByte(wanted));
            size = wanted;
        }
        return this;
    }

    /** {@code GS !} with the same multiple (1..8) both ways; the next {@link #size} is sent whatever it is. */
    EscPosWriter scale(int times) {
        command(EscPos.GS, EscPos.CHAR_SIZE, (byte) ((times - 1) << 4 | (times - 1)));
        size = null;
        return this;
    }

    /** After {@code ESC @} on a printer that may not start in table 0: the next {@link #codeTable} is sent. */
    EscPosWriter codeTableUnknown() {
        codeTable = -1;
        return this;
    }

    EscPosWriter codeTable(int number) {
        if (number != codeTable) {
            command(EscPos.ESC, EscPos.CODE_TABLE, (byte) number);
            codeTable = number;
        }
        return this;
    }

    /** {@code GS !} value: width multiple in the high nibble, height in the low one (both minus one). */
    static byte sizeByte(Size size) {
        return switch (size) {
            case NORMAL -> 0x00;
            case DOUBLE_HEIGHT -> 0x01;
            case DOUBLE -> 0x11;
            case LARGE -> 0x22;
            case HUGE -> 0x33;
        };
    }

    static int widthMultiple(Size size) {
        return (sizeByte(size) >> 4) + 1;
    }

    EscPosWriter bytes(byte[] data) {
        out.writeBytes(data);
        return this;
    }

    EscPosWriter lineFeed() {
        out.write(EscPos.LF);
        return this;
    }

    EscPosWriter feedLines(int lines) {
        int left = lines;
        while (left > 0) {
            int step = Math.min(255, left);
            command(EscPos.ESC, EscPos.FEED_LINES, (byte) step);
            left -= step;
        }
        return this;
    }

    EscPosWriter command(byte... data) {
        out.writeBytes(data);
        return this;
    }

    ByteArrayOutputStream buffer() {
        return out;
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }
}
