package vn.onestop.core.wire;

import java.util.List;

/**
 * What the kiosk needs to file dossiers and ask for ratings: the postal return fee, the complaints hotline
 * printed on slips, and the reasons offered with a low rating.
 */
public record FilingInfo(long postalFeeVnd, String hotline, List<RatingReasonInfo> ratingReasons) {}
