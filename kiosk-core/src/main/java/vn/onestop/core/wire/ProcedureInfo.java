package vn.onestop.core.wire;

import java.util.List;

/**
 * An administrative procedure as the kiosk shows it, with the queue service that handles it and the documents it
 * requires (Vietnamese, the filing checklist). Processing days, fee and postal return are null where the catalogue
 * does not know them. {@code channel} is where it may be filed ({@code online_only}, {@code online_or_counter},
 * {@code counter_only}; null from an older server: the kiosk's own catalogue decides), {@code nationalCode} its
 * national procedure code ("" when not sourced) and {@code portalUrl} the link that opens it on a phone ("" when
 * not filed online).
 */
public record ProcedureInfo(String code, String nameVi, String nameEn, String fieldVi, String serviceCode,
        Integer processingDays, Long feeVnd, Boolean postalReturn, boolean fileableAtKiosk, List<String> documents,
        String channel, String nationalCode, String portalUrl) {

    public ProcedureInfo {
        documents = documents == null ? List.of() : List.copyOf(documents);
        nationalCode = nationalCode == null ? "" : nationalCode;
        portalUrl = portalUrl == null ? "" : portalUrl;
    }

    /** Without filing channel data (the kiosk's own catalogue gives it). */
    public ProcedureInfo(String code, String nameVi, String nameEn, String fieldVi, String serviceCode,
            Integer processingDays, Long feeVnd, Boolean postalReturn, boolean fileableAtKiosk,
            List<String> documents) {
        this(code, nameVi, nameEn, fieldVi, serviceCode, processingDays, feeVnd, postalReturn, fileableAtKiosk,
                documents, null, "", "");
    }
}
