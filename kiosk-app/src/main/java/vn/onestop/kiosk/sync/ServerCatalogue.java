package vn.onestop.kiosk.sync;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.onestop.core.catalogue.FilingChannel;
import vn.onestop.core.catalogue.OnlineFiling;
import vn.onestop.core.catalogue.OnlineLevel;
import vn.onestop.core.catalogue.Procedure;
import vn.onestop.core.catalogue.ProcedureCatalogue;
import vn.onestop.core.catalogue.QueueService;
import vn.onestop.core.wire.KioskConfiguration;
import vn.onestop.core.wire.ProcedureInfo;
import vn.onestop.core.wire.ServiceInfo;

/**
 * The server's configuration checked and turned into the catalogue the kiosk shows: the server decides the centre's
 * name, its queue services and which procedures are offered (names, service, fee, time, documents); the kiosk's own
 * catalogue file still gives what the wire does not carry (English field names, online level, notes).
 */
public final class ServerCatalogue {
    private ServerCatalogue() {}

    /** Refuses a configuration the kiosk cannot use, naming what is wrong (never partly applied). */
    public static void check(KioskConfiguration c) {
        if (c == null || blank(c.centreName()) || c.centreName().length() > 200) {
            throw new IllegalArgumentException("centreName is missing or longer than 200 characters");
        }
        if (c.services() == null || c.services().isEmpty() || c.procedures() == null) {
            throw new IllegalArgumentException("services (at least one) and procedures are required");
        }
        Set<String> services = new HashSet<>();
        for (ServiceInfo s : c.services()) {
            if (s == null || s.code() == null || !s.code().matches("[A-Z]{1,2}") || blank(s.nameVi())) {
                throw new IllegalArgumentException("a service needs a code of 1-2 capital letters and a name");
            }
            services.add(s.code());
        }
        for (ProcedureInfo p : c.procedures()) {
            if (p == null || blank(p.code()) || blank(p.nameVi()) || blank(p.fieldVi())) {
                throw new IllegalArgumentException("a procedure needs a code, a name and a field");
            }
            if (!services.contains(p.serviceCode())) {
                throw new IllegalArgumentException("procedure " + p.code() + " names the unknown service "
                        + p.serviceCode());
            }
        }
    }

    /** The catalogue to show: the server's services and procedures, with details from {@code local} by code. */
    public static ProcedureCatalogue merge(KioskConfiguration server, ProcedureCatalogue local) {
        check(server);
        List<QueueService> services = server.services().stream().map(s -> new QueueService(s.code(), s.nameVi(),
                blank(s.nameEn()) ? s.nameVi() : s.nameEn())).toList();
        List<Procedure> procedures = new ArrayList<>();
        for (ProcedureInfo p : server.procedures()) {
            procedures.add(procedure(p, local.byCode(p.code())));
        }
        String assisted = local.assistedFilingService().map(QueueService::code)
                .filter(code -> services.stream().anyMatch(s -> s.code().equals(code))).orElse(null);
        return ProcedureCatalogue.of(services, procedures, assisted);
    }

    private static Procedure procedure(ProcedureInfo p, Optional<Procedure> known) {
        String nameEn = blank(p.nameEn()) ? p.nameVi() : p.nameEn();
        if (known.isEmpty()) {
            return new Procedure(p.code(), p.nameVi(), nameEn, p.fieldVi(), p.fieldVi(), p.documents(),
                    p.processingDays(), p.feeVnd(), OnlineLevel.NONE, p.postalReturn(), false, p.serviceCode(),
                    p.fileableAtKiosk(), List.of(), "server");
        }
        Procedure k = known.get().withFiling(filing(p, known.get().filing()));
        String fieldEn = k.fieldVi().equals(p.fieldVi()) ? k.fieldEn() : p.fieldVi();
        return new Procedure(p.code(), p.nameVi(), nameEn, p.fieldVi(), fieldEn,
                p.documents().isEmpty() ? k.documents() : p.documents(), p.processingDays(), p.feeVnd(), k.online(),
                p.postalReturn(), k.cutoff15h(), p.serviceCode(), p.fileableAtKiosk(), k.unverified(), k.source(),
                k.processingNote(), k.feeNote(), k.filing());
    }

    /** The server's channel, national code and link win over the kiosk's file; the steps stay the kiosk's. */
    private static OnlineFiling filing(ProcedureInfo p, OnlineFiling local) {
        FilingChannel channel = p.channel() == null ? local.channel()
                : FilingChannel.ofCode(p.channel()).orElse(local.channel());
        String url = p.portalUrl().startsWith("https://") ? p.portalUrl() : local.portalUrl();
        String code = p.nationalCode().isEmpty() ? local.nationalCode() : p.nationalCode();
        return new OnlineFiling(channel, code, channel.online() ? url : "", local.channelSource(), local.ready(),
                local.steps());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
