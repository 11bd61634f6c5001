package vn.onestop.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.core.testing.TestConfig;

/** The shipped catalogue's filing channels (Directive 24/CT-TTg) and how the reader refuses bad filing data. */
class FilingChannelCatalogueTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final ProcedureCatalogue shipped = ProcedureCatalogue.load(TestConfig.file("catalogue/procedures.json"));

    @Test
    void directiveServicesAreOnlineOnlyWithTheDirectiveAsSource() {
        List<String> onlineOnly = shipped.all().stream().filter(p -> p.channel() == FilingChannel.ONLINE_ONLY)
                .map(Procedure::code).toList();
        assertThat(onlineOnly).containsExactlyInAnyOrder("LLTP-1", "LLTP-2", "GPLX-DOI", "HC-PT", "CT-THUONGTRU",
                "CT-TAMTRU", "XPVPHC-GT", "HT-KHAISINH", "LT-KS-TT-BHYT", "HT-KETHON", "DD-BIENDONG",
                // guide entries for the other directive services the press named
                "CC-XACNHAN-CMND", "CC-DOICAPLAI", "CT-TAMVANG", "CT-LUUTRU", "DKX-MOTO", "HT-KHAITU", "CD-MOI",
                "CD-THUNHO", "LT-KT-XTT-MT", "BHYT-HGD", "THUE-DK-CN");
        assertThat(shipped.all()).filteredOn(p -> p.channel() == FilingChannel.ONLINE_ONLY)
                .allSatisfy(p -> assertThat(p.filing().channelSource()).contains("Directive 24/CT-TTg"));
        // the count: six of the seven procedures the kiosk may file are on the directive's list
        assertThat(shipped.all().stream().filter(Procedure::fileableAtKiosk)
                .filter(p -> p.channel() == FilingChannel.ONLINE_ONLY)).hasSize(6);
    }

    @Test
    void everyOnlineProcedureHasALinkAndStepsAndAnEmptyCodeIsListedUnverified() {
        for (Procedure p : shipped.all()) {
            assertThat(p.filing().guided()).as(p.code()).isEqualTo(p.channel().online());
            assertThat(p.filing().portalUrl()).as(p.code()).startsWith("https://dichvucong.gov.vn/");
            assertThat(p.onlineSteps()).as(p.code()).hasSize(7);
            if (p.filing().nationalCode().isEmpty()) {
                assertThat(p.unverified()).as(p.code()).anyMatch(u -> u.startsWith("national_code"));
            }
        }
        Procedure residence = shipped.byCode("CT-THUONGTRU").orElseThrow();
        assertThat(residence.filing().nationalCode()).isEqualTo("1.004222");
        assertThat(residence.onlineSteps().get(1).vi()).isEqualTo("Tìm thủ tục «Đăng ký thường trú» (mã 1.004222)");
        // without a code the "(code ...)" hint is left out instead of printed empty
        assertThat(shipped.byCode("LLTP-1").orElseThrow().onlineSteps().get(1).en())
                .isEqualTo("Find the procedure \"Issuance of Criminal Record Certificate No. 1 (Vietnamese "
                        + "citizens)\"");
    }

    @Test
    void aCitizenFindsEveryDirectiveServiceThePressNamedAsAnOnlineGuide() {
        // the press's wording of the 21 services (cafef.vn, plo.vn), as a citizen might type it
        String[] searches = {"xac nhan so chung minh", "the can cuoc", "dang ky thuong tru", "dang ky tam tru",
            "tam vang", "luu tru", "bien so mo to", "nop phat", "dang ky khai sinh", "dang ky khai tu",
            "dang ky ket hon", "ho chieu", "con dau moi", "dau noi", "khai sinh bao hiem y te", "mai tang",
            "gia han the bao hiem y te", "dang ky thue", "bien dong", "ly lich tu phap", "giay phep lai xe"};
        for (String words : searches) {
            assertThat(shipped.search(words)).as(words).isNotEmpty()
                    .anySatisfy(p -> assertThat(p.channel()).isEqualTo(FilingChannel.ONLINE_ONLY));
        }
        List<Procedure> guides = shipped.all().stream().filter(p -> p.channel() == FilingChannel.ONLINE_ONLY)
                .filter(p -> p.filing().channelSource().contains("Plan 02-KH/BCĐTW")).toList();
        assertThat(guides).hasSize(22);
        Procedure death = shipped.byCode("HT-KHAITU").orElseThrow();
        assertThat(death.fileableAtKiosk()).as("a guide: the citizen files online, the kiosk does not prepare it")
                .isFalse();
        assertThat(death.onlineSteps()).hasSize(7);
        assertThat(death.onlineSteps().get(1).vi()).isEqualTo("Tìm thủ tục «Đăng ký khai tử»");
        assertThat(death.filing().nationalCode()).as("never invented").isEmpty();
        assertThat(shipped.byCode("BHYT-HGD").orElseThrow().serviceCode()).as("served by the assisted-filing desk")
                .isEqualTo(shipped.assistedFilingService().orElseThrow().code());
        // values no source gave stay empty and are listed as doubts, so the kiosk never shows them to a citizen
        for (String code : List.of("CC-XACNHAN-CMND", "CC-DOICAPLAI", "CT-TAMVANG", "CT-LUUTRU", "DKX-MOTO",
                "HT-KHAITU", "CD-MOI", "CD-THUNHO", "LT-KT-XTT-MT", "BHYT-HGD", "THUE-DK-CN")) {
            Procedure p = shipped.byCode(code).orElseThrow();
            assertThat(p.fileableAtKiosk()).as(code).isFalse();
            assertThat(p.processingDays()).as(code).isNull();
            assertThat(p.feeVnd()).as(code).isNull();
            assertThat(CitizenText.confirmed(p, "processing_days")).as(code).isFalse();
            assertThat(CitizenText.confirmed(p, "fee_vnd")).as(code).isFalse();
            assertThat(CitizenText.documents(p)).as(code).isNotEmpty();
        }
    }

    @Test
    void theAssistedFilingDeskIsAShippedService() {
        QueueService desk = shipped.assistedFilingService().orElseThrow();
        assertThat(desk.nameVi()).isEqualTo("Hỗ trợ nộp hồ sơ trực tuyến");
        assertThat(desk.nameEn()).isEqualTo("Online filing help");
    }

    @Test
    void badFilingDataNamesFileEntryAndField() throws IOException {
        assertNames(procedure(p -> p.put("channel", "paper")), "channel", "online_only, online_or_counter");
        assertNames(procedure(p -> p.remove("channel")), "channel", "is missing");
        assertNames(procedure(p -> p.putNull("channel_source")), "channel_source", "must name its source");
        assertNames(procedure(p -> p.put("national_code", "1004222")), "national_code", "1.004222");
        assertNames(procedure(p -> p.put("portal_url", "http://dichvucong.gov.vn/x")), "portal_url", "https://");
        assertNames(procedure(p -> p.put("portal_url", "https://dichvucong.gov.vn/" + "x".repeat(300))),
                "portal_url", "too dense");
        assertNames(procedure(p -> p.putArray("steps").addObject().put("vi", "Đăng nhập")), "steps", "item 0");
        assertNames(procedure(p -> p.putArray("steps")), "steps", "at least one step");
        assertNames(procedure(p -> {
            p.putNull("national_code");
            p.putArray("unverified");
        }), "national_code", "under 'unverified'");
    }

    @Test
    void aCounterOnlyProcedureHasNoLinkAndAProcedureLinkOverridesThePortal() throws IOException {
        ProcedureCatalogue c = ProcedureCatalogue.load(procedure(p -> p.put("channel", "counter_only")));
        assertThat(c.byCode("HC-PT").orElseThrow().filing().guided()).isFalse();
        assertThat(c.byCode("HC-PT").orElseThrow().onlineSteps()).isEmpty();
        String own = "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1";
        ProcedureCatalogue linked = ProcedureCatalogue.load(procedure(p -> p.put("portal_url", own)));
        assertThat(linked.byCode("HC-PT").orElseThrow().filing().portalUrl()).isEqualTo(own);
    }

    @Test
    void topLevelFilingDataIsRequired() throws IOException {
        assertTop(root -> root.remove("online_filing"), "'online_filing'", "is missing");
        assertTop(root -> root.put("assisted_filing_service", "Z"), "'assisted_filing_service'", "no service");
        assertTop(root -> ((ObjectNode) root.get("online_filing")).put("portal_url", "ftp://x"), "'portal_url'",
                "https://");
    }

    private Path procedure(Consumer<ObjectNode> change) throws IOException {
        return write(root -> change.accept((ObjectNode) root.get("procedures").get(3)));
    }

    private Path write(Consumer<ObjectNode> change) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(TestConfig.file("catalogue/procedures.json").toFile());
        change.accept(root);
        Path file = dir.resolve("procedures.json");
        JSON.writeValue(file.toFile(), root);
        return file;
    }

    private void assertTop(Consumer<ObjectNode> change, String field, String problem) throws IOException {
        Path file = write(change);
        assertThatThrownBy(() -> ProcedureCatalogue.load(file)).isInstanceOf(CatalogueException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining(field).hasMessageContaining(problem);
    }

    private static void assertNames(Path file, String field, String problem) {
        assertThatThrownBy(() -> ProcedureCatalogue.load(file)).isInstanceOf(CatalogueException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("procedures[3] (code HC-PT)")
                .hasMessageContaining("'" + field + "'").hasMessageContaining(problem);
    }
}
