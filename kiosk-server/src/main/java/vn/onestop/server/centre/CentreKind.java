package vn.onestop.server.centre;

import java.util.Locale;
import vn.onestop.server.Rejection;

/** What a centre is: the province's own centre, a commune (ward) centre, or a reception point such as a post office. */
public enum CentreKind {
    PROVINCIAL, COMMUNE, RECEPTION_POINT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind of a code such as "commune"; a clear 400 for anything else. */
    public static CentreKind of(String code) {
        for (CentreKind k : values()) {
            if (k.code().equals(code)) {
                return k;
            }
        }
        throw Rejection.invalid("kind must be one of provincial, commune, reception_point (was '" + code + "')");
    }
}
