package vn.onestop.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.onestop.core.testing.TestConfig;

class CccdParserTest {

    static final Clock TODAY = Clock.fixed(ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0,
            ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(), ZoneId.of("Asia/Ho_Chi_Minh"));
    private final CccdParser parser = new CccdParser(ProvinceCodes.load(TestConfig.file("provinces.csv")), TODAY);

    static List<CccdPayloads.Case> payloads() {
        return CccdPayloads.all();
    }

    @Test
    void theResourceHoldsAtLeastSixtyPayloadsBothValidAndInvalid() {
        assertThat(payloads()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(payloads()).filteredOn(CccdPayloads.Case::valid).hasSizeGreaterThanOrEqualTo(20);
        assertThat(payloads()).filteredOn(c -> !c.valid()).hasSizeGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void everyPayloadGivesItsExpectedOutcome(CccdPayloads.Case c) {
        IdentityResult result = parser.parse(c.payload());
        if (c.valid()) {
            assertThat(result.problemCodes()).isEmpty();
            assertThat(result.valid()).isTrue();
            CitizenIdentity id = result.identity().orElseThrow();
            assertThat(id.idNumber()).matches("\\d{12}");
            assertThat(id.fullName()).isEqualTo(Normalizer.normalize(id.fullName(), Normalizer.Form.NFC))
                    .doesNotStartWith(" ").doesNotContain("  ");
        } else {
            assertThat(result.valid()).isFalse();
            assertThat(result.identity()).isEmpty();
            assertThat(result.problemCodes()).containsExactlyInAnyOrderElementsOf(c.expectedCodes());
            assertThat(result.problems()).allSatisfy(p -> {
                assertThat(p.messageVi()).isNotBlank();
                assertThat(p.messageEn()).isNotBlank();
            });
        }
    }

    @Test
    void readsEveryFieldOfAStandardCard() {
        IdentityResult result = parser.parse(
                "079185004321|025123456|Trần Thị Bình|02111985|Nữ|45/6 Đường Lê Lợi, Phường Bến Thành|22062021\r\n");
        assertThat(result.identity()).hasValue(new CitizenIdentity("079185004321", "025123456", "Trần Thị Bình",
                LocalDate.of(1985, 11, 2), Sex.FEMALE, "45/6 Đường Lê Lợi, Phường Bến Thành",
                LocalDate.of(2021, 6, 22)));
    }

    @Test
    void ignoresTheExtraFieldsOfThe2024Card() {
        CitizenIdentity id = parser.parse("048195006789||Lê Thị Cúc|30071995|Nữ|Đà Nẵng|01072024|201234567|"
                + "Lê Văn Dũng|Phạm Thị Em").identity().orElseThrow();
        assertThat(id.fullName()).isEqualTo("Lê Thị Cúc");
        assertThat(id.issueDate()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(id.hasOldIdNumber()).isFalse();
        assertThat(id.oldIdNumber()).isEmpty();
    }

    @Test
    void normalisesDecomposedVietnameseToNfc() {
        String decomposed = Normalizer.normalize("Nguyễn Văn An", Normalizer.Form.NFD);
        CitizenIdentity id = parser.parse("001090012345||" + decomposed + "|15031990|Nam|Hà Nội|10042021")
                .identity().orElseThrow();
        assertThat(id.fullName()).isEqualTo("Nguyễn Văn An").hasSize(13);
    }

    @Test
    void toStringMasksEveryPersonalField() {
        CitizenIdentity id = parser.parse("079185004321|025123456|Trần Thị Bình|02111985|Nữ|45/6 Lê Lợi|22062021")
                .identity().orElseThrow();
        String text = id.toString() + " " + parser.parse("079185004321|025123456|Trần Thị Bình|02111985|Nữ|x|"
                + "22062021");
        assertThat(text).startsWith("CitizenIdentity[id=0791********")
                .doesNotContain("85004321", "025123456", "Trần", "Bình", "1985", "02111985", "Lê Lợi", "FEMALE",
                        "2021");
    }

    @Test
    void invalidResultsDoNotQuoteTheInput() {
        IdentityResult result = parser.parse("001091012345|12|Nguyễn Văn An|15031990|Nữ|Hà Nội|10042099");
        assertThat(result.toString()).doesNotContain("001091012345", "Nguyễn", "15031990", "Hà Nội");
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.messageVi() + p.messageEn())
                .doesNotContain("001091012345", "Nguyễn", "1990", "2099"));
    }

    @Test
    void nullPayloadIsAProblemNotAnException() {
        assertThat(parser.parse(null).problemCodes()).containsExactly("PAYLOAD_EMPTY");
        assertThat(parser.checkIdNumber(null).problemCodes()).containsExactly("ID_FORMAT");
    }

    @Test
    void randomGarbageNeverThrowsAndNeverYieldsAPartialIdentity() {
        Random random = new Random(20261125);
        String alphabet = "0123456789|||Nữam ăâđêôơưĐạếữ\r\n\t\u0000\u200b\uFFFD\uD800x/-";
        for (int i = 0; i < 5000; i++) {
            StringBuilder payload = new StringBuilder();
            int length = random.nextInt(120);
            for (int j = 0; j < length; j++) {
                payload.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThatCode(() -> {
                IdentityResult result = parser.parse(payload.toString());
                assertThat(result.valid()).isEqualTo(result.identity().isPresent());
                assertThat(result.valid()).isEqualTo(result.problems().isEmpty());
            }).doesNotThrowAnyException();
        }
    }

    @Test
    void typedNumbersAreCheckedForFormatProvinceAndPlausibleBirthYear() {
        assertThat(parser.checkIdNumber("001090012345").valid()).isTrue();
        assertThat(parser.checkIdNumber("0010 9001 2345").valid()).isTrue();
        assertThat(parser.checkIdNumber("001090012345").identity()).isEmpty();
        assertThat(parser.checkIdNumber("001325000123").valid()).as("girl born 2025").isTrue();
        assertThat(parser.checkIdNumber("00109001234").problemCodes()).containsExactly("ID_FORMAT");
        assertThat(parser.checkIdNumber("abc").problemCodes()).containsExactly("ID_FORMAT");
        assertThat(parser.checkIdNumber("003090012345").valid()).as("unknown province: warned, not refused").isTrue();
        assertThat(parser.checkIdNumber("003090012345").warningCodes()).containsExactly("ID_PROVINCE_UNKNOWN");
        assertThat(parser.checkIdNumber("001090012345").warningCodes()).isEmpty();
        assertThat(parser.checkIdNumber("001299012345").problemCodes()).as("born 2099")
                .containsExactly("ID_CENTURY_IMPLAUSIBLE");
        assertThat(parser.checkIdNumber("001400012345").problemCodes()).as("born 2100")
                .containsExactly("ID_CENTURY_IMPLAUSIBLE");
        assertThat(parser.checkIdNumber("000490012345").problemCodes()).containsExactly("ID_CENTURY_IMPLAUSIBLE");
        assertThat(parser.checkIdNumber("1".repeat(5000)).problemCodes()).containsExactly("ID_FORMAT");
    }

    @Test
    void acceptsTheNewCardsQrWithTheSameSevenFieldsFollowedByEmptyOnes() {
        String seven = "001190012345||Nguyễn Thị Lan|15031990|Nữ|Số 8 phố Hàng Bông, Phường Hoàn Kiếm, Thành phố Hà Nội"
                + "|01072024";
        for (int empties : new int[] {1, 3, 6, 13, 40}) {
            IdentityResult result = parser.parse(seven + "|".repeat(empties) + "\r\n");
            assertThat(result.problemCodes()).as("%d trailing empty fields", empties).isEmpty();
            CitizenIdentity id = result.identity().orElseThrow();
            assertThat(id.fullName()).isEqualTo("Nguyễn Thị Lan");
            assertThat(id.placeOfResidence()).isEqualTo("Số 8 phố Hàng Bông, Phường Hoàn Kiếm, Thành phố Hà Nội");
            assertThat(id.issueDate()).isEqualTo(LocalDate.of(2024, 7, 1));
        }
        assertThat(parser.parse(seven + "|  | |").valid()).as("blank padding").isTrue();
        assertThat(parser.parse(seven + "|Nguyễn Văn Cha|Trần Thị Mẹ||").valid()).as("extras then padding").isTrue();
        assertThat(parser.parse(seven + "|x".repeat(14)).problemCodes()).as("14 non-empty extras")
                .containsExactly("FIELDS_TOO_MANY");
    }

    @Test
    void fieldSixIsThePlaceOfResidenceAndMayBeEmpty() {
        CitizenIdentity id = parser.parse("001190012345||Nguyễn Thị Lan|15031990|Nữ||01072024|||").identity()
                .orElseThrow();
        assertThat(id.placeOfResidence()).isEmpty();
        assertThat(id.toString()).contains("placeOfResidence=***").doesNotContain("Lan");
    }

    @Test
    void aWellFormedNumberOutsideTheSixtyThreeProvinceCodesIsWarnedNeverRefused() {
        IdentityResult result = parser.parse(
                "999090012345||Nguyễn Văn An|15031990|Nam|Số 12 phố Hàng Bông, Phường Hoàn Kiếm, Hà Nội|10042021");
        assertThat(result.valid()).isTrue();
        assertThat(result.identity()).isPresent();
        assertThat(result.warningCodes()).containsExactly("ID_PROVINCE_UNKNOWN");
        assertThat(result.warnings().get(0).messageVi()).contains("cán bộ");
        assertThat(parser.parse("001090012345||Nguyễn Văn An|15031990|Nam|Hà Nội|10042021").warningCodes()).isEmpty();
        assertThat(parser.parse("999090012345||Nguyễn Văn An|15031990|Nam|Hà Nội|10042099").problemCodes())
                .as("other problems still refuse").containsExactly("ISSUE_DATE_FUTURE");
    }
}
