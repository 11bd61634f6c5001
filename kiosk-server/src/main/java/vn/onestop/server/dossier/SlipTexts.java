package vn.onestop.server.dossier;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import vn.onestop.core.config.Settings;

/**
 * The Vietnamese wording and legal references of the reception slips (receipt and appointment, request to
 * supplement, refusal), read from {@code config/slips/slips.properties} so a centre can follow a change of the forms
 * without a new release; every key missing from the file keeps its default (Decree 118/2025/ND-CP). The QR code
 * (Circular 01/2023/TT-VPCP) is a setting too, since whether that circular's QR rules apply unchanged under Decree
 * 118 is not confirmed: {@code qr.enabled} and {@code qr.position} ({@code top-left} as the circular says, or
 * {@code bottom-left}).
 */
public final class SlipTexts {
    private static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

    static {
        DEFAULTS.put("legalBasis", "Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ "
                + "tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc "
                + "gia");
        DEFAULTS.put("receipt.title", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
        DEFAULTS.put("receipt.officialCode", "Mã hồ sơ");
        DEFAULTS.put("receipt.receiver", "NGƯỜI TIẾP NHẬN HỒ SƠ");
        DEFAULTS.put("supplement.title", "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ");
        DEFAULTS.put("supplement.intro", "Sau khi kiểm tra thành phần hồ sơ, cơ quan tiếp nhận đề nghị Ông/bà bổ sung, "
                + "hoàn thiện hồ sơ gồm những nội dung sau:");
        DEFAULTS.put("supplement.closing", "Sau khi bổ sung, Ông/bà mang giấy này đến Bộ phận Một cửa (hoặc quét lại "
                + "giấy tờ tại kiosk với cùng mã chuẩn bị) để cán bộ tiếp nhận hồ sơ.");
        DEFAULTS.put("supplement.formNote", "Mẫu số 02 - Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (theo Nghị định "
                + "118/2025/NĐ-CP)");
        DEFAULTS.put("refusal.title", "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ");
        DEFAULTS.put("refusal.intro", "Cơ quan tiếp nhận không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như "
                + "sau:");
        DEFAULTS.put("refusal.closing", "Xin thông báo để Ông/bà được biết và thực hiện.");
        DEFAULTS.put("refusal.formNote", "Mẫu số 03 - Phiếu từ chối tiếp nhận giải quyết hồ sơ (theo Nghị định "
                + "118/2025/NĐ-CP)");
        DEFAULTS.put("qr.enabled", "true");
        DEFAULTS.put("qr.position", "top-left");
    }

    private final Map<String, String> texts;

    private SlipTexts(Map<String, String> texts) {
        this.texts = Map.copyOf(texts);
    }

    /** The built-in wording (Decree 118/2025/ND-CP). */
    public static SlipTexts defaults() {
        return new SlipTexts(DEFAULTS);
    }

    /**
     * The wording of {@code settings} over the defaults.
     *
     * @throws vn.onestop.core.config.ConfigException naming the key for an unknown key, an empty or over-long text,
     *                                                or a bad QR setting
     */
    public static SlipTexts of(Settings settings) {
        Map<String, String> merged = new LinkedHashMap<>(DEFAULTS);
        Set<String> known = DEFAULTS.keySet();
        for (Map.Entry<String, String> e : settings.asMap().entrySet()) {
            if (!known.contains(e.getKey())) {
                throw settings.error(e.getKey(), "is not a slip text (known: " + String.join(", ", known) + ")");
            }
            String v = e.getValue().strip();
            if (v.isEmpty() || v.length() > 1000) {
                throw settings.error(e.getKey(), "must be 1 to 1000 characters");
            }
            merged.put(e.getKey(), v);
        }
        if (!Set.of("true", "false").contains(merged.get("qr.enabled"))) {
            throw settings.error("qr.enabled", "must be true or false");
        }
        if (!Set.of("top-left", "bottom-left").contains(merged.get("qr.position"))) {
            throw settings.error("qr.position", "must be top-left or bottom-left");
        }
        return new SlipTexts(merged);
    }

    /** The text of a key, e.g. {@code supplement.title}. */
    public String get(String key) {
        String v = texts.get(key);
        if (v == null) {
            throw new IllegalArgumentException("No slip text " + key);
        }
        return v;
    }

    public boolean qrEnabled() {
        return Boolean.parseBoolean(texts.get("qr.enabled"));
    }

    /** True when the QR goes in the upper-left corner (Circular 01/2023), false for the lower-left. */
    public boolean qrTopLeft() {
        return "top-left".equals(texts.get("qr.position"));
    }
}
