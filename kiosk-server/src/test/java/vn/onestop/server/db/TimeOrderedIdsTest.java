package vn.onestop.server.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Ticket ids: standard UUIDs (version 7) that sort by creation time and never repeat. */
class TimeOrderedIdsTest {
    @Test
    void idsAreVersionSevenUuidsInTimeOrderAndUnique() {
        List<String> ids = new ArrayList<>();
        for (long millis = 1_764_000_000_000L; millis < 1_764_000_000_000L + 2_000; millis += 7) {
            TimeOrderedIds source = new TimeOrderedIds(Clock.fixed(Instant.ofEpochMilli(millis), ZoneOffset.UTC));
            ids.add(source.next());
            ids.add(source.next());
        }
        for (String id : ids) {
            UUID uuid = UUID.fromString(id);
            assertThat(uuid.version()).isEqualTo(7);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(uuid.toString()).isEqualTo(id);
        }
        assertThat(new HashSet<>(ids)).hasSize(ids.size());
        // Ids of different milliseconds sort by time (as text too, which is how the index compares them).
        for (int i = 2; i < ids.size(); i += 2) {
            assertThat(ids.get(i)).isGreaterThan(ids.get(i - 2)).isGreaterThan(ids.get(i - 1));
        }
        assertThat(UUID.fromString(ids.get(0)).getMostSignificantBits() >>> 16).isEqualTo(1_764_000_000_000L);
    }
}
