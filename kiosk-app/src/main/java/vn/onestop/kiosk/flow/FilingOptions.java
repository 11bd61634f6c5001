package vn.onestop.kiosk.flow;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import vn.onestop.core.address.AddressConversion;
import vn.onestop.core.wire.RatingReasonInfo;

/**
 * The centre's filing settings the flow needs: the postal return fee (same value as the server's
 * {@code dossier.postalFeeVnd}), the reason codes offered with a low rating (the server's {@code rating.reasons}),
 * and how the card's address converts to the administrative units in force since 1 July 2025 (the postal return
 * address starts as the converted address; see {@link vn.onestop.core.address.AddressConverter}), and the optional
 * per-criterion questions asked after the level (the server's {@code rating.criteria}; empty asks none).
 */
public record FilingOptions(long postalFeeVnd, List<String> ratingReasons,
                            Function<String, AddressConversion> addresses, List<RatingReasonInfo> ratingCriteria) {
    /** No conversion: the card's address is used as it is. */
    public static final Function<String, AddressConversion> NO_CONVERSION = AddressConversion::unknown;
    public static final FilingOptions DEFAULT = new FilingOptions(25_000,
            List.of("wait", "attitude", "guidance", "paperwork", "facilities"));

    public FilingOptions {
        ratingReasons = List.copyOf(ratingReasons);
        Objects.requireNonNull(addresses, "addresses");
        ratingCriteria = ratingCriteria == null ? List.of() : List.copyOf(ratingCriteria);
    }

    public FilingOptions(long postalFeeVnd, List<String> ratingReasons) {
        this(postalFeeVnd, ratingReasons, NO_CONVERSION, List.of());
    }

    /** The same settings converting addresses with {@code converter}. */
    public FilingOptions withAddresses(Function<String, AddressConversion> converter) {
        return new FilingOptions(postalFeeVnd, ratingReasons, converter, ratingCriteria);
    }

    /** The same settings asking {@code criteria} after the level. */
    public FilingOptions withCriteria(List<RatingReasonInfo> criteria) {
        return new FilingOptions(postalFeeVnd, ratingReasons, addresses, criteria);
    }
}
