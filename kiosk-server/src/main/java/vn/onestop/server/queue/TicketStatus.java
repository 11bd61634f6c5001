package vn.onestop.server.queue;

import java.util.Locale;

/** Where a ticket is in its life. Stored and sent in lower case ("no_show"). */
public enum TicketStatus {
    WAITING, CALLED, SERVING, DONE, NO_SHOW, TRANSFERRED, PARKED, VOIDED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TicketStatus of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
