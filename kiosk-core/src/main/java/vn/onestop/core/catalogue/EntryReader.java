package vn.onestop.core.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** Reads typed fields of one JSON entry; every failure names the file, the entry and the field. */
final class EntryReader {

    private final Path file;
    private final String entry;
    private final JsonNode node;

    EntryReader(Path file, String entry, JsonNode node) {
        this.file = file;
        this.entry = entry;
        this.node = node;
        if (!node.isObject()) {
            throw new CatalogueException(file, entry + ": must be a JSON object");
        }
    }

    CatalogueException error(String field, String problem) {
        return new CatalogueException(file, entry + ": field '" + field + "': " + problem);
    }

    void rejectUnknown(Set<String> known) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new CatalogueException(file, entry + ": unknown field '" + name + "' (known fields: "
                        + known.stream().sorted().toList() + ")");
            }
        }
    }

    String text(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw error(field, "is missing");
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw error(field, "must be a non-empty text");
        }
        return nfc(value.asText().strip());
    }

    String optionalText(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            throw error(field, "must be a text or null");
        }
        return nfc(value.asText().strip());
    }

    List<String> textList(String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw error(field, "is missing (use [] for none)");
            }
            return List.of();
        }
        if (!value.isArray()) {
            throw error(field, "must be a list of texts");
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isTextual() || item.asText().isBlank()) {
                throw error(field, "item " + i + " must be a non-empty text");
            }
            texts.add(nfc(item.asText().strip()));
        }
        return texts;
    }

    Integer optionalInt(String field, int max) {
        JsonNode value = required(field);
        if (value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || value.asLong() < 0 || value.asLong() > max) {
            throw error(field, "must be a whole number from 0 to " + max + ", or null when not known");
        }
        return value.asInt();
    }

    Long optionalLong(String field) {
        JsonNode value = required(field);
        if (value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0) {
            throw error(field, "must be a whole number >= 0, or null when set by the province");
        }
        return value.asLong();
    }

    Boolean optionalBoolean(String field) {
        JsonNode value = required(field);
        if (value.isNull()) {
            return null;
        }
        return bool(field, value);
    }

    boolean bool(String field) {
        JsonNode value = required(field);
        if (value.isNull()) {
            throw error(field, "must be true or false");
        }
        return bool(field, value);
    }

    private boolean bool(String field, JsonNode value) {
        if (!value.isBoolean()) {
            throw error(field, "must be true or false");
        }
        return value.asBoolean();
    }

    private JsonNode required(String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            throw error(field, "is missing");
        }
        return value;
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
