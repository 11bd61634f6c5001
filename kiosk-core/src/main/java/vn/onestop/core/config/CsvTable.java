package vn.onestop.core.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small UTF-8 CSV file of the configuration folder: a header row, then one record per line. Lines starting
 * with {@code #} and blank lines are comments. Fields may be quoted with {@code "} (a doubled quote inside
 * stands for one). Text is NFC-normalised. Every row must have exactly the header's columns.
 */
public final class CsvTable {

    /** One data row, with the line number it came from (for error messages). */
    public record Row(int line, Map<String, String> values) {
        public String get(String column) {
            return values.getOrDefault(column, "");
        }
    }

    private final Path file;
    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(Path file, List<String> header, List<Row> rows) {
        this.file = file;
        this.header = header;
        this.rows = rows;
    }

    /**
     * Reads the file and checks that it has the required columns.
     *
     * @throws ConfigException if the file cannot be read, is not UTF-8, lacks a column or has a malformed row
     */
    public static CsvTable read(Path file, String... requiredColumns) {
        return parse(file, readLines(file), requiredColumns);
    }

    /**
     * Reads CSV text that is not a file (an upload); {@code source} names it in error messages.
     *
     * @throws ConfigException if a column is missing or a row is malformed, naming the line
     */
    public static CsvTable parse(Path source, String text, String... requiredColumns) {
        return parse(source, List.of(text.split("\r?\n", -1)), requiredColumns);
    }

    private static CsvTable parse(Path file, List<String> lines, String... requiredColumns) {
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = Normalizer.normalize(stripBom(lines.get(i), i), Normalizer.Form.NFC);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = split(file, i + 1, line);
            if (header == null) {
                header = fields;
                checkColumns(file, header, requiredColumns);
                continue;
            }
            if (fields.size() != header.size()) {
                throw new ConfigException(file, "line " + (i + 1) + ": expected " + header.size()
                        + " columns " + header + " but found " + fields.size());
            }
            Map<String, String> values = new java.util.LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                values.put(header.get(c), fields.get(c).strip());
            }
            rows.add(new Row(i + 1, Map.copyOf(values)));
        }
        if (header == null) {
            throw new ConfigException(file, "the file is empty: expected a header row with columns "
                    + List.of(requiredColumns));
        }
        return new CsvTable(file, List.copyOf(header), List.copyOf(rows));
    }

    public Path file() {
        return file;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new ConfigException(file, "the file is not valid UTF-8 text; save it as UTF-8", e);
        } catch (IOException e) {
            throw new ConfigException(file, "cannot read the file (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")", e);
        }
    }

    private static String stripBom(String line, int index) {
        return index == 0 && line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    private static void checkColumns(Path file, List<String> header, String... required) {
        for (String column : required) {
            if (!header.contains(column)) {
                throw new ConfigException(file, "the header " + header + " lacks the column '" + column + "'");
            }
        }
    }

    private static List<String> split(Path file, int lineNumber, String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        if (quoted) {
            throw new ConfigException(file, "line " + lineNumber + ": a quoted field is not closed");
        }
        fields.add(field.toString());
        return fields;
    }
}
