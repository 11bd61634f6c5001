package vn.onestop.core.wire;

/**
 * An administrative procedure as the kiosk shows it, with the queue service that handles it. Processing days,
 * fee and postal return are null where the catalogue does not know them.
 */
public record ProcedureInfo(String code, String nameVi, String nameEn, String fieldVi, String serviceCode,
        Integer processingDays, Long feeVnd, Boolean postalReturn, boolean fileableAtKiosk) {}
