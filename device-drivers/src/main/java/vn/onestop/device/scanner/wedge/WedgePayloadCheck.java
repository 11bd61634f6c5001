package vn.onestop.device.scanner.wedge;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides whether a code typed by a keyboard-wedge scanner can be trusted. A wedge types through the
 * keyboard layout, so Vietnamese letters come out as '?', Alt-code Latin-1 garbage or nothing: an ID
 * card (CCCD) payload through a wedge is never accepted, whatever it looks like; the citizen is asked
 * to use the card reader or type the number. Other codes (tickets, dossiers) must be printable ASCII.
 */
public final class WedgePayloadCheck {

    /** The citizen should use the USB-CDC card reader or enter the ID number by hand. */
    public static final String CCCD_USE_READER = "wedge-cccd-use-reader";
    /** The code holds characters a wedge cannot type reliably. */
    public static final String NON_ASCII = "wedge-non-ascii";

    private static final int CCCD_MIN_FIELDS = 7;
    /** A 9- or 12-digit ID number opening the payload, then a field separator or mangled letters. */
    private static final Pattern CCCD_START = Pattern.compile("^\\d{12}[|\\P{ASCII}?]|^\\d{9,12}\\|");

    private WedgePayloadCheck() {
    }

    /** The stable rejection reason, or empty if the code is safe to use. */
    public static Optional<String> problem(String code) {
        if (looksLikeCccd(code)) {
            return Optional.of(CCCD_USE_READER);
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return Optional.of(NON_ASCII);
            }
        }
        return Optional.empty();
    }

    private static boolean looksLikeCccd(String code) {
        int separators = 0;
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) == '|') {
                separators++;
            }
        }
        return separators >= CCCD_MIN_FIELDS - 1 || CCCD_START.matcher(code).find();
    }
}
