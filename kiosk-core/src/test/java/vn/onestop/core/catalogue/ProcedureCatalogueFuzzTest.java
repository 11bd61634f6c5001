package vn.onestop.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import vn.onestop.core.testing.TestConfig;

/**
 * Coverage-guided fuzzing of the catalogue loader with any bytes in {@code procedures.json}. Invariants:
 * the loader either returns a consistent catalogue or throws {@link CatalogueException} naming the file
 * (a technician must be told which file is wrong; nothing else may escape), in bounded time.
 * Regression inputs: {@code ProcedureCatalogueFuzzTestInputs/anyCatalogueFile/}.
 */
@Tag("fuzz")
class ProcedureCatalogueFuzzTest {

    /** Far above the milliseconds a load takes, even on a loaded machine: only a blow-up trips it. */
    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final Path FILE = tempFile();

    static {
        ProcedureCatalogue.load(TestConfig.file("catalogue/procedures.json")); // class loading is not the target's time
    }

    @FuzzTest(maxDuration = "10s")
    void anyCatalogueFile(byte[] data) throws IOException {
        Files.write(FILE, data);
        long start = System.nanoTime();
        try {
            ProcedureCatalogue catalogue = ProcedureCatalogue.load(FILE);
            assertThat(catalogue.services()).isNotEmpty();
            for (Procedure p : catalogue.all()) {
                assertThat(catalogue.byCode(p.code())).contains(p);
                assertThat(catalogue.service(p.serviceCode())).isPresent();
            }
        } catch (CatalogueException e) {
            assertThat(e.getMessage()).contains(FILE.toString());
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND);
    }

    private static Path tempFile() {
        try {
            Path dir = Files.createTempDirectory("catalogue-fuzz");
            dir.toFile().deleteOnExit();
            Path file = dir.resolve("procedures.json");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
