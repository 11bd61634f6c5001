package vn.onestop.core.catalogue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads and checks {@code procedures.json}: an object with {@code services} and {@code procedures} lists. */
final class CatalogueReader {

    private static final Set<String> TOP_FIELDS = Set.of("about", "services", "procedures", "online_filing",
            "assisted_filing_service");
    private static final Set<String> SERVICE_FIELDS = Set.of("code", "name_vi", "name_en");
    private static final Set<String> PROCEDURE_FIELDS = Set.of("code", "name_vi", "name_en", "field_vi",
            "field_en", "documents_vi", "processing_days", "fee_vnd", "online", "postal_return", "cutoff_15h",
            "service", "fileable_at_kiosk", "unverified", "source", "processing_note", "fee_note", "channel",
            "channel_source", "national_code", "portal_url", "ready", "steps");
    private static final int MAX_PROCESSING_DAYS = 365;

    private final Path file;
    /** The document's text when it does not come from {@code file} (a catalogue kept in the server's database). */
    private final String text;

    CatalogueReader(Path file) {
        this(file, null);
    }

    /** Reads {@code text}; {@code source} only names it in error messages. */
    CatalogueReader(Path source, String text) {
        this.file = source;
        this.text = text;
    }

    ProcedureCatalogue read() {
        JsonNode root = parse();
        new EntryReader(file, "top level", root).rejectUnknown(TOP_FIELDS);
        Map<String, QueueService> services = readServices(list(root, "services"));
        String assisted = assistedService(root, services);
        OnlineFilingReader filing = OnlineFilingReader.defaults(file, root.get("online_filing"));
        List<Procedure> procedures = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        JsonNode entries = list(root, "procedures");
        for (int i = 0; i < entries.size(); i++) {
            Procedure procedure = readProcedure(i, entries.get(i), services, filing);
            if (!codes.add(procedure.code())) {
                throw new CatalogueException(file, "procedures[" + i + "] (code " + procedure.code()
                        + "): field 'code': the code is already used by an earlier entry");
            }
            procedures.add(procedure);
        }
        return new ProcedureCatalogue(List.copyOf(services.values()), procedures, assisted);
    }

    /** The queue service of the centre's assisted-filing desk (every centre has one). */
    private String assistedService(JsonNode root, Map<String, QueueService> services) {
        JsonNode code = root.get("assisted_filing_service");
        if (code == null || !code.isTextual() || code.asText().isBlank()) {
            throw new CatalogueException(file, "top level: field 'assisted_filing_service': is missing (the code of "
                    + "the service of the assisted online-filing desk, listed in 'services')");
        }
        if (!services.containsKey(code.asText())) {
            throw new CatalogueException(file, "top level: field 'assisted_filing_service': no service with code '"
                    + code.asText() + "' in 'services' (known: " + services.keySet() + ")");
        }
        return code.asText();
    }

    private JsonNode parse() {
        ObjectMapper mapper = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        try {
            return mapper.readTree(text != null ? text : Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new CatalogueException(file, "not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new CatalogueException(file, "cannot read the catalogue (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + ")", e);
        }
    }

    private JsonNode list(JsonNode root, String name) {
        JsonNode list = root.get(name);
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new CatalogueException(file, "top level: field '" + name + "': must be a non-empty list");
        }
        return list;
    }

    private Map<String, QueueService> readServices(JsonNode entries) {
        Map<String, QueueService> services = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonNode node = entries.get(i);
            String entry = "services[" + i + "]" + codeOf(node);
            EntryReader reader = new EntryReader(file, entry, node);
            reader.rejectUnknown(SERVICE_FIELDS);
            String code = reader.text("code");
            if (!code.matches("[A-Z]{1,3}")) {
                throw reader.error("code", "a ticket prefix must be 1 to 3 capital letters A-Z");
            }
            if (services.containsKey(code)) {
                throw reader.error("code", "the prefix is already used by an earlier service");
            }
            services.put(code, new QueueService(code, reader.text("name_vi"), reader.text("name_en")));
        }
        return services;
    }

    private Procedure readProcedure(int index, JsonNode node, Map<String, QueueService> services,
            OnlineFilingReader filing) {
        EntryReader r = new EntryReader(file, "procedures[" + index + "]" + codeOf(node), node);
        r.rejectUnknown(PROCEDURE_FIELDS);
        String code = r.text("code");
        if (!code.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,39}")) {
            throw r.error("code", "use 1 to 40 letters, digits, '.', '_' or '-'");
        }
        String service = r.text("service");
        if (!services.containsKey(service)) {
            throw r.error("service", "no service with this code in 'services' (known: " + services.keySet() + ")");
        }
        List<String> unverified = r.textList("unverified", true);
        return new Procedure(code, r.text("name_vi"), r.text("name_en"), r.text("field_vi"), r.text("field_en"),
                r.textList("documents_vi", true), r.optionalInt("processing_days", MAX_PROCESSING_DAYS),
                r.optionalLong("fee_vnd"), onlineLevel(r), r.optionalBoolean("postal_return"),
                r.bool("cutoff_15h"), service, r.bool("fileable_at_kiosk"), unverified,
                r.text("source"), r.optionalText("processing_note"), r.optionalText("fee_note"),
                filing.read(r, node, unverified));
    }

    private static OnlineLevel onlineLevel(EntryReader r) {
        String text = r.text("online");
        try {
            return OnlineLevel.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw r.error("online", "must be one of none, partial, full");
        }
    }

    private static String codeOf(JsonNode node) {
        JsonNode code = node == null ? null : node.get("code");
        return code != null && code.isTextual() ? " (code " + code.asText() + ")" : "";
    }
}
