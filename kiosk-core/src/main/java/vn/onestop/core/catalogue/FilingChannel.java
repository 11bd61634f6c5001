package vn.onestop.core.catalogue;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a citizen may file a procedure's dossier: only online (the portal or VNeID; Directive 24/CT-TTg lists the
 * essential services centres no longer take on paper), online or at the counter, or only at the counter.
 */
public enum FilingChannel {
    ONLINE_ONLY("online_only"),
    ONLINE_OR_COUNTER("online_or_counter"),
    COUNTER_ONLY("counter_only");

    private final String code;

    FilingChannel(String code) {
        this.code = code;
    }

    /** The code used in the catalogue file and on the wire. */
    public String code() {
        return code;
    }

    /** Whether a citizen may file online (the kiosk then shows the portal steps). */
    public boolean online() {
        return this != COUNTER_ONLY;
    }

    public static Optional<FilingChannel> ofCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
