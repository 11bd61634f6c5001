package vn.onestop.kiosk.flow;

/** What the printer's last status means for citizens. */
public enum PrinterAvailability {
    READY, PAPER_NEAR_END, PAUSED;

    public boolean canPrint() {
        return this != PAUSED;
    }
}
