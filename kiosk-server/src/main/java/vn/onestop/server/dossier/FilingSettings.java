package vn.onestop.server.dossier;

import java.util.List;
import vn.onestop.core.slip.SlipHeader;
import vn.onestop.core.wire.FilingInfo;
import vn.onestop.core.wire.RatingReasonInfo;

/**
 * Settings of dossier filing and ratings from {@code server.properties}: the place printed on slips, the complaints
 * hotline, the issuing system named in the slip's QR code, the postal return fee, the reasons offered with a
 * low rating, the optional per-criterion rating questions ({@code rating.criteria}), and the slip header ({@code slip.parentBody}, {@code slip.receivingBody}, {@code slip.formNote}).
 *
 * @param receivingBody the receiving body printed at the top of the slip; empty means the centre's name
 */
public record FilingSettings(String place, String hotline, String issuingSystem, long postalFeeVnd,
        List<RatingReasonInfo> ratingReasons, String parentBody, String receivingBody, String formNote,
        List<RatingReasonInfo> ratingCriteria) {

    public FilingSettings {
        ratingReasons = List.copyOf(ratingReasons);
        ratingCriteria = ratingCriteria == null ? List.of() : List.copyOf(ratingCriteria);
    }

    /** Settings with the default slip header (the centre's name, the default form note). */
    public FilingSettings(String place, String hotline, String issuingSystem, long postalFeeVnd,
                          List<RatingReasonInfo> ratingReasons) {
        this(place, hotline, issuingSystem, postalFeeVnd, ratingReasons, "", "", SlipHeader.DEFAULT_FORM_NOTE, List.of());
    }

    /** The slip header; the receiving body defaults to {@code centreName}. */
    public SlipHeader header(String centreName) {
        return new SlipHeader(parentBody, receivingBody.isBlank() ? centreName : receivingBody, formNote);
    }

    /** What the kiosk receives in its configuration. */
    public FilingInfo info() {
        return new FilingInfo(postalFeeVnd, hotline, ratingReasons, ratingCriteria);
    }

    /** Whether {@code code} is one of the optional per-criterion questions ({@code rating.criteria}). */
    public boolean knowsCriterion(String code) {
        return ratingCriteria.stream().anyMatch(r -> r.code().equals(code));
    }

    public boolean knowsReason(String code) {
        return ratingReasons.stream().anyMatch(r -> r.code().equals(code));
    }
}
