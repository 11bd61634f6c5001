package vn.onestop.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import vn.onestop.core.testing.TestConfig;

/**
 * Coverage-guided fuzzing of the CCCD QR parser with any bytes a scanner could deliver (decoded as UTF-8
 * the way the serial framer does, malformed sequences becoming U+FFFD). Invariants: nothing escapes,
 * a result is either a whole identity with no problem or problems with no identity, and each payload is
 * judged in bounded time. Regression inputs: {@code CccdParserFuzzTestInputs/parsesAnyPayload/}.
 */
@Tag("fuzz")
class CccdParserFuzzTest {

    /** Far above the microseconds a payload takes: only a pathological (e.g. regex) blow-up trips it. */
    private static final Duration BOUND = Duration.ofSeconds(1);
    private static final CccdParser PARSER = new CccdParser(ProvinceCodes.load(TestConfig.file("provinces.csv")),
            CccdParserTest.TODAY);

    static {
        PARSER.parse("079185004321|025123456|Trần Thị Bình|02111985|Nữ|45/6 Lê Lợi|22062021"); // warm up
    }

    @FuzzTest(maxDuration = "10s")
    void parsesAnyPayload(byte[] data) {
        String payload = new String(data, StandardCharsets.UTF_8);
        long start = System.nanoTime();
        IdentityResult result = PARSER.parse(payload);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(took).isLessThan(BOUND);
        if (result.valid()) {
            CitizenIdentity id = result.identity().orElseThrow(() -> new AssertionError("valid but no identity"));
            assertThat(id.idNumber()).matches("\\d{12}");
            assertThat(id.fullName()).isNotBlank().hasSizeLessThanOrEqualTo(CccdParser.MAX_NAME_CHARS);
            assertThat(id.placeOfResidence()).hasSizeLessThanOrEqualTo(CccdParser.MAX_ADDRESS_CHARS);
            assertThat(id.issueDate()).isAfterOrEqualTo(id.dateOfBirth());
        } else {
            assertThat(result.identity()).isEmpty();
            assertThat(result.problems()).isNotEmpty()
                    .allSatisfy(p -> assertThat(p.messageVi()).isNotBlank());
        }
        IdentityResult typed = PARSER.checkIdNumber(payload);
        assertThat(typed.identity()).isEmpty();
    }
}
