package vn.onestop.core.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.core.config.ConfigException;
import vn.onestop.core.identity.CccdParser;
import vn.onestop.core.identity.CitizenIdentity;
import vn.onestop.core.identity.IdentityResult;
import vn.onestop.core.identity.ProvinceCodes;
import vn.onestop.core.testing.TestConfig;

class SampleCardsTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private final CccdParser parser = new CccdParser(ProvinceCodes.load(TestConfig.file("provinces.csv")),
            Clock.fixed(LocalDate.of(2026, 11, 25).atStartOfDay(VN).toInstant(), VN));
    private final List<SampleCards.SampleCard> cards = SampleCards.load(TestConfig.file("demo/sample-cards.txt"));

    @Test
    void everyDemoCardIsAcceptedOrRefusedAsItsLabelSays() {
        assertThat(cards).hasSizeBetween(6, 10);
        for (SampleCards.SampleCard card : cards) {
            IdentityResult result = parser.parse(card.payload());
            assertThat(result.valid()).as(card.label()).isEqualTo(!card.meantInvalid());
        }
        assertThat(cards).filteredOn(SampleCards.SampleCard::meantInvalid).hasSize(2);
    }

    @Test
    void demoCoversTheCasesTheKioskMustShow() {
        List<CitizenIdentity> valid = cards.stream().map(c -> parser.parse(c.payload()))
                .flatMap(r -> r.identity().stream()).toList();
        assertThat(valid).anyMatch(id -> id.dateOfBirth().getYear() < 1960);
        assertThat(valid).anyMatch(CitizenIdentity::hasOldIdNumber);
        assertThat(cards).anyMatch(c -> c.payload().split("\\|", -1).length > 7 && !c.meantInvalid());
        List<String> refused = cards.stream().filter(SampleCards.SampleCard::meantInvalid)
                .flatMap(c -> parser.parse(c.payload()).problemCodes().stream()).toList();
        assertThat(refused).contains("BIRTH_DATE_INVALID", "ID_BIRTH_YEAR_MISMATCH");
    }

    @Test
    void lineWithoutTabIsReported(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("cards.txt"), "# demo\nno tab here\n");
        assertThatThrownBy(() -> SampleCards.load(file)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 2");
    }
}
