package vn.onestop.core.catalogue;

/** A field (lĩnh vực) that groups procedures on the kiosk's menu. */
public record ProcedureField(String nameVi, String nameEn) {
}
