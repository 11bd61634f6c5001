package vn.onestop.core.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.onestop.core.identity.CitizenIdentity;
import vn.onestop.core.identity.Sex;
import vn.onestop.core.slip.DocumentForm;
import vn.onestop.core.slip.ReturnMethod;
import vn.onestop.core.wire.DossierRegistration;
import vn.onestop.core.wire.ProcedureInfo;

class FilingDraftTest {
    private static final CitizenIdentity AN = new CitizenIdentity("001203004567", "", "Nguyễn Văn An",
            LocalDate.of(2003, 2, 1), Sex.MALE, "Số 5 phố Huế, Hà Nội", LocalDate.of(2021, 1, 1));
    private static final ProcedureInfo LLTP = new ProcedureInfo("LLTP-1", "Cấp Phiếu lý lịch tư pháp số 1", "Criminal"
            + " record No. 1", "Lý lịch tư pháp", "A", 10, 200_000L, true, true, List.of("Tờ khai", "Bản chụp CCCD"));

    @Test
    void aNewFormTicksEveryDocumentAndDefaultsThePostalAddressToTheCards() {
        FilingDraft d = FilingDraft.start(LLTP, AN);
        assertThat(d.documents()).extracting(x -> x.name() + "/" + x.form() + "/" + x.quantity())
                .containsExactly("Tờ khai/ORIGINAL/1", "Bản chụp CCCD/ORIGINAL/1");
        assertThat(d.postalAddress()).isEqualTo("Số 5 phố Huế, Hà Nội");
        assertThat(d.problems()).containsExactly("phone", "consent");
    }

    @Test
    void aCompleteFormBecomesTheRegistrationTheServerExpects() {
        FilingDraft d = FilingDraft.start(LLTP, AN).withPhone("0912345678").withDocument(1, DocumentForm.COPY, 2)
                .withDelivery(ReturnMethod.POST).withPostalAddress(" 12 Tràng Tiền ").withConsent(true);
        assertThat(d.problems()).isEmpty();
        assertThat(d.fees(25_000).totalVnd()).isEqualTo(225_000L);
        DossierRegistration r = d.toRegistration("key-00000001", null);
        assertThat(r.applicant().idNumber()).isEqualTo("001203004567");
        assertThat(r.postalAddress()).isEqualTo("12 Tràng Tiền");
        assertThat(r.documents().get(1).form()).isEqualTo(DocumentForm.COPY);
        assertThat(r.email()).isNull();
        assertThat(d.toString()).doesNotContain("001203004567").doesNotContain("Nguyễn").doesNotContain("0912345678");
    }

    @Test
    void blockingProblemsAreNamed() {
        ProcedureInfo noPost = new ProcedureInfo("X", "X", "X", "X", "A", 1, null, false, true, List.of("Đơn"));
        FilingDraft d = FilingDraft.start(noPost, AN).withPhone("12").withEmail("not-an-email").withSets(0)
                .withDocument(0, DocumentForm.ORIGINAL, 0).withDelivery(ReturnMethod.POST).withConsent(true);
        assertThat(d.postAllowed()).isFalse();
        assertThat(d.problems()).containsExactly("phone", "email", "documents", "sets", "postalAddress");
        assertThat(d.fees(25_000).totalVnd()).isNull();
    }
}
