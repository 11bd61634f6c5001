package vn.onestop.core.slip;

/**
 * The top of the receipt slip, from the centre's configuration: the body the receiving unit belongs to (optional,
 * e.g. "UBND phường Hoàn Kiếm"), the receiving body itself (a provincial centre, a commune-level Public
 * Administration Service Centre, or a reception point such as a post office: Decree 118/2025/ND-CP), and the form
 * note printed in the corner (the form's name and legal basis, kept configurable because whether the forms of
 * Circular 01/2018/TT-VPCP apply unchanged under Decree 118/2025/ND-CP is not confirmed).
 *
 * @param parentBody    line above the receiving body, may be empty
 * @param receivingBody the body that received the dossier
 * @param formNote      the form's name and legal basis, may be empty
 */
public record SlipHeader(String parentBody, String receivingBody, String formNote) {

    /** The form note used when the centre sets none. */
    public static final String DEFAULT_FORM_NOTE =
            "Mẫu số 01 - Giấy tiếp nhận hồ sơ và hẹn trả kết quả (theo Nghị định 118/2025/NĐ-CP)";

    public SlipHeader {
        parentBody = parentBody == null ? "" : parentBody.strip();
        receivingBody = receivingBody == null ? "" : receivingBody.strip();
        formNote = formNote == null ? "" : formNote.strip();
    }

    /** A header naming only the receiving body, with the default form note. */
    public static SlipHeader of(String receivingBody) {
        return new SlipHeader("", receivingBody, DEFAULT_FORM_NOTE);
    }
}
