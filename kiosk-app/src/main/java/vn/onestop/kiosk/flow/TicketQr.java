package vn.onestop.kiosk.flow;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the QR code on a queue ticket holds, and reading it back when the ticket is held to the kiosk's scanner. Two
 * forms: {@code ONESTOP-TICKET|<number>|<ticket id>}, and (issue 24) the link for the citizen's phone,
 * {@code https://<centre's address>/t/<token>}, when the server gave one. A scanned link stands for its ticket as the
 * reference {@code m-<token>}, which the server turns into the ticket (e.g. to rate it). Pure: no I/O.
 */
public final class TicketQr {
    private static final String PREFIX = "ONESTOP-TICKET|";
    private static final Pattern LINK = Pattern.compile("https?://[^\\s/?#|]+(?:/[^\\s?#|]*)?/t/([0-9a-f]{48})");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private TicketQr() {}

    /** The QR payload printed on {@code t}: its link for phones when it has one, else the kiosk's own form. */
    public static String payload(IssuedTicket t) {
        return t.followUrl() != null ? t.followUrl() : PREFIX + t.displayNumber() + "|" + t.id();
    }

    /** Whether a scanned text is a ticket's QR code (either form), so it is not read as an ID card. */
    public static boolean isTicket(String text) {
        return text != null && (text.startsWith(PREFIX) || LINK.matcher(text.strip()).matches());
    }

    /** The ticket reference a scanned ticket QR stands for (its id, or {@code m-<token>}), or null when not one. */
    public static String ticketRef(String text) {
        if (text == null) {
            return null;
        }
        Matcher link = LINK.matcher(text.strip());
        if (link.matches()) {
            return "m-" + link.group(1);
        }
        String[] parts = text.strip().split("\\|", -1);
        return parts.length == 3 && parts[0].equals("ONESTOP-TICKET") && ID.matcher(parts[2]).matches()
                ? parts[2] : null;
    }
}
