package vn.onestop.core.slip;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** The Vietnamese wording of slip values, shared by the thermal and the PDF layouts so both print the same. */
public final class SlipText {
    public static final String TITLE = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ";
    public static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    public static final String PROVISIONAL = "(dự kiến: cán bộ sẽ xác nhận lại ngày hẹn)";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private SlipText() {}

    /** "08 giờ 05 phút, ngày 09/12/2026". */
    public static String time(LocalDateTime t) {
        return String.format("%02d giờ %02d phút, ngày %s", t.getHour(), t.getMinute(), t.format(DAY));
    }

    /** "09/12/2026". */
    public static String day(LocalDateTime t) {
        return t.format(DAY);
    }

    /** "lúc 08 giờ 05 phút". */
    public static String clock(LocalDateTime t) {
        return String.format("lúc %02d giờ %02d phút", t.getHour(), t.getMinute());
    }

    /** "Hà Nội, ngày 25 tháng 11 năm 2026". */
    public static String placeAndDate(String place, LocalDate d) {
        return String.format("%s, ngày %02d tháng %02d năm %d", place, d.getDayOfMonth(), d.getMonthValue(),
                d.getYear());
    }

    /** "200.000 đ"; null (set by the province) reads "Theo quy định của tỉnh". */
    public static String money(Long vnd) {
        if (vnd == null) {
            return "Theo quy định của tỉnh";
        }
        return String.format(java.util.Locale.ROOT, "%,d đ", vnd).replace(',', '.');
    }

    /** "10 ngày làm việc", or "Trong ngày" for 0. */
    public static String processingTime(int days) {
        return days == 0 ? "Trong ngày làm việc" : days + " ngày làm việc";
    }

    /** "01 bộ". */
    public static String sets(int sets) {
        return String.format("%02d bộ", sets);
    }

    /** Where the result goes: the counter, or the postal address. */
    public static String returnPlace(ReceiptSlip s) {
        return s.returnMethod() == ReturnMethod.POST ? s.returnMethod().nameVi() + " đến địa chỉ: " + s.returnAddress()
                : s.returnMethod().nameVi();
    }

    /** The fee summary line: fee, postal fee, total. */
    public static String fees(ReceiptSlip s) {
        String line = "Phí, lệ phí: " + money(s.feeVnd());
        if (s.returnMethod() == ReturnMethod.POST) {
            line += "; cước bưu chính: " + money(s.postalFeeVnd());
            if (s.totalVnd() != null) {
                line += "; tổng: " + money(s.totalVnd());
            }
        }
        return line;
    }
}
