package vn.onestop.core.wire;

import java.util.List;

/**
 * An administrative procedure as the kiosk shows it, with the queue service that handles it and the documents it
 * requires (Vietnamese, the filing checklist). Processing days, fee and postal return are null where the catalogue
 * does not know them.
 */
public record ProcedureInfo(String code, String nameVi, String nameEn, String fieldVi, String serviceCode,
        Integer processingDays, Long feeVnd, Boolean postalReturn, boolean fileableAtKiosk, List<String> documents) {

    public ProcedureInfo {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
