package vn.onestop.core.slip;

/** Where the citizen receives the result (Mẫu 01 "Nơi nhận kết quả"; Decision 45/2016 for the postal service). */
public enum ReturnMethod {
    COUNTER("Nhận tại bộ phận một cửa", "At the one-stop counter"),
    POST("Nhận qua dịch vụ bưu chính công ích", "By public postal service");

    private final String nameVi;
    private final String nameEn;

    ReturnMethod(String nameVi, String nameEn) {
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
