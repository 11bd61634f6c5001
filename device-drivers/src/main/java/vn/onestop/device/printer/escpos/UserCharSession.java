package vn.onestop.device.printer.escpos;

import java.util.Arrays;

/**
 * Which letter each user-defined character code (33..126) holds in one printer since its last reset, as far
 * as the host knows. A new session knows nothing: the next ticket starts with {@code ESC @}, which clears the
 * printer's downloads. The printer driver keeps one per open port and throws it away ({@link #forget()}) when
 * the printer did not answer, a write failed or the port was reopened, since the printer may have been reset.
 * Not thread-safe: the printer serialises its tickets.
 */
public final class UserCharSession {
    /** Code 32 (space) is left alone: some firmwares always print it blank. */
    static final int FIRST = 33;
    static final int LAST = 126;
    /** What a code holds after a picture (part of a QR code) was downloaded onto it: never a letter. */
    static final char PICTURE = '\uFFFF';
    private final char[] slots = new char[LAST + 1];
    private boolean known;

    /** A session that knows nothing yet. */
    public UserCharSession() {
    }

    private UserCharSession(UserCharSession other) {
        System.arraycopy(other.slots, 0, slots, 0, slots.length);
        known = other.known;
    }

    /** A copy to encode into; the driver keeps it only once the ticket went out whole. */
    public UserCharSession copy() {
        return new UserCharSession(this);
    }

    /** The printer may have been reset: the next ticket starts with {@code ESC @} again. */
    public void forget() {
        Arrays.fill(slots, '\0');
        known = false;
    }

    /** True once a ticket started with {@code ESC @} was encoded in this session. */
    public boolean known() {
        return known;
    }

    /** After {@code ESC @}: nothing downloaded, state known. */
    void cleared() {
        Arrays.fill(slots, '\0');
        known = true;
    }

    /** The letter at {@code code}, or {@code '\0'}. */
    char at(int code) {
        return code >= FIRST && code <= LAST ? slots[code] : '\0';
    }

    /** The code holding {@code letter}, or -1. */
    int codeOf(char letter) {
        for (int code = FIRST; code <= LAST; code++) {
            if (slots[code] == letter) {
                return code;
            }
        }
        return -1;
    }

    void put(int code, char letter) {
        slots[code] = letter;
    }

    void cancel(int code) {
        slots[code] = '\0';
    }

    /** Number of codes holding a letter. */
    public int downloaded() {
        int n = 0;
        for (int code = FIRST; code <= LAST; code++) {
            n += slots[code] == '\0' ? 0 : 1;
        }
        return n;
    }
}
