package vn.onestop.kiosk.flow;

import java.util.List;

/**
 * The centre's filing settings the flow needs: the postal return fee (same value as the server's
 * {@code dossier.postalFeeVnd}) and the reason codes offered with a low rating (the server's {@code rating.reasons}).
 */
public record FilingOptions(long postalFeeVnd, List<String> ratingReasons) {
    public static final FilingOptions DEFAULT = new FilingOptions(25_000,
            List.of("wait", "attitude", "guidance", "paperwork", "facilities"));

    public FilingOptions {
        ratingReasons = List.copyOf(ratingReasons);
    }
}
