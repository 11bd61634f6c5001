package vn.onestop.device.scanner;

import java.util.List;

/** Made-up CCCD QR payloads (no real person): 12-digit number, empty or 9-digit CMND, name, dates. */
public final class CccdSamples {

    public static final String HANOI_WOMAN = "001199012345||Nguyễn Thị Ánh Tuyết|01021999|Nữ|"
            + "Số 12 ngõ 34 phố Hàng Bạc, Phường Hàng Đào, Quận Hoàn Kiếm, Hà Nội|15082021";
    public static final String HCMC_MAN = "079085001234|025123456|Trần Văn Đức|23111985|Nam|"
            + "123/45 Lê Lợi, Phường Bến Thành, Quận 1, Thành phố Hồ Chí Minh|10052022";
    public static final String HUE_2024 = "046203004567||Lê Hoàng Bảo Ngọc|07072003|Nam|"
            + "Kiệt 5 Nguyễn Huệ, Phường Phú Nhuận, Thành phố Huế, Thừa Thiên Huế|01072024|"
            + "Lê Văn Ấn|Hoàng Thị Ửng";
    public static final String DANANG_ELDER = "048140000789|201234567|Phạm Thị Ỷ|31121940|Nữ|"
            + "Tổ 7, Phường Thạch Thang, Quận Hải Châu, Đà Nẵng|20122021";

    public static final List<String> ALL = List.of(HANOI_WOMAN, HCMC_MAN, HUE_2024, DANANG_ELDER);

    private CccdSamples() {
    }
}
