package vn.onestop.kiosk.flow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import vn.onestop.core.address.AddressConversion;
import vn.onestop.core.catalogue.CitizenText;
import vn.onestop.core.catalogue.Procedure;
import vn.onestop.core.filing.FeeSummary;
import vn.onestop.core.filing.FilingDraft;
import vn.onestop.core.identity.CitizenIdentity;
import vn.onestop.core.slip.DocumentForm;
import vn.onestop.core.slip.ReceivedDocument;
import vn.onestop.core.slip.ReturnMethod;
import vn.onestop.core.wire.ProcedureInfo;

/**
 * The guided filing form as a state machine (no Swing): applicant (card data, phone, e-mail) → documents →
 * how the result returns → review with fees and consent → submit. Part of {@link KioskFlow}: same thread, same
 * idle timeout, and cleared with the session.
 */
public final class FilingFlow {
    static final int MAX_PHONE_DIGITS = 14;
    private static final int MAX_TEXT = 200;
    private final KioskFlow host;
    private final DossierDesk desk;
    private final Supplier<String> keys;
    private final FilingOptions options;
    private FilingSession session;
    private AddressConversion address;
    private List<String> staffNotes = List.of();
    private final PageScanDesk scanner;
    /** Scanned pages by checklist line; personal data, dropped with the session. */
    private final Map<Integer, List<TakenPage>> pages = new HashMap<>();
    private ScanView scan;

    FilingFlow(KioskFlow host, DossierDesk desk, Supplier<String> keys, FilingOptions options,
            PageScanDesk scanner) {
        this.host = host;
        this.desk = desk;
        this.keys = keys;
        this.options = options;
        this.scanner = scanner;
    }

    /** Whether the kiosk has a document scanner (the checklist offers scanning). */
    public boolean canScan() {
        return scanner.available();
    }

    /** The scanning screen's state while a document is scanned. */
    public Optional<ScanView> scan() {
        return Optional.ofNullable(scan);
    }

    /** The pages scanned for checklist line {@code line}, in order. */
    public List<TakenPage> pages(int line) {
        return List.copyOf(pages.getOrDefault(line, List.of()));
    }

    /** "Scan" beside a document of the checklist: the scanning screen opens for it. */
    public void openScan(int line) {
        if (onForm() && session.page() == FilingPage.DOCUMENTS && line >= 0 && line < session.checklist().size()
                && scanner.available()) {
            scan = new ScanView(line, Math.max(0, pages(line).size() - 1), false, -1, null);
            host.goTo(Step.SCAN);
        }
    }

    /** "Scan a page": a new page at the end. */
    public void scanPage() {
        startScan(-1);
    }

    /** "Scan again" on the page shown: it is replaced by the new scan (kept if the new scan fails). */
    public void retake() {
        if (scan != null && scan.selected() < pages(scan.document()).size()) {
            startScan(scan.selected());
        }
    }

    private void startScan(int replacing) {
        if (scan == null || scan.busy() || host.state().step() != Step.SCAN) {
            return;
        }
        int line = scan.document();
        scan = scan.scanning(replacing);
        host.refresh();
        scanner.scan(outcome -> scanned(line, replacing, outcome));
    }

    private void scanned(int line, int replacing, PageScanOutcome outcome) {
        if (scan == null || scan.document() != line || host.state().step() != Step.SCAN) {
            return; // the citizen left the screen: nothing is kept of a page they did not see
        }
        List<TakenPage> list = new ArrayList<>(pages.getOrDefault(line, List.of()));
        if (outcome instanceof PageScanOutcome.Taken t) {
            int at = replacing >= 0 && replacing < list.size() ? replacing : list.size();
            if (at == list.size()) {
                list.add(t.page());
            } else {
                list.set(at, t.page());
            }
            pages.put(line, list);
            String flag = switch (t.page().verdict()) {
                case OK -> null;
                case BLANK -> "blank";
                case TOO_DARK -> "too-dark";
            };
            scan = scan.done(at, flag);
        } else if (outcome instanceof PageScanOutcome.Failed f) {
            scan = scan.done(Math.max(0, Math.min(scan.selected(), list.size() - 1)), f.fault());
        }
        host.refresh();
    }

    /** Shows page {@code page} large. */
    public void selectPage(int page) {
        if (scan != null && !scan.busy() && page >= 0 && page < pages(scan.document()).size()) {
            scan = scan.select(page);
            host.refresh();
        }
    }

    /** "Remove this page". */
    public void removePage() {
        if (scan == null || scan.busy()) {
            return;
        }
        List<TakenPage> list = new ArrayList<>(pages.getOrDefault(scan.document(), List.of()));
        if (scan.selected() < list.size()) {
            list.remove(scan.selected());
            pages.put(scan.document(), list);
            scan = scan.done(Math.max(0, Math.min(scan.selected(), list.size() - 1)), null);
            host.refresh();
        }
    }

    /** "Done": back to the checklist with the pages kept (ignored while a page is being scanned). */
    boolean closeScan() {
        if (scan == null || scan.busy()) {
            return false;
        }
        scan = null;
        host.goTo(Step.FILING);
        return true;
    }

    /** "Done" on the scanning screen. */
    public void finishScan() {
        closeScan();
    }

    public Optional<FilingSession> session() {
        return Optional.ofNullable(session);
    }

    /** The centre's filing settings (postal fee, rating reasons). */
    public FilingOptions options() {
        return options;
    }

    /** The fees to show for the current choices (postal fee from the centre's settings). */
    public FeeSummary fees() {
        return session.draft().fees(options.postalFeeVnd());
    }

    void begin(Procedure p, CitizenIdentity citizen, List<String> idWarnings) {
        staffNotes = List.copyOf(idWarnings);
        ProcedureInfo info = new ProcedureInfo(p.code(), p.nameVi(), p.nameEn(), p.fieldVi(), p.serviceCode(),
                p.processingDays(), p.feeVnd(), p.postalReturn(), p.fileableAtKiosk(), CitizenText.documents(p));
        address = options.addresses().apply(citizen.placeOfResidence());
        FilingDraft draft = FilingDraft.start(info, citizen).withPostalAddress(address.proposed());
        List<ChecklistLine> lines = CitizenText.documents(p).stream()
                .map(d -> new ChecklistLine(d, true, DocumentForm.ORIGINAL, 1)).toList();
        session = new FilingSession(draft, lines, FilingPage.APPLICANT, FilingSession.Editing.NONE, keys.get(), null,
                null, List.of());
    }

    /** Drops the draft and everything typed (end of session, idle timeout, new card). */
    void clear() {
        session = null;
        pages.clear();
        scan = null;
        address = null;
        staffNotes = List.of();
    }

    private boolean onForm() {
        return session != null && host.state().step() == Step.FILING;
    }

    private void update(FilingSession next) {
        session = next;
        host.refresh();
    }

    /**
     * The card's place of residence converted to the new administrative units (shown beside the card's), with the
     * candidates the citizen picks from when it is ambiguous; empty without a filing.
     */
    public Optional<AddressConversion> addressConversion() {
        return Optional.ofNullable(address);
    }

    /** The citizen picks candidate {@code index} of {@link #addressConversion()} as the postal return address. */
    public void chooseAddress(int index) {
        if (onForm() && address != null && index >= 0 && index < address.candidates().size()) {
            update(session.with(session.draft().withPostalAddress(address.candidates().get(index))));
        }
    }

    public void phoneDigit(char digit) {
        String phone = onForm() ? session.draft().phone() : null;
        if (phone != null && digit >= '0' && digit <= '9' && phone.length() < MAX_PHONE_DIGITS) {
            update(session.with(session.draft().withPhone(phone + digit)));
        }
    }

    public void phoneDelete() {
        if (onForm() && !session.draft().phone().isEmpty()) {
            String phone = session.draft().phone();
            update(session.with(session.draft().withPhone(phone.substring(0, phone.length() - 1))));
        }
    }

    /** Opens the keyboard for the e-mail or the postal address (NONE closes it). */
    public void edit(FilingSession.Editing target) {
        if (onForm()) {
            update(session.editing(target));
        }
    }

    /** The whole text typed so far on the keyboard, for the value being edited. */
    public void text(String value) {
        if (!onForm() || value == null) {
            return;
        }
        String v = value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT) : value;
        switch (session.editing()) {
            case EMAIL -> update(session.with(session.draft().withEmail(v.strip())));
            case ADDRESS -> update(session.with(session.draft().withPostalAddress(v)));
            default -> { }
        }
    }

    /** Ticks or unticks a document of the checklist. */
    public void toggleDocument(int index) {
        if (onForm() && index >= 0 && index < session.checklist().size()) {
            ChecklistLine l = session.checklist().get(index);
            replace(index, new ChecklistLine(l.name(), !l.handedIn(), l.form(), l.quantity()));
        }
    }

    /** Original → copy → certified copy → original. */
    public void nextForm(int index) {
        if (onForm() && index >= 0 && index < session.checklist().size()) {
            ChecklistLine l = session.checklist().get(index);
            DocumentForm[] forms = DocumentForm.values();
            replace(index, new ChecklistLine(l.name(), true, forms[(l.form().ordinal() + 1) % forms.length],
                    l.quantity()));
        }
    }

    /** One more or one less of a document (1 to 99). */
    public void quantity(int index, int delta) {
        if (onForm() && index >= 0 && index < session.checklist().size()) {
            ChecklistLine l = session.checklist().get(index);
            int q = Math.max(1, Math.min(ReceivedDocument.MAX_QUANTITY, l.quantity() + delta));
            replace(index, new ChecklistLine(l.name(), true, l.form(), q));
        }
    }

    private void replace(int index, ChecklistLine line) {
        List<ChecklistLine> lines = new ArrayList<>(session.checklist());
        lines.set(index, line);
        List<ReceivedDocument> docs = lines.stream().filter(ChecklistLine::handedIn)
                .map(x -> new ReceivedDocument(x.name(), x.form(), x.quantity())).toList();
        FilingDraft d = session.draft();
        update(session.with(lines, new FilingDraft(d.procedure(), d.citizen(), d.phone(), d.email(), docs, d.sets(),
                d.delivery(), d.postalAddress(), d.consent())));
    }

    /** At the counter or by post (post only when the procedure allows it). */
    public void delivery(ReturnMethod method) {
        if (onForm() && (method != ReturnMethod.POST || session.draft().postAllowed())) {
            update(session.with(session.draft().withDelivery(method)));
        }
    }

    public void consent(boolean given) {
        if (onForm()) {
            update(session.with(session.draft().withConsent(given)));
        }
    }

    /** The next page when this one is complete, else the problems are shown; on the review page, submits. */
    public void next() {
        if (!onForm()) {
            return;
        }
        List<String> problems = session.draft().problems().stream()
                .filter(session.page().fields()::contains).toList();
        if (!problems.isEmpty()) {
            update(session.blocked(problems));
        } else if (session.page() == FilingPage.REVIEW) {
            submit();
        } else {
            update(session.on(FilingPage.values()[session.page().ordinal() + 1]));
        }
    }

    /** One page back; false on the first page (the flow then returns to the procedure's information). */
    boolean back() {
        if (session == null || session.page() == FilingPage.APPLICANT) {
            return false;
        }
        update(session.on(FilingPage.values()[session.page().ordinal() - 1]));
        return true;
    }

    private void submit() {
        if (!session.draft().problems().isEmpty()) {
            update(session.blocked(session.draft().problems()));
            return;
        }
        session = session.ended(null, null);
        host.goTo(Step.SUBMITTING);
        desk.file(session.draft().toRegistration(session.submitKey(), null, staffNotes), scans(), this::ended);
    }

    /** The scanned pages of each handed-in document, indexed as the registration's documents list. */
    private List<DocumentScan> scans() {
        List<DocumentScan> out = new ArrayList<>();
        int index = 0;
        for (int line = 0; line < session.checklist().size(); line++) {
            if (!session.checklist().get(line).handedIn()) {
                continue;
            }
            List<TakenPage> taken = pages.getOrDefault(line, List.of());
            if (!taken.isEmpty()) {
                out.add(new DocumentScan(index, taken.stream().map(TakenPage::page).toList()));
            }
            index++;
        }
        return out;
    }

    private void ended(FilingOutcome outcome) {
        if (session == null || host.state().step() != Step.SUBMITTING) {
            return;
        }
        if (outcome instanceof FilingOutcome.Filed f) {
            session = session.ended(f.dossier(), null);
            host.goTo(Step.FILED);
        } else if (outcome instanceof FilingOutcome.Saved) {
            session = session.ended(null, "saved");
            host.goTo(Step.FILED);
        } else if (outcome instanceof FilingOutcome.NotFiled n) {
            session = session.ended(null, n.reason());
            host.goTo(Step.FILING);
        }
    }
}
