package vn.onestop.device.keypad;

import java.util.Arrays;
import java.util.Locale;

/** What a caller keypad key asks the counter to do. */
public enum KeyAction {
    NEXT, RECALL, NO_SHOW, COMPLETE, CLOSE;

    /** The name in profiles and in the gateway's HTTP route: next, recall, no-show, complete, close. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static KeyAction of(String code) {
        return Arrays.stream(values()).filter(a -> a.code().equals(code.trim().toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("'" + code.trim() + "' is not an action "
                        + "(next, recall, no-show, complete, close)"));
    }
}
