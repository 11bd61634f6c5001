package vn.onestop.core.slip;

/** How a document was handed in (column "Bản chính/Bản sao" of Mẫu 01's table), with its printed names. */
public enum DocumentForm {
    ORIGINAL("Bản chính", "Original"),
    COPY("Bản sao", "Copy"),
    CERTIFIED_COPY("Bản sao chứng thực", "Certified copy");

    private final String nameVi;
    private final String nameEn;

    DocumentForm(String nameVi, String nameEn) {
        this.nameVi = nameVi;
        this.nameEn = nameEn;
    }

    public String nameVi() {
        return nameVi;
    }

    public String nameEn() {
        return nameEn;
    }
}
