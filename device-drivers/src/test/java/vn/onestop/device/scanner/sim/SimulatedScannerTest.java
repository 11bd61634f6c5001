package vn.onestop.device.scanner.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.device.scanner.CccdSamples;
import vn.onestop.device.scanner.EventRecorder;
import vn.onestop.device.scanner.IdentityReader;
import vn.onestop.device.scanner.ScanEvent;
import vn.onestop.device.scanner.TestIdentity;

class SimulatedScannerTest {

    private static Path sampleFile() throws URISyntaxException {
        return Path.of(SimulatedScannerTest.class.getResource("/scanner/sample-cards.txt").toURI());
    }

    @Test
    void sampleCardsLoadWithBadLinesListedByNumberOnly() throws Exception {
        SampleCards cards = SampleCards.load(sampleFile());
        assertThat(cards.cards()).extracting(SampleCards.Card::label)
                .containsExactly("Hà Nội, nữ 1999", "TP.HCM, nam 1985", "Vé (ticket code)");
        assertThat(cards.cards().get(0).payload()).isEqualTo(CccdSamples.HANOI_WOMAN);
        assertThat(cards.problems()).containsExactly("line 6: no TAB between label and payload", "line 7: empty label");
    }

    @Test
    void theShippedDemoCardsReadAsTheirLabelsSay() throws Exception {
        SampleCards cards = SampleCards.loadDemo(Path.of(System.getProperty("onestop.config.dir")));
        assertThat(cards.problems()).isEmpty();
        assertThat(cards.cards()).hasSizeGreaterThanOrEqualTo(4);
        IdentityReader reader = TestIdentity.reader();
        for (SampleCards.Card card : cards.cards()) {
            IdentityReader.Outcome outcome = reader.read(
                    new ScanEvent.CodeScanned(card.payload(), ScanEvent.Source.SIMULATED, java.time.Instant.EPOCH));
            assertThat(outcome).as(card.label()).isInstanceOf(card.label().contains("INVALID")
                    ? IdentityReader.Outcome.Refused.class : IdentityReader.Outcome.Accepted.class);
        }
    }

    @Test
    void theShippedDemoCardsCoverTheCasesTheKioskMustShow() throws Exception {
        var parser = TestIdentity.parser();
        java.util.List<SampleCards.Card> cards = SampleCards.loadDemo(Path.of(System.getProperty("onestop.config.dir")))
                .cards();
        java.util.function.Predicate<SampleCards.Card> meantInvalid = c -> c.label().contains("INVALID");
        assertThat(cards).hasSizeBetween(6, 10).filteredOn(meantInvalid).hasSize(2);
        java.util.List<vn.onestop.core.identity.CitizenIdentity> valid = cards.stream()
                .map(c -> parser.parse(c.payload())).flatMap(r -> r.identity().stream()).toList();
        assertThat(valid).anyMatch(id -> id.dateOfBirth().getYear() < 1960);
        assertThat(valid).anyMatch(vn.onestop.core.identity.CitizenIdentity::hasOldIdNumber);
        assertThat(cards).anyMatch(c -> c.payload().split("\\|", -1).length > 7 && !meantInvalid.test(c));
        java.util.List<String> refused = cards.stream().filter(meantInvalid)
                .flatMap(c -> parser.parse(c.payload()).problemCodes().stream()).toList();
        assertThat(refused).contains("BIRTH_DATE_INVALID", "ID_BIRTH_YEAR_MISMATCH");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithItsName(@TempDir Path dir) throws IOException {
        Path latin1 = dir.resolve("cards.txt");
        Files.write(latin1, new byte[] {'A', '\t', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> SampleCards.load(latin1)).isInstanceOf(IOException.class)
                .hasMessageContaining("cards.txt").hasMessageContaining("UTF-8");
    }

    @Test
    void scannedSampleCardsBecomeIdentitiesOnTheScannerThread() throws Exception {
        SampleCards cards = SampleCards.load(sampleFile());
        EventRecorder recorder = new EventRecorder();
        try (SimulatedScanner scanner = new SimulatedScanner(Clock.systemUTC())) {
            scanner.onScan(recorder);
            assertThat(scanner.scan("before start")).isFalse();
            scanner.start();
            cards.cards().forEach(scanner::scan);
            scanner.fail("invalid-utf8");
            recorder.awaitCount(4, Duration.ofSeconds(5));
        }
        assertThat(recorder.codes()).containsExactly(CccdSamples.HANOI_WOMAN, CccdSamples.HCMC_MAN, "A-0427");
        assertThat(recorder.failures()).containsExactly("invalid-utf8");
        assertThat(recorder.threads()).containsOnly("scanner-simulated");
        IdentityReader reader = TestIdentity.reader();
        assertThat(recorder.events()).extracting(reader::read).extracting(o -> o.getClass().getSimpleName())
                .containsExactly("Accepted", "Accepted", "Refused", "Refused");
        assertThat(recorder.events()).allMatch(e -> e.source() == ScanEvent.Source.SIMULATED);
    }
}
