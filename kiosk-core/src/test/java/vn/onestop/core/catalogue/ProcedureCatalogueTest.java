package vn.onestop.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.onestop.core.testing.TestConfig;

class ProcedureCatalogueTest {

    private final ProcedureCatalogue catalogue = ProcedureCatalogue.load(TestConfig.file("catalogue/procedures.json"));

    private static List<String> codes(List<Procedure> procedures) {
        return procedures.stream().map(Procedure::code).toList();
    }

    @Test
    void shippedCatalogueKeepsTheReferenceDataAndItsDoubts() {
        assertThat(catalogue.all()).hasSize(25);
        Procedure passport = catalogue.byCode("HC-PT").orElseThrow();
        assertThat(passport.nameVi()).isEqualTo("Cấp hộ chiếu phổ thông ở trong nước");
        assertThat(passport.processingDays()).isEqualTo(8);
        assertThat(passport.feeVnd()).isEqualTo(200_000L);
        assertThat(passport.online()).isEqualTo(OnlineLevel.FULL);
        assertThat(passport.source()).contains("http");
        Procedure licence = catalogue.byCode("GPLX-DOI").orElseThrow();
        assertThat(licence.processingDays()).as("not sourced").isNull();
        assertThat(licence.postalReturn()).as("unknown").isNull();
        assertThat(licence.unverified()).contains("processing_days");
        assertThat(catalogue.byCode("DD-BIENDONG").orElseThrow().feeVnd()).as("set by the province").isNull();
        assertThat(catalogue.byCode("NOPE")).isEmpty();
    }

    @Test
    void everyProcedureIsServedByAKnownQueueService() {
        assertThat(catalogue.services()).extracting(QueueService::code).contains("A", "B", "C", "D");
        assertThat(catalogue.all()).allSatisfy(p -> assertThat(catalogue.service(p.serviceCode())).isPresent());
        assertThat(codes(catalogue.byService("C"))).containsExactly("DD-BIENDONG");
    }

    @Test
    void cutoffRuleIsPerProcedure() {
        assertThat(catalogue.byCode("LT-KS-TT-BHYT").orElseThrow().cutoff15h()).isTrue();
        assertThat(catalogue.byCode("CT-BANSAO").orElseThrow().cutoff15h()).isTrue();
        assertThat(catalogue.byCode("HC-PT").orElseThrow().cutoff15h()).isFalse();
    }

    @Test
    void searchIgnoresDiacriticsAndCase() {
        assertThat(codes(catalogue.search("ho chieu"))).containsExactly("HC-PT");
        assertThat(codes(catalogue.search("hộ chiếu"))).containsExactly("HC-PT");
        assertThat(codes(catalogue.search("HO CHIEU"))).containsExactly("HC-PT");
        assertThat(codes(catalogue.search("passport"))).containsExactly("HC-PT");
        assertThat(codes(catalogue.search("dat dai"))).contains("DD-BIENDONG");
        assertThat(codes(catalogue.search("ly lich"))).containsExactly("LLTP-1", "LLTP-2");
    }

    @Test
    void searchMatchesWordPrefixesAndRanksNameMatchesFirst() {
        assertThat(codes(catalogue.search("khai sinh"))).startsWith("HT-KHAISINH").contains("LT-KS-TT-BHYT");
        // the name match first, then "Khai báo tạm vắng" of the field "... cư trú"
        assertThat(codes(catalogue.search("tam tru"))).containsExactly("CT-TAMTRU", "CT-TAMVANG");
        assertThat(codes(catalogue.search("tam tr"))).startsWith("CT-TAMTRU");
        assertThat(catalogue.search("")).isEmpty();
        assertThat(catalogue.search("   ")).isEmpty();
        assertThat(catalogue.search(null)).isEmpty();
        assertThat(catalogue.search("zzzz")).isEmpty();
    }

    @Test
    void fieldsGroupTheProcedures() {
        List<ProcedureField> fields = catalogue.fields();
        assertThat(fields).doesNotHaveDuplicates();
        ProcedureField judicial = new ProcedureField("Lý lịch tư pháp", "Judicial records");
        assertThat(fields).startsWith(judicial);
        assertThat(codes(catalogue.byField(judicial))).containsExactly("LLTP-1", "LLTP-2");
        assertThat(codes(catalogue.byField("Hộ tịch"))).containsExactly("HT-KHAISINH", "HT-KETHON", "HT-KHAITU");
        int total = fields.stream().mapToInt(f -> catalogue.byField(f).size()).sum();
        assertThat(total).isEqualTo(catalogue.all().size());
    }

    @Test
    void catalogueIsImmutable() {
        assertThat(catalogue.all()).isUnmodifiable();
        assertThat(catalogue.all().get(0).documents()).isUnmodifiable();
    }

    @Test
    void foldsVietnameseLetters() {
        assertThat(VietnameseText.fold("Đăng ký ĐẤT đai Hộ chiếu")).isEqualTo("dang ky dat dai ho chieu");
        assertThat(VietnameseText.words("Cấp hộ chiếu (phổ thông)")).containsExactly("cap", "ho", "chieu", "pho", "thong");
    }

    @Test
    void catalogueBuiltInCodeIsCheckedLikeTheFile() {
        QueueService a = new QueueService("A", "Tư pháp", "Justice");
        Procedure copy = catalogue.byCode("CT-BANSAO").orElseThrow();
        assertThat(ProcedureCatalogue.of(List.of(a), List.of(copy)).search("chung thuc")).containsExactly(copy);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProcedureCatalogue.of(List.of(a), List.of(copy, copy)))
                .hasMessageContaining("CT-BANSAO");
        Procedure land = catalogue.byCode("DD-BIENDONG").orElseThrow();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProcedureCatalogue.of(List.of(a), List.of(land)))
                .hasMessageContaining("unknown service C");
    }
}
