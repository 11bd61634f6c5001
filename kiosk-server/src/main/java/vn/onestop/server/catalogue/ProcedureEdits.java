package vn.onestop.server.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.onestop.core.catalogue.CatalogueException;
import vn.onestop.core.catalogue.ProcedureCatalogue;
import vn.onestop.server.Rejection;
import vn.onestop.server.catalogue.CatalogueSnapshots.Snapshot;
import vn.onestop.server.db.Rows;

/**
 * Procedures created, changed, removed and imported on the staff pages. Each change is checked by the same reader
 * that checks {@code procedures.json}, as the whole catalogue, before anything is written.
 */
final class ProcedureEdits {
    private final CatalogueJson json;
    private final CatalogueChanges changes;

    /** One line of an import: its line number in the upload and its entry (fields of {@code procedures.json}). */
    record ImportLine(int line, ObjectNode entry) {}

    /** What an import did. */
    record ImportResult(int lines, int created, int changed) {}

    ProcedureEdits(CatalogueJson json, CatalogueChanges changes) {
        this.json = json;
        this.changes = changes;
    }

    /**
     * Creates or changes a procedure: the fields of {@code patch} (entry fields of {@code procedures.json}) replace
     * the procedure's, the others stay.
     *
     * @return the procedure's entry after the change
     */
    ObjectNode put(ChangedBy who, String code, JsonNode patch) {
        Snapshot s = changes.fresh();
        ObjectNode before = s.procedures().get(code);
        ObjectNode after = merged(before, code, patch, "");
        check(s, Map.of(code, after), "");
        if (before != null && before.equals(after)) {
            return after;
        }
        write(who, s, Map.of(code, after), "catalogue.procedure");
        return after;
    }

    /** Removes a procedure from the catalogue (its dossiers keep their code; the kiosk no longer offers it). */
    void delete(ChangedBy who, String code) {
        Snapshot s = changes.fresh();
        ObjectNode before = s.procedures().get(code);
        if (before == null) {
            throw Rejection.notFound("No procedure with code '" + code + "' in the catalogue");
        }
        if (s.procedures().size() == 1) {
            throw Rejection.conflict("The catalogue must keep at least one procedure");
        }
        changes.commit((c, now) -> {
            Rows.update(c, "DELETE FROM catalogue_procedure WHERE code = ?", code);
            changes.record(c, who, "catalogue.procedure.delete", code, before, null, "removed " + code);
        });
    }

    /**
     * Imports entries (created or changed by code): each line is checked against the catalogue with the lines
     * before it; the first bad line is refused with its line number and nothing is written.
     *
     * @return how many procedures were created and changed
     */
    ImportResult importEntries(ChangedBy who, List<ImportLine> lines) {
        if (lines.isEmpty()) {
            throw Rejection.invalid("The import holds no procedure");
        }
        Snapshot s = changes.fresh();
        Map<String, ObjectNode> edits = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        for (ImportLine line : lines) {
            String where = "line " + line.line() + ": ";
            JsonNode code = line.entry().get("code");
            if (code == null || !code.isTextual() || code.asText().isBlank()) {
                throw Rejection.invalid(where + "field 'code' is missing: every line names its procedure's code");
            }
            String c = code.asText().strip();
            Integer earlier = lineOf.putIfAbsent(c, line.line());
            if (earlier != null) {
                throw Rejection.invalid(where + "procedure " + c + " is already on line " + earlier
                        + " of this import: nothing was imported");
            }
            ObjectNode base = edits.containsKey(c) ? edits.get(c) : s.procedures().get(c);
            ObjectNode after = merged(base, c, line.entry(), where);
            Map<String, ObjectNode> next = new LinkedHashMap<>(edits);
            next.put(c, after);
            check(s, next, where + "procedure " + c + ": ");
            edits.put(c, after);
        }
        edits.entrySet().removeIf(e -> e.getValue().equals(s.procedures().get(e.getKey())));
        int created = (int) edits.keySet().stream().filter(c -> !s.procedures().containsKey(c)).count();
        if (!edits.isEmpty()) {
            write(who, s, edits, "catalogue.import");
        }
        return new ImportResult(lines.size(), created, edits.size() - created);
    }

    private ObjectNode merged(ObjectNode before, String code, JsonNode patch, String where) {
        if (patch == null || !patch.isObject()) {
            throw Rejection.invalid(where + "send the procedure as a JSON object with the fields of procedures.json");
        }
        JsonNode named = patch.get("code");
        if (named != null && !code.equals(named.asText().strip())) {
            throw Rejection.invalid(where + "field 'code': '" + named.asText() + "' differs from the procedure '"
                    + code + "' being changed");
        }
        ObjectNode after = before == null ? json.mapper().createObjectNode() : before.deepCopy();
        after.put("code", code);
        patch.fields().forEachRemaining(f -> {
            // null for a field the entry does not have changes nothing (a CSV's empty cell of an unset field)
            boolean unsetStaysUnset = f.getValue().isNull() && !after.has(f.getKey());
            if (!f.getKey().equals("code") && !unsetStaysUnset) {
                after.set(f.getKey(), f.getValue());
            }
        });
        return (ObjectNode) json.tree(json.write(after));
    }

    /** Checks the catalogue with {@code edits} applied; a 400 with the reader's message otherwise. */
    private void check(Snapshot s, Map<String, ObjectNode> edits, String where) {
        Map<String, ObjectNode> all = new LinkedHashMap<>(s.procedures());
        all.putAll(edits);
        try {
            ProcedureCatalogue.parse(json.write(json.withProcedures(s.document(), all)), CatalogueStore.SOURCE);
        } catch (CatalogueException e) {
            throw Rejection.invalid(where + e.getMessage() + " (nothing was changed)");
        }
    }

    private void write(ChangedBy who, Snapshot s, Map<String, ObjectNode> edits, String action) {
        changes.commit((c, now) -> {
            int position = Rows.one(c, "SELECT MAX(position) FROM catalogue_procedure", rs -> rs.getInt(1))
                    .orElse(0);
            for (var e : edits.entrySet()) {
                ObjectNode before = s.procedures().get(e.getKey());
                if (before == null) {
                    Rows.update(c, "INSERT INTO catalogue_procedure (code, position, body, updated_at) "
                            + "VALUES (?, ?, ?, ?)", e.getKey(), ++position, json.write(e.getValue()), now);
                } else {
                    Rows.update(c, "UPDATE catalogue_procedure SET body = ?, updated_at = ? WHERE code = ?",
                            json.write(e.getValue()), now, e.getKey());
                }
                changes.record(c, who, action, e.getKey(), before, e.getValue(),
                        summary(e.getKey(), before, e.getValue()));
            }
        });
    }

    /** Which fields changed, before -> after, short enough for the audit log's detail. */
    private static String summary(String code, ObjectNode before, ObjectNode after) {
        if (before == null) {
            return "created " + code + ": " + after.path("name_vi").asText();
        }
        StringBuilder b = new StringBuilder(code).append(':');
        java.util.Set<String> fields = new java.util.LinkedHashSet<>();
        before.fieldNames().forEachRemaining(fields::add);
        after.fieldNames().forEachRemaining(fields::add);
        for (String f : fields) {
            JsonNode x = before.get(f);
            JsonNode y = after.get(f);
            if (x == null ? y != null : !x.equals(y)) {
                b.append(' ').append(f).append(' ').append(shortText(x)).append(" -> ").append(shortText(y))
                        .append(';');
            }
        }
        int most = CatalogueChanges.AUDIT_DETAIL;
        return b.length() > most ? b.substring(0, most) + "..." : b.toString();
    }

    private static String shortText(JsonNode n) {
        String t = n == null ? "(none)" : n.isTextual() ? n.asText() : n.toString();
        return t.length() > 60 ? t.substring(0, 57) + "..." : t;
    }
}
