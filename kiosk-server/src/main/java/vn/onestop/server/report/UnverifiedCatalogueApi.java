package vn.onestop.server.report;

import java.util.List;
import vn.onestop.core.catalogue.CitizenText;
import vn.onestop.core.catalogue.ProcedureCatalogue;
import vn.onestop.server.http.RouteTable;
import vn.onestop.server.staff.Access;

/**
 * For supervisors and technicians: the catalogue values not confirmed against the official text (the procedure's
 * {@code unverified} list, and documents and notes carrying an internal note), which the kiosk never shows a citizen.
 */
public final class UnverifiedCatalogueApi {
    private final java.util.function.Supplier<ProcedureCatalogue> catalogue;

    /** One procedure with something unconfirmed. */
    public record Entry(String code, String nameVi, List<String> unverified, List<String> hiddenFromCitizens) {}

    /** {@code catalogue} gives the catalogue in force at each request (it is edited live). */
    public UnverifiedCatalogueApi(java.util.function.Supplier<ProcedureCatalogue> catalogue) {
        this.catalogue = catalogue;
    }

    public void register(RouteTable r) {
        r.get("/api/v1/supervisor/catalogue/unverified", ctx -> ctx.json(entries()), Access.SUPERVISOR,
                Access.TECHNICIAN);
    }

    /** Procedures with unconfirmed values, in catalogue order. */
    public List<Entry> entries() {
        return catalogue.get().all().stream().map(p -> {
            List<String> hidden = new java.util.ArrayList<>(CitizenText.hiddenDocuments(p));
            for (String note : List.of(p.processingNote(), p.feeNote())) {
                if (CitizenText.isInternal(note)) {
                    hidden.add(note);
                }
            }
            return new Entry(p.code(), p.nameVi(), p.unverified(), hidden);
        }).filter(e -> !e.unverified().isEmpty() || !e.hiddenFromCitizens().isEmpty()).toList();
    }
}
