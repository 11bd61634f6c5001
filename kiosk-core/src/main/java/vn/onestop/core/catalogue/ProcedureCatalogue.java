package vn.onestop.core.catalogue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The centre's procedures and queue services, loaded once at start from {@code config/catalogue/procedures.json}
 * and immutable afterwards (safe to share between threads).
 */
public final class ProcedureCatalogue {

    private static final Logger LOG = LogManager.getLogger(ProcedureCatalogue.class);

    private final List<QueueService> services;
    private final List<Procedure> procedures;
    private final String assistedFilingService;
    private final Map<String, Procedure> byCode = new LinkedHashMap<>();
    private final Map<String, List<String>> nameWords = new LinkedHashMap<>();
    private final Map<String, List<String>> otherWords = new LinkedHashMap<>();

    ProcedureCatalogue(List<QueueService> services, List<Procedure> procedures, String assistedFilingService) {
        this.assistedFilingService = assistedFilingService;
        this.services = List.copyOf(services);
        this.procedures = List.copyOf(procedures);
        for (Procedure p : procedures) {
            byCode.put(p.code(), p);
            nameWords.put(p.code(), VietnameseText.words(p.nameVi() + " " + p.nameEn()));
            otherWords.put(p.code(), VietnameseText.words(p.code() + " " + p.fieldVi() + " " + p.fieldEn()));
        }
    }

    /**
     * Loads and checks the catalogue.
     *
     * @throws CatalogueException naming the file, the entry (index and code) and the field at fault
     */
    public static ProcedureCatalogue load(Path file) {
        ProcedureCatalogue catalogue = new CatalogueReader(file).read();
        LOG.info("Loaded {} procedures and {} queue services from {} ({} with unverified values)",
                catalogue.procedures.size(), catalogue.services.size(), file,
                catalogue.procedures.stream().filter(Procedure::hasUnverified).count());
        return catalogue;
    }

    /**
     * Reads and checks a catalogue document given as text (the server keeps the catalogue in its database); the
     * same checks as {@link #load}, the messages naming {@code source} instead of a file.
     *
     * @throws CatalogueException naming the source, the entry (index and code) and the field at fault
     */
    public static ProcedureCatalogue parse(String json, String source) {
        return new CatalogueReader(Path.of(source), json).read();
    }

    /**
     * Builds a catalogue in code (for other modules' tests), with the same consistency checks as the file:
     * unique procedure codes and service prefixes, and every procedure served by a listed service.
     *
     * @throws IllegalArgumentException naming the inconsistent entry
     */
    public static ProcedureCatalogue of(List<QueueService> services, List<Procedure> procedures) {
        return of(services, procedures, null);
    }

    /**
     * As {@link #of(List, List)}, with the service of the assisted online-filing desk (null = none).
     *
     * @throws IllegalArgumentException naming the inconsistent entry
     */
    public static ProcedureCatalogue of(List<QueueService> services, List<Procedure> procedures,
            String assistedFilingService) {
        java.util.Set<String> prefixes = new java.util.HashSet<>();
        for (QueueService s : services) {
            if (!prefixes.add(s.code())) {
                throw new IllegalArgumentException("service prefix " + s.code() + " is listed twice");
            }
        }
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (Procedure p : procedures) {
            if (!codes.add(p.code())) {
                throw new IllegalArgumentException("procedure code " + p.code() + " is listed twice");
            }
            if (!prefixes.contains(p.serviceCode())) {
                throw new IllegalArgumentException("procedure " + p.code() + " names the unknown service "
                        + p.serviceCode());
            }
        }
        if (assistedFilingService != null && !prefixes.contains(assistedFilingService)) {
            throw new IllegalArgumentException("the assisted-filing service " + assistedFilingService
                    + " is not listed");
        }
        return new ProcedureCatalogue(services, procedures, assistedFilingService);
    }

    /** The queue service of the assisted online-filing desk ("Hỗ trợ nộp hồ sơ trực tuyến"), if any. */
    public Optional<QueueService> assistedFilingService() {
        return assistedFilingService == null ? Optional.empty() : service(assistedFilingService);
    }

    /** Every procedure, in the file's order. */
    public List<Procedure> all() {
        return procedures;
    }

    public Optional<Procedure> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The fields, in order of first appearance. */
    public List<ProcedureField> fields() {
        return List.copyOf(new LinkedHashSet<>(procedures.stream().map(Procedure::field).toList()));
    }

    public List<Procedure> byField(ProcedureField field) {
        return procedures.stream().filter(p -> p.field().equals(field)).toList();
    }

    /** Procedures whose Vietnamese field name is {@code fieldVi}. */
    public List<Procedure> byField(String fieldVi) {
        return procedures.stream().filter(p -> p.fieldVi().equals(fieldVi)).toList();
    }

    public List<QueueService> services() {
        return services;
    }

    public Optional<QueueService> service(String code) {
        return services.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** Procedures served by a queue service (ticket prefix). */
    public List<Procedure> byService(String serviceCode) {
        return procedures.stream().filter(p -> p.serviceCode().equals(serviceCode)).toList();
    }

    /**
     * Finds procedures whose words start with every word of the query, ignoring case and Vietnamese diacritics
     * ("ho chieu" finds "Cấp hộ chiếu"; so does "hộ chiếu"). Searches names, fields and codes; procedures
     * matched in their name come first, then catalogue order. A blank query finds nothing.
     */
    public List<Procedure> search(String query) {
        List<String> terms = VietnameseText.words(query == null ? "" : query);
        if (terms.isEmpty()) {
            return List.of();
        }
        List<Procedure> found = new ArrayList<>();
        for (Procedure p : procedures) {
            List<String> all = new ArrayList<>(nameWords.get(p.code()));
            all.addAll(otherWords.get(p.code()));
            if (terms.stream().allMatch(t -> all.stream().anyMatch(w -> w.startsWith(t)))) {
                found.add(p);
            }
        }
        found.sort(Comparator.comparing((Procedure p) -> !matchesName(p, terms)));
        return List.copyOf(found);
    }

    private boolean matchesName(Procedure p, List<String> terms) {
        List<String> words = nameWords.get(p.code());
        return terms.stream().allMatch(t -> words.stream().anyMatch(w -> w.startsWith(t)));
    }
}
