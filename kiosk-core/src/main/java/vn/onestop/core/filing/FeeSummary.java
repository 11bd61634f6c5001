package vn.onestop.core.filing;

/**
 * What the citizen pays: the procedure's fee (null when set by the province) and the postal return fee.
 *
 * @param feeVnd       fee and charges of the procedure, null when the province sets it
 * @param postalFeeVnd postal return fee, 0 at the counter
 */
public record FeeSummary(Long feeVnd, long postalFeeVnd) {

    /** The total, or null when the procedure's fee is not known in advance. */
    public Long totalVnd() {
        return feeVnd == null ? null : feeVnd + postalFeeVnd;
    }
}
