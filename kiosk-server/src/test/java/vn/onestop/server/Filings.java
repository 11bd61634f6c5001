package vn.onestop.server;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A complete dossier registration body as a kiosk sends it (fictional citizen). */
public final class Filings {
    public static final String ID = "001203004567";
    public static final String NAME = "Nguyễn Văn An";

    private Filings() {}

    public static Map<String, Object> dossier(String key) {
        Map<String, Object> d = new HashMap<>();
        d.put("idempotencyKey", key);
        d.put("procedureCode", "LLTP-1");
        d.put("applicant", Map.of("name", NAME, "idNumber", ID, "dateOfBirth", "2003-02-01",
                "address", "Số 5 ngõ 12 phố Huế, phường Hai Bà Trưng, Hà Nội"));
        d.put("phone", "0912345678");
        d.put("email", "an.nguyen@example.vn");
        d.put("documents", List.of(
                Map.of("name", "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp", "form", "ORIGINAL", "quantity", 1),
                Map.of("name", "Bản chụp thẻ Căn cước", "form", "COPY", "quantity", 2)));
        d.put("sets", 1);
        d.put("delivery", "POST");
        d.put("postalAddress", "12 Tràng Tiền, phường Hoàn Kiếm, Hà Nội");
        d.put("consentGiven", true);
        return d;
    }

    /**
     * Files {@code body} at the kiosk and has a counter official receive it with {@code officialCode} (issue 22: a
     * kiosk only prepares dossiers). Returns the dossier's code (its key: the preparation code).
     */
    public static String received(TestServer server, String kioskToken, Map<String, Object> body,
            String officialCode) throws Exception {
        TestServer.Reply prepared = server.kiosk(kioskToken, "POST", "/api/v1/dossiers", body);
        if (prepared.status() != 201) {
            throw new AssertionError("prepare failed: " + prepared.body());
        }
        String code = prepared.json().get("preparationCode").asText();
        try {
            server.app.staff().create("test", "receiver", "Cán bộ tiếp nhận", vn.onestop.server.staff.Role.COUNTER_STAFF,
                    TestServer.PASSWORD.toCharArray());
        } catch (RuntimeException alreadyThere) {
            // one receiving official per server
        }
        TestServer.Reply r = server.as(server.login("receiver", TestServer.PASSWORD), "POST",
                "/api/v1/staff/prepared/" + code + "/receive", Map.of("officialCode", officialCode));
        if (r.status() != 200) {
            throw new AssertionError("receive failed: " + r.body());
        }
        return code;
    }
}
