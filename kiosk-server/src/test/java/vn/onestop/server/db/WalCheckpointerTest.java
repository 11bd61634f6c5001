package vn.onestop.server.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer never copies its log into the database file itself (SQLite's checkpoint inside a commit held up every
 * request behind it); the checkpoint thread does, so the log file is reused instead of growing with every write.
 */
class WalCheckpointerTest {
    private static final int ROW_BYTES = 16 * 1024;
    private static final int ROWS = 200;
    @TempDir
    Path dir;

    @Test
    void theLogIsCopiedInTheBackgroundAndItsFileStopsGrowing() throws Exception {
        try (Database db = Database.openSqlite(dir)) {
            db.write(c -> Rows.update(c, "CREATE TABLE probe (id INTEGER PRIMARY KEY, data BLOB)"));
            WriterStats stats = db.writerStats().orElseThrow();
            writeRows(db, 0);
            waitForCheckpointOf(stats, stats.snapshot().commits());
            Path wal = dir.resolve("onestop.db-wal");
            long logAfterFirst = Files.size(wal);
            // Copied into the database file, the log starts again from its beginning: the second round of writes
            // reuses the same space instead of adding another 3 MB.
            writeRows(db, ROWS);
            assertThat(Files.size(wal)).as("log file after twice the data").isLessThan(logAfterFirst + ROWS * ROW_BYTES / 2);
            assertThat(Files.size(dir.resolve("onestop.db"))).as("database file holds the first round")
                    .isGreaterThan((long) ROWS * ROW_BYTES);
            long rows = db.read(c -> Rows.count(c, "SELECT COUNT(*) FROM probe"));
            assertThat(rows).isEqualTo(2L * ROWS);
        }
    }

    private static void writeRows(Database db, int from) {
        byte[] data = new byte[ROW_BYTES];
        for (int i = from; i < from + ROWS; i++) {
            int id = i;
            db.write(c -> Rows.update(c, "INSERT INTO probe (id, data) VALUES (?, ?)", id, data));
        }
    }

    /**
     * Polls until a checkpoint has copied the first {@code commits} commits (one runs a few times a second). A
     * checkpoint that started during the writes would not do: the log starts again only once all of it is copied.
     */
    private static void waitForCheckpointOf(WriterStats stats, long commits) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (stats.checkpointedThrough() < commits) {
            assertThat(System.nanoTime()).as("a checkpoint in time").isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}
