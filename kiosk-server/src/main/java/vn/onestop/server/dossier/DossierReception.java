package vn.onestop.server.dossier;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.onestop.core.calendar.Appointment;
import vn.onestop.core.calendar.AppointmentCalculator;
import vn.onestop.core.catalogue.Procedure;
import vn.onestop.core.dossier.DossierStatus;
import vn.onestop.core.dossier.PreparationCode;
import vn.onestop.core.dossier.Reception;
import vn.onestop.core.wire.DossierView;
import vn.onestop.server.Rejection;
import vn.onestop.server.ServerConfig;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;

/**
 * Official reception of prepared dossiers (issue 22, Decree 118/2025/ND-CP): an official opens a prepared dossier
 * by its preparation code and receives it (with the official dossier code; the appointment runs from this moment),
 * asks for a supplement, or refuses it. Each decision is kept with time and official in the dossier's history, and
 * issues its slip as a PDF. A dossier is received once: the second attempt, or the slower of two officials at once,
 * gets 409 with the official code it has. The slips themselves are {@link DossierSlips}' work.
 *
 * <p>A dossier sent back for a supplement stays awaiting reception under the same preparation code: the kiosk may
 * replace its documents, and an official opens it again and decides again.
 */
public final class DossierReception {
    static final int MAX_ITEMS = 30;
    static final int MAX_ITEM_CHARS = 300;
    static final int MAX_REASON_CHARS = 1000;
    private final DossierService service;
    private final Database db;
    private final ServerConfig config;
    private final Clock clock;
    private final DossierStore store;
    private final DossierViews views;
    private final AppointmentCalculator appointments;
    private final DossierSlips slips;

    /** What a decision answers: the dossier's public view and the link of the slip it issued (null while none). */
    public record Decision(DossierView dossier, String slipUrl) {}

    DossierReception(DossierService service, Database db, ServerConfig config, Clock clock, DossierStore store,
            DossierViews views, AppointmentCalculator appointments, DossierSlips slips) {
        this.service = service;
        this.db = db;
        this.config = config;
        this.clock = clock;
        this.store = store;
        this.views = views;
        this.appointments = appointments;
        this.slips = slips;
    }

    /** The canonical preparation code of a typed or scanned text, or the same 404 as an unknown code. */
    static String preparationCode(String text) {
        return PreparationCode.normalize(text).orElseThrow(() -> Rejection.notFound(DossierViews.NOT_FOUND));
    }

    /**
     * A prepared dossier of {@code centreId} (null: any centre, for the connector), or the same 404 for unknown codes
     * and other centres' codes.
     */
    DossierRecord prepared(Connection c, String text, String centreId) throws SQLException {
        return views.prepared(c, preparationCode(text), centreId).orElseThrow(() -> Rejection.notFound(
                DossierViews.NOT_FOUND));
    }

    /** The dossier as the official sees it at the counter: personal data, documents, history, slips. */
    public PreparedDossier open(String text, String centreId) {
        return db.read(c -> {
            DossierRecord d = prepared(c, text, centreId);
            List<PreparedDocuments.Stored> docs = PreparedDocuments.list(c, d.code());
            List<PreparedDossier.Document> documents = new ArrayList<>();
            for (int i = 0; i < d.documents().size(); i++) {
                int index = i;
                Optional<PreparedDocuments.Stored> s = docs.stream().filter(x -> x.index() == index).findFirst();
                var doc = d.documents().get(i);
                documents.add(new PreparedDossier.Document(i, doc.name(), doc.form().name(), doc.form().nameVi(),
                        doc.quantity(), s.map(PreparedDocuments.Stored::pages).orElse(null),
                        s.map(PreparedDocuments.Stored::bytes).orElse(null),
                        s.isPresent() ? "/api/v1/staff/prepared/" + d.code() + "/documents/" + i + ".pdf" : null));
            }
            List<DossierStore.HistoryRow> history = store.history(c, d.code());
            List<PreparedDossier.Step> steps = history.stream().map(h -> new PreparedDossier.Step(h.status().code(),
                    h.status().nameVi(), h.status().nameEn(), Instant.ofEpochMilli(h.at()), h.actor(),
                    h.note() == null ? "" : h.note())).toList();
            Optional<Procedure> p = service.catalogue().byCode(d.procedureCode());
            var a = d.applicant();
            return new PreparedDossier(d.code(), PreparationCode.display(d.code()), d.status().code(),
                    d.status().nameVi(), d.status().nameEn(), d.reception().code(), d.reception().nameVi(),
                    d.reception().nameEn(), d.officialCode(), d.procedureCode(), p.map(Procedure::nameVi).orElse(""),
                    p.map(Procedure::nameEn).orElse(""), d.processingDays(), a.name(), a.idNumber(),
                    a.dateOfBirth() == null ? null : a.dateOfBirth().toString(), a.address(), d.phone(), d.email(),
                    d.delivery().name(), d.postalAddress(), d.sets(), documents,
                    d.preparedAt() == null ? null : Instant.ofEpochMilli(d.preparedAt()),
                    d.receivedAt() == null ? null : Instant.ofEpochMilli(d.receivedAt()), d.appointmentAt(),
                    d.receivedBy(), d.awaitingReception(), slips.slipUrl(c, d), steps,
                    config.reception().officialCodeExample(), service.events().assignsOfficialCodes());
        });
    }

    /**
     * Receives a prepared dossier with the official code the portal or provincial system issued. The appointment
     * runs from now. With the connector on, the code may be empty: the receipt slip is issued once the connector
     * assigns it.
     */
    public Decision receive(String text, String officialCodeText, String actor, String centreId) {
        boolean empty = officialCodeText == null || officialCodeText.isBlank();
        String officialCode = empty ? null : checkedOfficialCode(officialCodeText);
        DossierRecord received = db.write(c -> {
            DossierRecord d = prepared(c, text, centreId);
            refuseUnlessAwaiting(d);
            if (empty && d.officialCode() == null && !service.events().assignsOfficialCodes()) {
                throw missingCode();
            }
            if (officialCode != null && d.officialCode() != null && !d.officialCode().equals(officialCode)) {
                throw Rejection.conflict("Hệ thống của tỉnh đã cấp mã " + d.officialCode() + " cho hồ sơ này / The "
                        + "provincial system already issued " + d.officialCode() + " for this dossier: leave the "
                        + "code empty or type that one");
            }
            String code = officialCode != null ? officialCode : d.officialCode();
            if (code != null) {
                Optional<DossierRecord> holder = store.findByOfficial(c, code);
                if (holder.isPresent() && !holder.get().code().equals(d.code())) {
                    throw Rejection.conflict("Mã hồ sơ " + code + " đã được dùng cho một hồ sơ khác / This official "
                            + "code is already used by another dossier");
                }
            }
            long now = clock.millis();
            ZonedDateTime local = Instant.ofEpochMilli(now).atZone(config.zone());
            Procedure procedure = service.catalogue().byCode(d.procedureCode()).orElse(null);
            int days = d.processingDays() == null ? 0 : d.processingDays();
            Appointment appointment = appointments.appointment(local, days, procedure != null
                    && procedure.cutoff15h());
            String logEntry = store.nextLogEntry(c, d.centreId(), local.getYear());
            if (!store.markReceived(c, d.code(), officialCode, now, appointment.at(), appointment.provisional(),
                    logEntry, actor)) {
                throw alreadyDecided(c, d.code());
            }
            // The counter open in the official's name: its rating tablet offers the citizen a rating (issue 27).
            Rows.update(c, "UPDATE dossier SET received_counter_id = (SELECT MIN(id) FROM counter WHERE is_open = 1 "
                    + "AND staff_username = ? AND centre_id = ?) WHERE code = ?", actor, d.centreId(), d.code());
            store.addHistory(c, d.code(), new DossierStore.HistoryRow(DossierStatus.RECEIVED, now, actor,
                    code == null ? "Chờ mã hồ sơ từ hệ thống của tỉnh / awaiting the official code from the "
                            + "provincial system" : "Mã hồ sơ / official code: " + code, null));
            return store.find(c, d.code()).orElseThrow();
        });
        String url = null;
        if (received.officialCode() != null) {
            url = slips.issueReceipt(received);
        }
        service.tell(() -> service.events().received(received.code()));
        return new Decision(views.lookup(received.code(), null), url);
    }

    /** The counter open in the receiving official's name when {@code code} was received, if they had one open. */
    public Optional<String> receivedCounter(String code) {
        return db.read(c -> Rows.one(c, "SELECT received_counter_id FROM dossier WHERE code = ? AND "
                + "received_counter_id IS NOT NULL", rs -> rs.getString(1), code));
    }

    /** Asks for more before receiving: {@code missing} are checklist items ticked or written, {@code note} free. */
    public Decision supplement(String text, List<String> missing, String note, String actor, String centreId) {
        List<String> items = new ArrayList<>();
        for (String m : missing == null ? List.<String>of() : missing) {
            if (m != null && !m.isBlank()) {
                items.add(m.strip());
            }
        }
        if (note != null && !note.isBlank()) {
            items.add(note.strip());
        }
        if (items.isEmpty()) {
            throw Rejection.invalid("Chọn hoặc ghi ít nhất một nội dung cần bổ sung / Tick or write at least one "
                    + "thing the citizen must supply");
        }
        if (items.size() > MAX_ITEMS || items.stream().anyMatch(i -> i.length() > MAX_ITEM_CHARS)) {
            throw Rejection.invalid("At most " + MAX_ITEMS + " items of at most " + MAX_ITEM_CHARS + " characters");
        }
        return decide(text, DossierStatus.SUPPLEMENT_REQUESTED, "supplement", items, actor, centreId);
    }

    /** Refuses the dossier with the reason, printed on the refusal slip. */
    public Decision refuse(String text, String reason, String actor, String centreId) {
        if (reason == null || reason.isBlank()) {
            throw Rejection.invalid("Ghi lý do từ chối / Write the reason for the refusal");
        }
        if (reason.length() > MAX_REASON_CHARS) {
            throw Rejection.invalid("The reason must be at most " + MAX_REASON_CHARS + " characters");
        }
        return decide(text, DossierStatus.REFUSED, "refusal", List.of(reason.strip()), actor, centreId);
    }

    private Decision decide(String text, DossierStatus target, String kind, List<String> items, String actor,
            String centreId) {
        String[] slipId = {null};
        DossierRecord d = db.write(c -> {
            DossierRecord found = prepared(c, text, centreId);
            refuseUnlessAwaiting(found);
            long now = clock.millis();
            if (!store.decidePending(c, found.code(), target, now)) {
                throw alreadyDecided(c, found.code());
            }
            store.addHistory(c, found.code(), new DossierStore.HistoryRow(target, now, actor,
                    shorten(String.join("; ", items)), null));
            slipId[0] = slips.recordDecision(c, found.code(), kind, now, actor, items);
            return found;
        });
        String url = slips.issueDecision(d.code(), slipId[0]);
        if (target == DossierStatus.REFUSED) {
            service.tell(() -> service.events().refused(d.code()));
        } else {
            service.tell(() -> service.events().supplementRequested(d.code()));
        }
        return new Decision(views.lookup(d.code(), null), url);
    }

    private Rejection missingCode() {
        return Rejection.invalid("Nhập mã hồ sơ do Cổng dịch vụ công / hệ thống của tỉnh cấp / Type the official "
                + "dossier code issued by the portal or the provincial system (e.g. "
                + config.reception().officialCodeExample() + ")");
    }

    /** See {@link DossierService#assignOfficialCode}. */
    DossierView assignOfficialCode(String preparationText, String officialCodeText, String actor) {
        String officialCode = checkedOfficialCode(officialCodeText);
        DossierRecord d = db.write(c -> {
            DossierRecord found = prepared(c, preparationText, null);
            if (found.officialCode() != null) {
                if (found.officialCode().equals(officialCode)) {
                    return null;
                }
                throw Rejection.conflict("Hồ sơ đã có mã " + found.officialCode() + " / This dossier already has "
                        + "the official code " + found.officialCode());
            }
            Optional<DossierRecord> holder = store.findByOfficial(c, officialCode);
            if (holder.isPresent()) {
                throw Rejection.conflict("This official code is already used by another dossier");
            }
            long now = clock.millis();
            if (!store.setOfficialCode(c, found.code(), officialCode, now)) {
                throw alreadyDecided(c, found.code());
            }
            store.addHistory(c, found.code(), new DossierStore.HistoryRow(found.status(), now, actor,
                    "Mã hồ sơ / official code: " + officialCode, null));
            return store.find(c, found.code()).orElseThrow();
        });
        if (d != null && d.reception() == Reception.OFFICIAL) {
            slips.issueReceipt(d);
        }
        return views.lookup(PreparationCode.normalize(preparationText).orElseThrow(), null);
    }

    private void refuseUnlessAwaiting(DossierRecord d) {
        if (d.awaitingReception()) {
            return;
        }
        if (d.reception() == Reception.OFFICIAL) {
            throw Rejection.conflict("Hồ sơ đã được tiếp nhận"
                    + (d.officialCode() == null ? "" : ", mã hồ sơ " + d.officialCode())
                    + " / The dossier is already received" + (d.officialCode() == null ? ""
                            : " as " + d.officialCode()));
        }
        throw Rejection.conflict("Hồ sơ đang ở trạng thái '" + d.status().nameVi() + "' / The dossier is '"
                + d.status().code() + "' and cannot be decided again");
    }

    /** The 409 of the slower of two officials: the row changed after it was read. */
    private Rejection alreadyDecided(Connection c, String code) throws SQLException {
        DossierRecord now = store.find(c, code).orElseThrow();
        refuseUnlessAwaiting(now);
        return Rejection.conflict("Hồ sơ vừa được cán bộ khác xử lý / Another official has just decided this dossier");
    }

    private static String shorten(String text) {
        return text.length() <= 500 ? text : text.substring(0, 497) + "...";
    }

    /** The trimmed, upper-cased official code, or 400 when it does not match {@code dossier.officialCode.pattern}. */
    String checkedOfficialCode(String text) {
        String code = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty() || code.length() > 64 || !config.reception().officialCodePattern().matcher(code)
                .matches()) {
            throw Rejection.invalid("Mã hồ sơ không đúng mẫu (ví dụ " + config.reception().officialCodeExample()
                    + ") / The official dossier code does not have the expected form (e.g. "
                    + config.reception().officialCodeExample() + ")");
        }
        return code;
    }
}
