package vn.onestop.core.wire;

import java.util.List;

/**
 * What the kiosk needs to file dossiers and ask for ratings: the postal return fee, the complaints hotline
 * printed on slips, the reasons offered with a low rating, and the optional per-criterion questions (each answered
 * 1-5 beside the level; the server's {@code rating.criteria}). {@code ratingCriteria} is null from a server older
 * than the questions: no questions are asked then.
 */
public record FilingInfo(long postalFeeVnd, String hotline, List<RatingReasonInfo> ratingReasons,
                         List<RatingReasonInfo> ratingCriteria) {}
