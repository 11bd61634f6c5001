package vn.onestop.server.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** The catalogue's JSON as the database keeps it: text to tree and back, and a whole {@code procedures.json}. */
final class CatalogueJson {
    private final ObjectMapper json;

    CatalogueJson(ObjectMapper json) {
        this.json = json;
    }

    ObjectMapper mapper() {
        return json;
    }

    /** {@code document} (without procedures) with {@code procedures} as its list, in their order (copies). */
    ObjectNode withProcedures(ObjectNode document, Map<String, ObjectNode> procedures) {
        ObjectNode full = document.deepCopy();
        ArrayNode list = full.putArray("procedures");
        procedures.values().forEach(p -> list.add(p.deepCopy()));
        return full;
    }

    JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The catalogue in the database is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
