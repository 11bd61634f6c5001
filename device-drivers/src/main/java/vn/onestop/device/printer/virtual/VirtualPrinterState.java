package vn.onestop.device.printer.virtual;

/**
 * The switchable condition of a virtual printer (the technician panel and tests flip these). Paper can
 * also run out by itself: give it a roll length in dot rows with {@link #loadPaper(long)}.
 * Thread-safe: the printer's reader thread and the UI change and read it concurrently.
 */
public final class VirtualPrinterState {
    private volatile boolean paperOut;
    private volatile boolean paperNearEnd;
    private volatile boolean coverOpen;
    private volatile boolean offline;
    private volatile boolean silent;
    private long rowsLeft = -1;

    public void setPaperOut(boolean value) {
        paperOut = value;
    }

    public void setPaperNearEnd(boolean value) {
        paperNearEnd = value;
    }

    public void setCoverOpen(boolean value) {
        coverOpen = value;
    }

    public void setOffline(boolean value) {
        offline = value;
    }

    /** A silent printer takes bytes but answers nothing, like one switched off or at the wrong baud rate. */
    public void setSilent(boolean value) {
        silent = value;
    }

    /** A roll of {@code rows} dot rows ({@code -1} endless); paper out is set when it is used up. */
    public synchronized void loadPaper(long rows) {
        rowsLeft = rows;
        paperOut = rows == 0;
    }

    /** Uses {@code rows} of paper; false (and paper out) when the roll ended before them. */
    synchronized boolean consume(int rows) {
        if (rowsLeft < 0) {
            return true;
        }
        rowsLeft -= rows;
        if (rowsLeft < 0) {
            rowsLeft = 0;
            paperOut = true;
            return false;
        }
        return true;
    }

    public boolean paperOut() {
        return paperOut;
    }

    public boolean paperNearEnd() {
        return paperNearEnd;
    }

    public boolean coverOpen() {
        return coverOpen;
    }

    public boolean offline() {
        return offline;
    }

    public boolean silent() {
        return silent;
    }

    /** True when the mechanism prints: paper in, cover closed, online. */
    boolean printing() {
        return !paperOut && !coverOpen && !offline;
    }

    /** Reply to {@code DLE EOT n} as an Epson printer gives it (0x12 plus the condition bits). */
    int realTimeReply(int n) {
        int reply = 0x12;
        switch (n) {
            case 1 -> reply |= printing() ? 0 : 0x08;
            case 2 -> reply |= (coverOpen ? 0x04 : 0) | (paperOut ? 0x20 : 0);
            case 4 -> reply |= (paperNearEnd ? 0x0C : 0) | (paperOut ? 0x60 : 0);
            default -> { }
        }
        return reply;
    }

    /** The 4-byte automatic status back frame for the current condition. */
    byte[] asbFrame() {
        int first = 0x10 | (printing() ? 0 : 0x08) | (coverOpen ? 0x20 : 0);
        int third = (paperNearEnd ? 0x03 : 0) | (paperOut ? 0x0C : 0);
        return new byte[] {(byte) first, 0, (byte) third, 0};
    }
}
