package vn.onestop.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.core.testing.TestConfig;

class MalformedCatalogueTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Writes the shipped catalogue with one change applied to the 4th procedure (HC-PT). */
    private Path withFourthProcedure(Consumer<ObjectNode> change) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(TestConfig.file("catalogue/procedures.json").toFile());
        change.accept((ObjectNode) root.get("procedures").get(3));
        Path file = dir.resolve("procedures.json");
        JSON.writeValue(file.toFile(), root);
        return file;
    }

    private static void assertNames(Path file, String field, String problem) {
        assertThatThrownBy(() -> ProcedureCatalogue.load(file))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("procedures[3] (code HC-PT)")
                .hasMessageContaining("'" + field + "'")
                .hasMessageContaining(problem);
    }

    @Test
    void shippedCatalogueLoadsUnchangedThroughTheHelper() throws IOException {
        assertThat(ProcedureCatalogue.load(withFourthProcedure(p -> { })).all()).hasSize(25);
    }

    @Test
    void missingField() throws IOException {
        assertNames(withFourthProcedure(p -> p.remove("name_vi")), "name_vi", "is missing");
    }

    @Test
    void wrongTypes() throws IOException {
        assertNames(withFourthProcedure(p -> p.put("fee_vnd", "200.000đ")), "fee_vnd", "whole number");
        assertNames(withFourthProcedure(p -> p.put("fee_vnd", -1)), "fee_vnd", "whole number");
        assertNames(withFourthProcedure(p -> p.put("processing_days", 7.5)), "processing_days", "whole number");
        assertNames(withFourthProcedure(p -> p.put("cutoff_15h", "yes")), "cutoff_15h", "true or false");
        assertNames(withFourthProcedure(p -> p.putNull("fileable_at_kiosk")), "fileable_at_kiosk", "true or false");
        assertNames(withFourthProcedure(p -> p.put("documents_vi", "CCCD")), "documents_vi", "list");
        assertNames(withFourthProcedure(p -> ((ArrayNode) p.get("documents_vi")).add("")), "documents_vi", "item");
    }

    @Test
    void badValues() throws IOException {
        assertNames(withFourthProcedure(p -> p.put("online", "sometimes")), "online", "none, partial, full");
        assertNames(withFourthProcedure(p -> p.put("service", "Z")), "service", "no service");
        Path duplicate = withFourthProcedure(p -> p.put("code", "LLTP-1"));
        assertThatThrownBy(() -> ProcedureCatalogue.load(duplicate)).hasMessageContaining("procedures[3] (code LLTP-1)")
                .hasMessageContaining("'code'").hasMessageContaining("already used");
        assertNames(withFourthProcedure(p -> p.put("cutof_15h", true)), "cutof_15h", "unknown field");
    }

    @Test
    void badServiceNamesTheServiceEntry() throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(TestConfig.file("catalogue/procedures.json").toFile());
        ((ObjectNode) root.get("services").get(1)).put("code", "b1");
        Path file = dir.resolve("services.json");
        JSON.writeValue(file.toFile(), root);
        assertThatThrownBy(() -> ProcedureCatalogue.load(file)).hasMessageContaining("services[1] (code b1)")
                .hasMessageContaining("'code'").hasMessageContaining("capital letters");
    }

    @Test
    void syntaxErrorGivesLineAndColumn() throws IOException {
        Path file = Files.writeString(dir.resolve("broken.json"), "{\n  \"services\": [\n    {\"code\": \"A\",}\n");
        assertThatThrownBy(() -> ProcedureCatalogue.load(file)).isInstanceOf(CatalogueException.class)
                .hasMessageContaining("broken.json").hasMessageContaining("line 3");
    }

    @Test
    void duplicateKeysAndMissingFilesAreReported() throws IOException {
        Path dup = Files.writeString(dir.resolve("dup.json"), "{\"services\": [], \"services\": []}");
        assertThatThrownBy(() -> ProcedureCatalogue.load(dup)).hasMessageContaining("services");
        assertThatThrownBy(() -> ProcedureCatalogue.load(dir.resolve("none.json")))
                .isInstanceOf(CatalogueException.class).hasMessageContaining("none.json")
                .hasMessageContaining("cannot read");
        Path empty = Files.writeString(dir.resolve("empty.json"), "{\"services\": [], \"procedures\": []}");
        assertThatThrownBy(() -> ProcedureCatalogue.load(empty)).hasMessageContaining("'services'")
                .hasMessageContaining("non-empty list");
    }
}
