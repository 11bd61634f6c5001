package vn.onestop.server.events;

import vn.onestop.core.config.Settings;

/**
 * The caps on live event streams held open at once, from the {@code events.*} keys of {@code server.properties}:
 * hall displays ({@code /api/v1/display/events}) and staff pages ({@code /api/v1/events}), each per client address
 * and in all (past them the server answers 429 and the client retries later). The defaults suit one centre; a
 * province server with a hundred centres raises them, and the per-address cap when its clients reach it through
 * one proxy address.
 */
public record StreamLimits(int displayPerAddress, int displayTotal, int staffPerAddress, int staffTotal) {
    /** The most any cap may be set to: each open stream holds a socket (and a file descriptor) on the server. */
    public static final int MAX = 100_000;

    public StreamLimits {
        if (displayPerAddress > displayTotal || staffPerAddress > staffTotal) {
            throw new IllegalArgumentException("a per-address stream cap is above its total");
        }
    }

    /** One centre's needs: 20 displays per address, 500 in all; 100 staff streams per address, 1000 in all. */
    public static StreamLimits defaults() {
        return new StreamLimits(20, 500, 100, 1000);
    }

    /** Reads the optional {@code events.*} keys (a file without them gets {@link #defaults()}). */
    public static StreamLimits read(Settings props) {
        StreamLimits d = defaults();
        int displayTotal = props.integer("events.display.maxStreams", d.displayTotal(), 1, MAX);
        int displayPerAddress = props.integer("events.display.maxStreamsPerAddress", d.displayPerAddress(), 1, MAX);
        int staffTotal = props.integer("events.staff.maxStreams", d.staffTotal(), 1, MAX);
        int staffPerAddress = props.integer("events.staff.maxStreamsPerAddress", d.staffPerAddress(), 1, MAX);
        if (displayPerAddress > displayTotal) {
            throw props.error("events.display.maxStreamsPerAddress", "is " + displayPerAddress
                    + ", above events.display.maxStreams (" + displayTotal + "): it may be at most that");
        }
        if (staffPerAddress > staffTotal) {
            throw props.error("events.staff.maxStreamsPerAddress", "is " + staffPerAddress
                    + ", above events.staff.maxStreams (" + staffTotal + "): it may be at most that");
        }
        return new StreamLimits(displayPerAddress, displayTotal, staffPerAddress, staffTotal);
    }
}
