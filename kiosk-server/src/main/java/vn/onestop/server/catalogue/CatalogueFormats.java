package vn.onestop.server.catalogue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.onestop.core.config.ConfigException;
import vn.onestop.core.config.CsvTable;
import vn.onestop.server.Rejection;

/**
 * The catalogue's import and export formats: the JSON of {@code procedures.json} (a whole document, or a list of
 * procedure entries) and a CSV with one procedure a line, whose columns are entry fields of {@code procedures.json}
 * (lists joined with {@value #LIST_SEPARATOR}). Pure: text in, entries out.
 */
public final class CatalogueFormats {
    /** Joins the items of a list field in one CSV cell. */
    public static final String LIST_SEPARATOR = " | ";
    /** The CSV columns, in export order; an import may give any of them, with {@code code} required. */
    public static final List<String> CSV_COLUMNS = List.of("code", "name_vi", "name_en", "field_vi", "field_en",
            "service", "channel", "online", "processing_days", "fee_vnd", "postal_return", "cutoff_15h",
            "fileable_at_kiosk", "national_code", "portal_url", "documents_vi", "processing_note", "fee_note",
            "unverified", "source", "channel_source");
    private static final Set<String> WHOLE_NUMBERS = Set.of("processing_days", "fee_vnd");
    private static final Set<String> BOOLEANS = Set.of("postal_return", "cutoff_15h", "fileable_at_kiosk");
    private static final Set<String> LISTS = Set.of("documents_vi", "unverified");
    /** Fields whose empty cell means null (the others: an empty text, which the catalogue check refuses). */
    private static final Set<String> NULLABLE = Set.of("processing_days", "fee_vnd", "postal_return",
            "national_code", "portal_url", "processing_note", "fee_note", "channel_source");

    private CatalogueFormats() {}

    /**
     * Reads a JSON import: a {@code procedures.json} document (its {@code procedures} are imported) or a list of
     * entries; each entry keeps the line it starts on.
     */
    public static List<ProcedureEdits.ImportLine> fromJson(ObjectMapper json, String text) {
        List<ProcedureEdits.ImportLine> lines = new ArrayList<>();
        try (JsonParser p = json.getFactory().createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_OBJECT) {
                if (!seekProcedures(p)) {
                    throw Rejection.invalid("line 1: the JSON object has no 'procedures' list: send procedures.json "
                            + "or a list of procedure entries");
                }
            } else if (first != JsonToken.START_ARRAY) {
                throw Rejection.invalid("line 1: send procedures.json or a JSON list of procedure entries");
            }
            int index = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                index++;
                int line = p.currentTokenLocation().getLineNr();
                JsonNode entry = json.readTree(p);
                if (entry == null || !entry.isObject()) {
                    throw Rejection.invalid("line " + line + ": entry " + index + " is not a JSON object");
                }
                lines.add(new ProcedureEdits.ImportLine(line, (ObjectNode) entry));
            }
        } catch (JsonProcessingException e) {
            throw Rejection.invalid("line " + e.getLocation().getLineNr() + ": not valid JSON ("
                    + e.getOriginalMessage() + "): nothing was imported");
        } catch (IOException e) {
            throw Rejection.invalid("The import could not be read: " + e.getMessage());
        }
        return lines;
    }

    /** Moves the parser into the top-level {@code procedures} array; false when there is none. */
    private static boolean seekProcedures(JsonParser p) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("procedures") && value == JsonToken.START_ARRAY) {
                return true;
            }
            p.skipChildren();
        }
        return false;
    }

    /** Reads a CSV import (header row of {@link #CSV_COLUMNS} names, {@code code} required). */
    public static List<ProcedureEdits.ImportLine> fromCsv(ObjectMapper json, String text) {
        CsvTable table;
        try {
            table = CsvTable.parse(Path.of("import.csv"), text, "code");
        } catch (ConfigException e) {
            throw Rejection.invalid(e.getMessage() + ": nothing was imported");
        }
        for (String column : table.header()) {
            if (!CSV_COLUMNS.contains(column)) {
                throw Rejection.invalid("line 1: unknown column '" + column + "' (columns: " + CSV_COLUMNS
                        + "): nothing was imported");
            }
        }
        List<ProcedureEdits.ImportLine> lines = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            ObjectNode entry = json.createObjectNode();
            for (String column : table.header()) {
                cell(entry, column, row.get(column), row.line());
            }
            lines.add(new ProcedureEdits.ImportLine(row.line(), entry));
        }
        return lines;
    }

    private static void cell(ObjectNode entry, String column, String value, int line) {
        String v = value.strip();
        if (v.isEmpty() && NULLABLE.contains(column)) {
            entry.putNull(column);
        } else if (LISTS.contains(column)) {
            ArrayNode list = entry.putArray(column);
            if (!v.isEmpty()) {
                for (String item : v.split(java.util.regex.Pattern.quote(LIST_SEPARATOR.strip()))) {
                    if (!item.isBlank()) {
                        list.add(item.strip());
                    }
                }
            }
        } else if (WHOLE_NUMBERS.contains(column)) {
            try {
                entry.put(column, Long.parseLong(v.replace(".", "").replace(",", "")));
            } catch (NumberFormatException e) {
                throw Rejection.invalid("line " + line + ": column '" + column + "': '" + v
                        + "' is not a whole number: nothing was imported");
            }
        } else if (BOOLEANS.contains(column)) {
            switch (v.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "có" -> entry.put(column, true);
                case "false", "no", "không" -> entry.put(column, false);
                default -> throw Rejection.invalid("line " + line + ": column '" + column + "': '" + v
                        + "' must be true or false: nothing was imported");
            }
        } else {
            entry.put(column, v);
        }
    }

    /** The procedures as CSV: a header of {@link #CSV_COLUMNS}, one line each (an import takes it back). */
    public static String toCsv(List<ObjectNode> procedures) {
        StringBuilder b = new StringBuilder(String.join(",", CSV_COLUMNS)).append('\n');
        for (ObjectNode p : procedures) {
            List<String> cells = new ArrayList<>();
            for (String column : CSV_COLUMNS) {
                JsonNode v = p.get(column);
                String text;
                if (v == null || v.isNull()) {
                    text = "";
                } else if (v.isArray()) {
                    List<String> items = new ArrayList<>();
                    v.forEach(i -> items.add(i.asText()));
                    text = String.join(LIST_SEPARATOR, items);
                } else {
                    text = v.asText();
                }
                cells.add(quote(text));
            }
            b.append(String.join(",", cells)).append('\n');
        }
        return b.toString();
    }

    private static String quote(String text) {
        String oneLine = text.replace("\r", " ").replace("\n", " ");
        if (oneLine.contains(",") || oneLine.contains("\"") || oneLine.startsWith(" ") || oneLine.endsWith(" ")) {
            return "\"" + oneLine.replace("\"", "\"\"") + "\"";
        }
        return oneLine;
    }
}
