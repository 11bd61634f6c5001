package vn.onestop.kiosk;

import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.message.TimestampMessage;

/**
 * A log line about something seen on screen, stamped with the moment it was painted rather than the moment it
 * was logged: Log4j starts after the kiosk's first paint, so "Attract screen shown" is written a little later
 * than it happened. The text says how much later.
 */
final class PaintedMessage implements Message, TimestampMessage {
    private static final long serialVersionUID = 1L;
    private final String text;
    private final long paintedAt;
    private final long loggedAt;

    /** {@code text} painted at {@code paintedAtMillis} (epoch milliseconds), logged now. */
    PaintedMessage(String text, long paintedAtMillis, long nowMillis) {
        this.text = text;
        this.paintedAt = paintedAtMillis;
        this.loggedAt = nowMillis;
    }

    @Override
    public String getFormattedMessage() {
        return text + " (the time is when it was painted; logged " + (loggedAt - paintedAt)
                + " ms later, once logging had started)";
    }

    @Override
    public String getFormat() {
        return text;
    }

    @Override
    public Object[] getParameters() {
        return new Object[0];
    }

    @Override
    public Throwable getThrowable() {
        return null;
    }

    @Override
    public long getTimestamp() {
        return paintedAt;
    }
}
