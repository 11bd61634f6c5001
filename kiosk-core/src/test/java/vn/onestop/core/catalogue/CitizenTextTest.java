package vn.onestop.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.onestop.core.testing.TestConfig;

/** Internal catalogue notes stay with staff: the citizen's document list and values are the confirmed ones. */
class CitizenTextTest {
    private final ProcedureCatalogue catalogue = ProcedureCatalogue.load(TestConfig.file("catalogue/procedures.json"));

    private Procedure procedure(String code) {
        return catalogue.all().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void noDocumentShownToACitizenCarriesAnInternalNote() {
        assertThat(catalogue.all()).allSatisfy(p -> assertThat(CitizenText.documents(p))
                .noneMatch(d -> d.toLowerCase().contains("chưa xác minh") || d.contains("có thể đã thay")));
        assertThat(CitizenText.hiddenDocuments(procedure("LLTP-1"))).singleElement().asString()
                .contains("(chưa xác minh)").contains("có thể đã thay");
        assertThat(CitizenText.documents(procedure("LLTP-1"))).isNotEmpty();
        assertThat(CitizenText.hiddenDocuments(procedure("CT-TAMTRU"))).isEmpty();
    }

    @Test
    void recognisesTheNotesStaffWriteAndLeavesOrdinaryTextAlone() {
        assertThat(CitizenText.isInternal("Tờ khai (CHƯA XÁC MINH)")).isTrue();
        assertThat(CitizenText.isInternal("Form 03 - may have been replaced by Circular 06/2024")).isTrue();
        assertThat(CitizenText.isInternal("Giấy tờ tùy thân để xác minh thông tin")).isFalse();
        assertThat(CitizenText.isInternal("Tờ khai đăng ký kết hôn (hai bên có thể dùng chung một tờ khai)")).isFalse();
        assertThat(CitizenText.isInternal(null)).isFalse();
    }

    @Test
    void valuesNamedInTheUnverifiedListAreNotConfirmed() {
        Procedure licence = procedure("GPLX-DOI");
        assertThat(CitizenText.confirmed(licence, "fee_vnd")).isFalse();
        assertThat(CitizenText.confirmed(licence, "processing_days")).isFalse();
        assertThat(CitizenText.confirmed(procedure("CT-TAMTRU"), "fee_vnd")).isTrue();
        assertThat(CitizenText.confirmed(procedure("CT-TAMTRU"), "postal_return")).isFalse();
    }
}
