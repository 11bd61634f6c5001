package vn.onestop.core.identity;

/**
 * Every reason an ID card payload or typed ID number can be refused, with the messages shown to the citizen.
 * {@link IdentityProblem#code()} is the constant's name. Messages never quote the input.
 */
public enum IdentityProblemCode {
    PAYLOAD_EMPTY("Không đọc được dữ liệu từ mã QR.", "The QR code carried no data."),
    PAYLOAD_TOO_LONG("Dữ liệu mã QR dài bất thường, không phải mã QR của thẻ căn cước.",
            "The QR data is abnormally long: not an ID card QR code."),
    PAYLOAD_CONTROL_CHARACTER("Dữ liệu mã QR chứa ký tự điều khiển không hợp lệ.",
            "The QR data contains invalid control characters."),
    PAYLOAD_ENCODING("Dữ liệu mã QR bị lỗi mã hóa ký tự (máy quét cần đặt chế độ UTF-8).",
            "The QR data has broken character encoding (set the scanner to UTF-8)."),
    FIELDS_MISSING("Mã QR thiếu thông tin: cần ít nhất 7 trường ngăn cách bởi dấu |.",
            "The QR code lacks data: at least 7 fields separated by | are needed."),
    FIELDS_TOO_MANY("Mã QR có quá nhiều trường, không phải mã QR của thẻ căn cước.",
            "The QR code has too many fields: not an ID card QR code."),
    ID_FORMAT("Số định danh cá nhân phải gồm đúng 12 chữ số.", "The personal ID number must be exactly 12 digits."),
    /** A warning for staff, never a refusal. */
    ID_PROVINCE_UNKNOWN("Ba chữ số đầu của số định danh không thuộc 63 mã tỉnh đăng ký khai sinh (có thể đăng ký ở nước ngoài): cán bộ kiểm tra.",
            "The first three digits of the ID number are not one of the 63 birth-registration province codes (may be registered abroad): staff to check."),
    ID_CENTURY_IMPLAUSIBLE("Chữ số thứ 4 và năm sinh trong số định danh cho một năm sinh không hợp lý.",
            "Digit 4 and the birth year digits of the ID number give an implausible birth year."),
    ID_CENTURY_MISMATCH("Chữ số thứ 4 của số định danh không khớp với thế kỷ của ngày sinh.",
            "Digit 4 of the ID number does not match the century of the date of birth."),
    ID_SEX_MISMATCH("Chữ số thứ 4 của số định danh không khớp với giới tính.",
            "Digit 4 of the ID number does not match the sex."),
    ID_BIRTH_YEAR_MISMATCH("Chữ số thứ 5-6 của số định danh không khớp với năm sinh.",
            "Digits 5-6 of the ID number do not match the year of birth."),
    OLD_ID_FORMAT("Số CMND cũ phải gồm 9 hoặc 12 chữ số.", "The old ID (CMND) number must have 9 or 12 digits."),
    NAME_MISSING("Thiếu họ và tên.", "The full name is missing."),
    NAME_INVALID("Họ và tên chứa ký tự không hợp lệ.", "The full name contains invalid characters."),
    NAME_TOO_LONG("Họ và tên dài quá 100 ký tự.", "The full name is longer than 100 characters."),
    BIRTH_DATE_FORMAT("Ngày sinh phải có dạng ngày tháng năm (ddMMyyyy).", "The date of birth must read ddMMyyyy."),
    BIRTH_DATE_INVALID("Ngày sinh không phải ngày có thật.", "The date of birth is not a real calendar date."),
    BIRTH_DATE_FUTURE("Ngày sinh nằm trong tương lai.", "The date of birth is in the future."),
    BIRTH_DATE_TOO_OLD("Ngày sinh quá xa trong quá khứ.", "The date of birth is implausibly long ago."),
    SEX_INVALID("Giới tính phải là \"Nam\" hoặc \"Nữ\".", "The sex must be \"Nam\" or \"Nữ\"."),
    ADDRESS_TOO_LONG("Địa chỉ dài quá 300 ký tự.", "The address is longer than 300 characters."),
    ISSUE_DATE_MISSING("Thiếu ngày cấp thẻ.", "The card's issue date is missing."),
    ISSUE_DATE_FORMAT("Ngày cấp phải có dạng ngày tháng năm (ddMMyyyy).", "The issue date must read ddMMyyyy."),
    ISSUE_DATE_INVALID("Ngày cấp không phải ngày có thật.", "The issue date is not a real calendar date."),
    ISSUE_DATE_FUTURE("Ngày cấp nằm trong tương lai.", "The issue date is in the future."),
    ISSUE_DATE_BEFORE_BIRTH("Ngày cấp trước ngày sinh.", "The issue date is before the date of birth."),
    ISSUE_DATE_TOO_EARLY("Ngày cấp trước năm 2016, khi thẻ căn cước 12 số chưa được cấp.",
            "The issue date is before 2016, when 12-digit ID cards did not exist yet.");

    private final String messageVi;
    private final String messageEn;

    IdentityProblemCode(String messageVi, String messageEn) {
        this.messageVi = messageVi;
        this.messageEn = messageEn;
    }

    public IdentityProblem problem() {
        return new IdentityProblem(name(), messageVi, messageEn);
    }
}
