package vn.onestop.server.dossier;

import java.util.List;
import vn.onestop.core.wire.FilingInfo;
import vn.onestop.core.wire.RatingReasonInfo;

/**
 * Settings of dossier filing and ratings from {@code server.properties}: the place printed on slips, the complaints
 * hotline, the issuing system named in the slip's QR code, the postal return fee, and the reasons offered with a
 * low rating.
 */
public record FilingSettings(String place, String hotline, String issuingSystem, long postalFeeVnd,
        List<RatingReasonInfo> ratingReasons) {

    public FilingSettings {
        ratingReasons = List.copyOf(ratingReasons);
    }

    /** What the kiosk receives in its configuration. */
    public FilingInfo info() {
        return new FilingInfo(postalFeeVnd, hotline, ratingReasons);
    }

    public boolean knowsReason(String code) {
        return ratingReasons.stream().anyMatch(r -> r.code().equals(code));
    }
}
