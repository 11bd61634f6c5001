package vn.onestop.kiosk.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.core.slip.DocumentForm;
import vn.onestop.core.slip.ReceivedDocument;
import vn.onestop.core.slip.ReturnMethod;
import vn.onestop.core.wire.Applicant;
import vn.onestop.core.wire.DossierRegistration;
import vn.onestop.testkit.TestClock;

/** Confirmed filings on a real SQLite file: kept across a reopen, replaced per key, removed without a trace. */
class FilingOutboxTest {
    private static final String NAME = "Trần Thị Bích Ngọc";
    private static final String ADDRESS = "Số 12 ngõ 34 phố Tôn Đức Thắng, Đống Đa, Hà Nội";
    private final TestClock clock = new TestClock(Instant.parse("2026-11-25T02:00:00Z"), TestClock.VIETNAM);
    @TempDir
    Path tmp;

    private static DossierRegistration filing(String key, String phone) {
        return new DossierRegistration(key, "LLTP-1", null, new Applicant(NAME, "001190012345",
                LocalDate.of(1990, 3, 7), ADDRESS), phone, null, List.of(new ReceivedDocument("Tờ khai",
                DocumentForm.ORIGINAL, 1)), null, ReturnMethod.POST, ADDRESS, true);
    }

    @Test
    void aStoredFilingComesBackWholeAfterTheFileIsReopenedOldestFirst() throws Exception {
        try (OutboxDatabase file = new OutboxDatabase(tmp.resolve("outbox.sqlite"))) {
            FilingOutbox outbox = new FilingOutbox(file, clock);
            outbox.save(filing("key-00000002", "0912345678"));
            clock.advance(java.time.Duration.ofSeconds(1));
            outbox.save(filing("key-00000001", "0987654321"));
        }
        try (OutboxDatabase file = new OutboxDatabase(tmp.resolve("outbox.sqlite"))) {
            FilingOutbox outbox = new FilingOutbox(file, clock);
            assertThat(outbox.pending()).containsExactly(filing("key-00000002", "0912345678"),
                    filing("key-00000001", "0987654321"));
            assertThat(outbox.holds("key-00000001")).isTrue();
            assertThat(outbox.holds("key-unknown")).isFalse();
        }
    }

    @Test
    void theSameKeyStoredAgainReplacesTheFilingInsteadOfAddingOne() throws Exception {
        try (OutboxDatabase file = new OutboxDatabase(tmp.resolve("outbox.sqlite"))) {
            FilingOutbox outbox = new FilingOutbox(file, clock);
            outbox.save(filing("key-00000001", "0912345678"));
            outbox.save(filing("key-00000001", "0911111111"));
            assertThat(outbox.pending()).containsExactly(filing("key-00000001", "0911111111"));
        }
    }

    @Test
    void aRemovedFilingLeavesNoPersonalDataInAnyFileOfTheFolder() throws Exception {
        try (OutboxDatabase file = new OutboxDatabase(tmp.resolve("outbox.sqlite"))) {
            FilingOutbox outbox = new FilingOutbox(file, clock);
            new OfflineOutbox(file, "K1", clock).pendingCount(); // the ticket outbox uses the same file
            outbox.save(filing("key-00000001", "0912345678"));
            outbox.save(filing("key-00000002", "0912345678"));
            assertThat(filesHolding(NAME)).isNotEmpty();
            outbox.remove("key-00000001");
            outbox.remove("key-00000002");
            assertThat(outbox.scrubbed()).isTrue();
            assertThat(outbox.pendingCount()).isZero();
            assertThat(filesHolding(NAME)).isEmpty();
            assertThat(filesHolding(ADDRESS)).isEmpty();
            assertThat(filesHolding("001190012345")).isEmpty();
        }
    }

    private List<Path> filesHolding(String text) throws Exception {
        String needle = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(f -> {
                try {
                    return new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(needle);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
