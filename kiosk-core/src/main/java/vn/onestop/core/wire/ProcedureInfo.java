package vn.onestop.core.wire;

/** An administrative procedure as the kiosk shows it, with the queue service that handles it. */
public record ProcedureInfo(String code, String nameVi, String nameEn, String serviceCode, int processingDays,
        long feeVnd, boolean postalReturn) {}
