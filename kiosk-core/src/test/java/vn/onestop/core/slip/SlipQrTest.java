package vn.onestop.core.slip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlipQrTest {

    static ReceiptSlip slip(String system) {
        return new ReceiptSlip("Trung tâm Phục vụ hành chính công", "Hà Nội", "H41.21-261125-0001",
                "Nguyễn Văn An", "001203004567", "12 Tràng Tiền, Hoàn Kiếm, Hà Nội", "0912345678", "",
                "LLTP-1", "Cấp Phiếu lý lịch tư pháp số 1", List.of(new ReceivedDocument("Tờ khai",
                        DocumentForm.ORIGINAL, 1)), 1, 10, LocalDateTime.parse("2026-11-25T08:00:31"),
                LocalDateTime.parse("2026-12-09T08:00"), false, ReturnMethod.POST, "12 Tràng Tiền", 200_000L,
                25_000, "1/2026", "1900 0000", system, null);
    }

    @Test
    void payloadCarriesCodeProcedureAppointmentAndOnlyAMaskedId() {
        String payload = slip("Một cửa H41.21").qrPayload();
        assertThat(payload).isEqualTo("V=1|MHS=H41.21-261125-0001|TTHC=LLTP-1|HEN=2026-12-09T08:00|CD=001******567"
                + "|GT=01|HT=Một cửa H41.21|TG=2026-11-25T08:00");
        assertThat(payload).doesNotContain("001203004567").doesNotContain("Nguyễn").doesNotContain("Tràng");
    }

    @Test
    void parsesWhatItEncodesEvenWithSeparatorsInValues() {
        SlipQr qr = SlipQr.of(slip("A|B=C%D\nE"));
        SlipQr back = SlipQr.parse(qr.encode());
        assertThat(back).isEqualTo(qr);
        assertThat(back.issuingSystem()).isEqualTo("A|B=C%D\nE");
        assertThat(back.appointmentAt()).isEqualTo(LocalDateTime.parse("2026-12-09T08:00"));
        assertThat(SlipQr.looksLikeSlip(qr.encode())).isTrue();
    }

    @Test
    void unknownKeysAreSkippedAndMissingOptionalOnesAllowed() {
        SlipQr qr = SlipQr.parse("MHS=H41.21-261125-0001|TTHC=LLTP-1|HEN=2026-12-09T08:00|NEW=x");
        assertThat(qr.dossierCode()).isEqualTo("H41.21-261125-0001");
        assertThat(qr.document()).isEqualTo("01");
        assertThat(qr.issuedAt()).isNull();
    }

    @Test
    void anIdCardQrOrGarbageIsRefusedWithoutQuotingIt() {
        String card = "001203004567|123456789|Nguyễn Văn An|03022001|Nam|12 Tràng Tiền|01012021";
        assertThat(SlipQr.looksLikeSlip(card)).isFalse();
        assertThatThrownBy(() -> SlipQr.parse(card)).isInstanceOf(SlipQrException.class)
                .message().doesNotContain("001203004567").doesNotContain("Nguyễn");
        assertThatThrownBy(() -> SlipQr.parse("MHS=X|TTHC=Y")).hasMessageContaining("HEN");
        assertThatThrownBy(() -> SlipQr.parse("MHS=X|TTHC=Y|HEN=tomorrow")).hasMessageContaining("HEN");
        assertThatThrownBy(() -> SlipQr.parse("V=2|MHS=X|TTHC=Y|HEN=2026-12-09T08:00")).hasMessageContaining("version");
        assertThatThrownBy(() -> SlipQr.parse("MHS=X%4|TTHC=Y|HEN=2026-12-09T08:00")).isInstanceOf(SlipQrException.class);
        assertThatThrownBy(() -> SlipQr.parse(" ")).hasMessageContaining("empty");
        assertThatThrownBy(() -> SlipQr.parse("MHS=" + "9".repeat(2000))).hasMessageContaining("too long");
    }

    @Test
    void masksKeepThreeDigitsAtEachEnd() {
        assertThat(ReceiptSlip.maskIdNumber("001203004567")).isEqualTo("001******567");
        assertThat(ReceiptSlip.maskIdNumber("123456")).isEqualTo("******");
        assertThat(ReceiptSlip.maskIdNumber(null)).isEmpty();
    }
}
