package vn.onestop.core.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.onestop.core.dossier.DossierCodeException;

class LookupCodeTest {
    @Test
    void aScannedSlipOrATypedCodeGiveTheSameCode() {
        assertThat(LookupCode.of("V=1|MHS=H41.21-261125-0001|TTHC=LLTP-1|HEN=2026-12-09T08:00|CD=001******567"))
                .isEqualTo("H41.21-261125-0001");
        assertThat(LookupCode.of(" h41.21-261125-0001 ")).isEqualTo("H41.21-261125-0001");
    }

    @Test
    void anIdCardScannedByMistakeIsRefusedWithoutQuotingIt() {
        assertThatThrownBy(() -> LookupCode.of("001203004567|123456789|Nguyễn Văn An|03022001|Nam|Hà Nội|01012021"))
                .isInstanceOf(DossierCodeException.class).message().doesNotContain("001203004567");
        assertThatThrownBy(() -> LookupCode.of("V=1|MHS=H41.21-261125-0001|TTHC=LLTP-1"))
                .isInstanceOf(DossierCodeException.class).hasMessageContaining("slip");
    }

    @Test
    void aPreparationSlipsCodeScannedOrTypedWithOrWithoutItsDash() {
        assertThat(LookupCode.of("ABCD2345")).isEqualTo("ABCD2345");
        assertThat(LookupCode.of(" abcd-2345 ")).isEqualTo("ABCD2345");
        assertThatThrownBy(() -> LookupCode.of("ABCD0345")).isInstanceOf(DossierCodeException.class);
        assertThatThrownBy(() -> LookupCode.of("abc")).isInstanceOf(DossierCodeException.class);
    }
}
