package vn.onestop.kiosk.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.onestop.core.identity.CitizenIdentity;
import vn.onestop.core.identity.Sex;
import vn.onestop.core.voice.SpokenNumbers;
import vn.onestop.kiosk.flow.FlowState;
import vn.onestop.kiosk.flow.IssuedTicket;
import vn.onestop.kiosk.flow.PrinterAvailability;
import vn.onestop.kiosk.flow.Step;
import vn.onestop.kiosk.i18n.Messages;

/** What the kiosk says on each screen, in both languages, and that it never says anything personal. */
class GuidanceTest {
    static final CitizenIdentity CARD = new CitizenIdentity("001203004567", "013456789", "Nguyễn Thị Hoà",
            LocalDate.of(1948, 3, 9), Sex.FEMALE, "Số 12 ngõ 34 phố Hàng Bạc, phường Hoàn Kiếm, Hà Nội",
            LocalDate.of(2024, 7, 1));
    static final IssuedTicket TICKET = new IssuedTicket("t-1", "A015", "A", null, 3, 12, Instant.EPOCH, false);

    /** A state at {@code step} carrying every kind of personal data the flow may hold, and a ticket. */
    static FlowState withPersonalData(Step step) {
        return FlowState.initial(PrinterAvailability.READY, 60)
                .withIdentity(CARD, "001203004567", true, List.of())
                .withField(null, "Nguyễn Thị Hoà Hàng Bạc")
                .withResult(TICKET, null)
                .withStep(step);
    }

    private static Messages vi() {
        return new Messages(Locale.forLanguageTag("vi"));
    }

    @Test
    void everyScreenButTheAttractScreenSaysWhatToDoInBothLanguages() {
        for (Messages m : List.of(vi(), new Messages(Locale.ENGLISH))) {
            for (Step step : Step.values()) {
                var said = Guidance.sentence(withPersonalData(step), m);
                if (step == Step.ATTRACT) {
                    assertThat(said).isEmpty();
                } else {
                    assertThat(said).as(step + " " + m.locale()).isPresent();
                    assertThat(said.get()).as(step + " " + m.locale()).doesNotStartWith("!").hasSizeGreaterThan(20);
                }
            }
        }
        assertThat(Guidance.sentence(withPersonalData(Step.IDENTIFY), vi())).hasValue("Xin mời đưa mã QR trên thẻ "
                + "Căn cước vào đầu đọc, hoặc nhập số định danh, hoặc chạm Tiếp tục không cần thẻ.");
        assertThat(Guidance.sentence(withPersonalData(Step.PRIORITY), new Messages(Locale.ENGLISH)))
                .hasValue("If you are in a priority group, please choose it. If not, touch No priority.");
    }

    @Test
    void theDoneScreenSaysTheNumberDigitByDigitAndWhereToGo() {
        assertThat(Guidance.sentence(withPersonalData(Step.DONE), vi())).hasValue("Số thứ tự của quý khách là A, "
                + "không, một, năm. Xin nhận phiếu ở khe máy in, rồi theo dõi màn hình gọi số và đến quầy khi được "
                + "mời.");
        assertThat(Guidance.sentence(withPersonalData(Step.DONE), new Messages(Locale.ENGLISH))).hasValue("Your "
                + "queue number is A, zero, one, five. Please take the ticket from the printer slot, watch the "
                + "calling board, and go to the counter when called.");
    }

    @Test
    void theFiledScreenSaysTheDossierIsOnlyPreparedAndWhatToBringToTheCounter() {
        // Issue 22: the kiosk prepares a dossier; only an official at the counter receives it.
        String vi = Guidance.sentence(withPersonalData(Step.FILED), vi()).orElseThrow();
        assertThat(vi).contains("chưa được tiếp nhận", "phiếu chuẩn bị hồ sơ", "thẻ Căn cước", "đến quầy")
                .doesNotContain("đã được tiếp nhận", "giấy hẹn");
        String en = Guidance.sentence(withPersonalData(Step.FILED), new Messages(Locale.ENGLISH)).orElseThrow();
        assertThat(en).contains("not yet received", "preparation slip", "ID card", "counter")
                .doesNotContain("has been received", "appointment slip");
    }

    @Test
    void noScreenEverSpeaksANameAnIdNumberOrAnAddress() {
        List<String> personal = new ArrayList<>(List.of(CARD.idNumber(), CARD.oldIdNumber(), CARD.fullName(),
                "Nguyễn", "Hoà", "Hàng Bạc", "Hoàn Kiếm", "ngõ 34", "1948", "09/03/1948"));
        for (String language : List.of("vi", "en")) {
            // The ID number as the engine would read it aloud, digit by digit or as a quantity.
            personal.add(SpokenNumbers.ticket(CARD.idNumber(), SpokenNumbers.Reading.DIGITS, language));
            personal.add(SpokenNumbers.ticket("004567", SpokenNumbers.Reading.DIGITS, language));
        }
        for (Messages m : List.of(vi(), new Messages(Locale.ENGLISH))) {
            for (Step step : Step.values()) {
                String said = Guidance.sentence(withPersonalData(step), m).orElse("");
                for (String p : personal) {
                    assertThat(said).as(step + " " + m.locale()).doesNotContainIgnoringCase(p);
                }
            }
        }
    }
}
