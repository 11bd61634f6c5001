package vn.onestop.kiosk.flow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import vn.onestop.core.catalogue.Procedure;
import vn.onestop.core.catalogue.ProcedureField;
import vn.onestop.core.identity.CccdParser;
import vn.onestop.core.identity.CitizenIdentity;
import vn.onestop.core.identity.IdentityResult;
import vn.onestop.device.scanner.IdentityReader;

/**
 * The citizen's way as a state machine: attract → identify → field → procedure → information →
 * (priority) → printing → done. Not thread-safe: every call comes from one thread (the Swing event
 * thread in the kiosk, the test thread in tests). Time comes from the injected clock only.
 */
public final class KioskFlow {
    /** Age from which a citizen is served first as elderly (Law on the Elderly 2009, Art. 2). */
    static final int ELDERLY_AGE = 60;
    public static final int KEYPAD_DIGITS = 12;
    /** Seconds the rating screen waits for a tap before the attract screen returns. */
    public static final int RATING_SECONDS = 30;

    private final CccdParser parser;
    private final TicketDesk desk;
    private final Clock clock;
    private final Duration idle;
    private final Duration doneShown;
    private final Supplier<String> keys;
    private final List<Consumer<FlowState>> listeners = new CopyOnWriteArrayList<>();
    private final FilingFlow filing;
    private final LookupFlow lookup;
    private final RatingFlow rating;
    private final DossierDesk dossiers;
    private final GuideFlow guide;
    private FlowState state;
    private Instant lastActivity;
    /** What the done screen says about a booking just checked in (issue 24); null for any other ticket. */
    private BookingNote bookingNote;

    /** A flow for tickets only: filing, lookup and rating answer "unavailable". */
    public KioskFlow(CccdParser parser, TicketDesk desk, Clock clock, Duration idle, Duration doneShown,
            Supplier<String> idempotencyKeys) {
        this(parser, desk, DossierDesk.UNAVAILABLE, FilingOptions.DEFAULT, clock, idle, doneShown, idempotencyKeys);
    }

    public KioskFlow(CccdParser parser, TicketDesk desk, DossierDesk dossiers, FilingOptions options, Clock clock,
            Duration idle, Duration doneShown, Supplier<String> idempotencyKeys) {
        this(parser, desk, dossiers, GuideDesk.UNAVAILABLE, PageScanDesk.NONE, options, clock, idle, doneShown,
                idempotencyKeys);
    }

    public KioskFlow(CccdParser parser, TicketDesk desk, DossierDesk dossiers, GuideDesk guides,
            PageScanDesk pageScanner, FilingOptions options, Clock clock, Duration idle, Duration doneShown,
            Supplier<String> idempotencyKeys) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.desk = Objects.requireNonNull(desk, "desk");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.idle = idle;
        this.doneShown = doneShown;
        this.keys = idempotencyKeys;
        this.state = FlowState.initial(PrinterAvailability.READY, (int) idle.toSeconds());
        this.lastActivity = clock.instant();
        this.filing = new FilingFlow(this, dossiers, idempotencyKeys, options, pageScanner);
        this.lookup = new LookupFlow(this, dossiers);
        this.rating = new RatingFlow(this, dossiers, options);
        this.dossiers = dossiers;
        this.guide = new GuideFlow(this, guides);
    }

    /** The online-filing guide's state and actions (on the {@link Step#GUIDE} step). */
    public GuideFlow guide() {
        return guide;
    }

    /** Whether the chosen procedure is filed online and the kiosk can show its steps and link. */
    public boolean canGuide() {
        Procedure p = state.procedure();
        return p != null && p.filing().guided();
    }

    /** "How to file online" on the information screen. */
    public void openGuide() {
        if (state.step() == Step.INFO && canGuide()) {
            set(state.withStep(Step.GUIDE));
        }
    }

    /**
     * "Help me file online" on the guide: a queue ticket of the assisted online-filing desk, printed like any
     * ticket (same idempotency key as this procedure choice, so one tap gives one ticket).
     */
    public void helpFileOnline() {
        String service = guide.assistedService();
        if (state.step() != Step.GUIDE || service == null || !state.printer().canPrint()) {
            return;
        }
        Procedure p = state.procedure();
        set(state.withStep(Step.PRINTING));
        desk.order(new TicketOrder(state.orderKey(), service, state.priority(), p.code(), p.nameVi(), p.nameEn()),
                this::ticketDone);
    }

    /** The centre's time zone (appointments and timelines are shown in it). */
    public java.time.ZoneId zone() {
        return clock.getZone();
    }

    /** The filing form's state and actions (on the {@link Step#FILING} step). */
    public FilingFlow filing() {
        return filing;
    }

    public LookupFlow lookup() {
        return lookup;
    }

    public RatingFlow rating() {
        return rating;
    }

    public FlowState state() {
        return state;
    }

    /** Called with every new state (on the flow's thread). */
    public void onChange(Consumer<FlowState> listener) {
        listeners.add(listener);
    }

    /** Attract → identify. */
    public void start() {
        if (state.step() == Step.ATTRACT) {
            set(state.withStep(Step.IDENTIFY));
        }
    }

    /** A card was read by the scanner, on any screen but printing: a valid card goes straight to the fields. */
    public void cardRead(IdentityReader.Outcome outcome) {
        if (state.step() == Step.PRINTING || state.step() == Step.SUBMITTING) {
            return;
        }
        if (outcome instanceof IdentityReader.Outcome.Accepted ok) {
            FlowState fresh = state.cleared(idleSeconds()).withIdentity(ok.identity(), "", false, List.of());
            set(fresh.withStep(Step.FIELD));
        } else {
            var refused = (IdentityReader.Outcome.Refused) outcome;
            FlowState fresh = state.cleared(idleSeconds()).withIdentity(null, "", false, refused.reasons());
            set(fresh.withStep(Step.IDENTIFY));
        }
    }

    /** A digit key on the identify screen's keypad; more than twelve digits are ignored. */
    public void keypadDigit(char digit) {
        if (state.step() != Step.IDENTIFY || digit < '0' || digit > '9'
                || state.typedId().length() >= KEYPAD_DIGITS) {
            return;
        }
        set(state.withIdentity(null, state.typedId() + digit, false, List.of()));
    }

    public void keypadDelete() {
        String t = state.typedId();
        if (state.step() == Step.IDENTIFY && !t.isEmpty()) {
            set(state.withIdentity(null, t.substring(0, t.length() - 1), false, List.of()));
        }
    }

    /** Checks the typed number; a valid one moves on to the fields, a wrong one says why and keeps the digits. */
    public void keypadSubmit() {
        if (state.step() != Step.IDENTIFY) {
            return;
        }
        IdentityResult result = parser.checkIdNumber(state.typedId());
        if (result.valid()) {
            set(state.withIdentity(null, state.typedId(), true, List.of()).withStep(Step.FIELD));
        } else {
            set(state.withIdentity(null, state.typedId(), false, result.problems()));
        }
    }

    /** A plain ticket without identifying: nothing personal is kept. */
    public void continueWithoutId() {
        if (state.step() == Step.IDENTIFY) {
            set(state.withIdentity(null, "", false, List.of()).withStep(Step.FIELD));
        }
    }

    public void chooseField(ProcedureField field) {
        if (state.step() == Step.FIELD) {
            set(state.withField(field, "").withStep(Step.PROCEDURE));
        }
    }

    /** Opens the procedure list searched across every field (from the field screen), or narrows it. */
    public void search(String query) {
        if (state.step() == Step.FIELD) {
            set(state.withField(null, query == null ? "" : query).withStep(Step.PROCEDURE));
        } else if (state.step() == Step.PROCEDURE) {
            set(state.withField(state.field(), query == null ? "" : query));
        }
    }

    /** Procedure → its information; a new idempotency key is made for this choice. */
    public void chooseProcedure(Procedure procedure) {
        if (state.step() == Step.PROCEDURE) {
            set(state.withProcedure(procedure, suggestedPriority(), keys.get()).withStep(Step.INFO));
        }
    }

    /** "Take a ticket" on the information screen: the one tap that prints. Repeated taps are ignored. */
    public void takeTicket() {
        if (state.step() == Step.INFO) {
            order(state.priority());
        }
    }

    /** "I have priority" on the information screen. */
    public void askPriority() {
        if (state.step() == Step.INFO) {
            set(state.withStep(Step.PRIORITY));
        }
    }

    /** A priority class (null = normal) on the priority screen prints at once. */
    public void choosePriority(String priorityClass) {
        if (state.step() == Step.PRIORITY) {
            set(state.withProcedure(state.procedure(), priorityClass, state.orderKey()));
            order(priorityClass);
        }
    }

    private void order(String priorityClass) {
        if (!state.printer().canPrint()) {
            return;
        }
        Procedure p = state.procedure();
        TicketOrder order = new TicketOrder(state.orderKey(), p.serviceCode(), priorityClass, p.code(), p.nameVi(),
                p.nameEn());
        set(state.withStep(Step.PRINTING));
        desk.order(order, this::ticketDone);
    }

    private void ticketDone(TicketOutcome outcome) {
        if (state.step() != Step.PRINTING) {
            return;
        }
        lastActivity = clock.instant();
        if (outcome instanceof TicketOutcome.Printed p) {
            set(state.withResult(p.ticket(), null).withStep(Step.DONE));
        } else if (outcome instanceof TicketOutcome.PrintFailed f) {
            set(state.withResult(null, f.reason()).withStep(Step.FAILED));
        } else if (outcome instanceof TicketOutcome.NotIssued n) {
            set(state.withResult(null, n.reason()).withStep(Step.FAILED));
        }
    }

    /** Whether the chosen procedure can be filed here: the catalogue allows it and a card was read. */
    public boolean canFile() {
        Procedure p = state.procedure();
        return p != null && p.fileableAtKiosk() && p.processingDays() != null && state.identity() != null;
    }

    /** "File at the kiosk" on the information screen: the guided form opens with the card's data. */
    public void startFiling() {
        if (state.step() == Step.INFO && canFile()) {
            // an unknown province code is accepted: the receiving official is told with the dossier
            filing.begin(state.procedure(), state.identity(),
                    parser.checkIdNumber(state.identity().idNumber()).warningCodes());
            set(state.withStep(Step.FILING));
        }
    }

    /** "Look up a dossier" on the attract screen. */
    public void openLookup() {
        if (state.step() == Step.ATTRACT) {
            set(state.cleared(idleSeconds()).withStep(Step.LOOKUP));
        }
    }

    /**
     * A receipt slip's QR code was scanned: on attract, identify, lookup and the end screens it opens the lookup
     * (the session's personal data dropped); elsewhere it is ignored so a form in progress is never lost.
     */
    public void slipScanned(String text) {
        Step s = state.step();
        if (s == Step.ATTRACT || s == Step.IDENTIFY || s == Step.DONE || s == Step.FILED || s == Step.LOOKUP) {
            if (s != Step.LOOKUP) {
                set(state.cleared(idleSeconds()).withStep(Step.LOOKUP));
            }
            lookup.scanned(text);
        }
    }

    /**
     * A queue ticket's QR code ({@code ONESTOP-TICKET|number|id}, or its link for phones, see {@link TicketQr}) was
     * scanned (issue 27): on attract, identify,
     * lookup and the end screens the rating screen opens and the server is asked whether the ticket was served and
     * not yet rated; only then are the levels offered, else a clear message. Elsewhere it is ignored.
     */
    public void ticketScanned(String text) {
        Step s = state.step();
        String id = ticketId(text);
        if (id == null || !(s == Step.ATTRACT || s == Step.IDENTIFY || s == Step.DONE || s == Step.FILED
                || s == Step.LOOKUP || s == Step.RATING && rating.state().result() != null)) {
            return;
        }
        rating.checking(id);
        set(state.cleared(idleSeconds()).withStep(Step.RATING));
        dossiers.checkTicket(id, check -> rating.checked(id, check));
    }

    /**
     * A booking's QR code was scanned, or its code typed on the lookup screen (issue 24): on attract, identify,
     * lookup and the end screens the booking is checked in and its ticket printed like any ticket; the done screen
     * says whether it is called before walk-ins or why not. Elsewhere it is ignored so a session is never lost.
     */
    public void bookingScanned(String text) {
        Step s = state.step();
        var code = vn.onestop.core.booking.BookingCodeText.normalize(text);
        if (code.isEmpty() || !(s == Step.ATTRACT || s == Step.IDENTIFY || s == Step.DONE || s == Step.FILED
                || s == Step.LOOKUP || s == Step.FAILED && state.procedure() == null)) {
            return;
        }
        FlowState fresh = state.cleared(idleSeconds());
        if (!state.printer().canPrint()) {
            set(fresh.withResult(null, "printer").withStep(Step.FAILED));
            return;
        }
        bookingNote = null;
        set(fresh.withStep(Step.PRINTING));
        desk.checkIn(code.get(), (note, outcome) -> {
            if (state.step() == Step.PRINTING) {
                bookingNote = note;
            }
            ticketDone(outcome);
        });
    }

    /** What the done screen says about the booking whose ticket it shows, or null for any other ticket. */
    public BookingNote bookingNote() {
        return state.step() == Step.DONE ? bookingNote : null;
    }

    /** The ticket reference of a ticket's QR text (its id, or {@code m-<token>} for a link), or null if not one. */
    static String ticketId(String text) {
        return TicketQr.ticketRef(text);
    }

    /**
     * "Rate our service" on a dossier found by its slip's QR code or its typed code: the server is asked whether an
     * official has received it and it is not yet rated; only then are the levels offered, else a clear message (a
     * dossier only prepared is "not received yet"). Nothing is offered right after filing (the kiosk only prepares
     * the dossier, issue 22) or after a ticket is printed (the citizen rates once served, on the counter's tablet or
     * by scanning the ticket's QR code here, issue 27).
     */
    public void rate() {
        if (state.step() == Step.LOOKUP && lookup.state().result() instanceof LookupOutcome.Found f) {
            String code = f.dossier().code();
            rating.checkingDossier(code);
            set(state.cleared(idleSeconds()).withStep(Step.RATING));
            dossiers.checkDossier(code, check -> rating.checked(code, check));
        }
    }

    /** One screen back; from identify or after a ticket, back to attract. */
    public void back() {
        switch (state.step()) {
            case FIELD -> set(state.withIdentity(null, "", false, List.of()).withStep(Step.IDENTIFY));
            case PROCEDURE -> set(state.withField(null, "").withStep(Step.FIELD));
            case INFO -> set(state.withProcedure(null, null, null).withStep(Step.PROCEDURE));
            case PRIORITY, GUIDE -> set(state.withStep(Step.INFO));
            case FAILED -> {
                if (state.procedure() == null) {
                    home(); // a booking's check-in failed: there is no procedure screen to go back to
                } else {
                    set(state.withProcedure(state.procedure(), suggestedPriority(), keys.get())
                            .withResult(null, null).withStep(Step.INFO));
                }
            }
            case FILING -> {
                if (!filing.back()) {
                    set(state.withStep(Step.INFO));
                }
            }
            case SCAN -> filing.closeScan();
            case IDENTIFY, DONE, FILED, LOOKUP, RATING -> home();
            default -> { }
        }
    }

    /** Ends the session: every field and identity object is dropped. Ignored while printing. */
    public void home() {
        if (state.step() != Step.PRINTING && state.step() != Step.SUBMITTING) {
            set(state.cleared(idleSeconds()));
        }
    }

    /** The printer's availability changed (from the printer monitor). */
    public void printerChanged(PrinterAvailability availability) {
        if (availability != state.printer()) {
            set(state.withPrinter(availability));
        }
    }

    /** Whether the server answered the last call. */
    public void serverChanged(boolean online) {
        if (online != state.serverOnline()) {
            set(state.withServerOnline(online));
        }
    }

    /** Any touch on the screen: the idle countdown starts again. */
    public void touched() {
        lastActivity = clock.instant();
        if (state.secondsLeft() != limitSeconds()) {
            set(state.withSecondsLeft(limitSeconds()));
        }
    }

    /** Called about once a second: updates the countdown and ends an idle session. */
    public void tick() {
        if (!state.step().idleTimed()) {
            return;
        }
        if (state.step() == Step.SCAN && filing.scan().map(ScanView::busy).orElse(false)) {
            lastActivity = clock.instant(); // a page is being scanned (up to the scanner's time limit)
            return;
        }
        long elapsed = Duration.between(lastActivity, clock.instant()).toMillis();
        long leftMillis = limitSeconds() * 1000L - elapsed;
        if (leftMillis <= 0) {
            rating.timedOut();
            set(state.cleared(idleSeconds()));
        } else {
            int left = (int) ((leftMillis + 999) / 1000);
            if (left != state.secondsLeft()) {
                publish(state.withSecondsLeft(left));
            }
        }
    }

    private int limitSeconds() {
        return limitSecondsFor(state.step());
    }

    private int idleSeconds() {
        return (int) idle.toSeconds();
    }

    private String suggestedPriority() {
        CitizenIdentity id = state.identity();
        if (id == null) {
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        return Period.between(id.dateOfBirth(), today).getYears() >= ELDERLY_AGE ? "elderly" : null;
    }

    private void set(FlowState next) {
        lastActivity = clock.instant();
        if (next.step() != Step.DONE && next.step() != Step.PRINTING) {
            bookingNote = null;
        }
        publish(next);
    }

    /** Moves to a step for a part of the flow (filing, lookup, rating). */
    void goTo(Step step) {
        set(state.withStep(step));
    }

    /** A part of the flow changed its own state: screens render again and the idle countdown restarts. */
    void refresh() {
        set(state);
    }

    private void publish(FlowState next) {
        Step s = next.step();
        if (s != Step.FILING && s != Step.SUBMITTING && s != Step.FILED && s != Step.RATING && s != Step.SCAN) {
            filing.clear();
        }
        if (s != Step.LOOKUP) {
            lookup.clear();
        }
        if (s != Step.RATING) {
            rating.clear();
        }
        if (s != Step.GUIDE) {
            guide.clear();
        }
        Step before = state.step();
        state = next.step() != before ? next.withSecondsLeft(limitSecondsFor(next.step())) : next;
        listeners.forEach(l -> l.accept(state));
    }

    private int limitSecondsFor(Step step) {
        if (step == Step.RATING) {
            return RATING_SECONDS;
        }
        return step == Step.DONE ? (int) doneShown.toSeconds() : idleSeconds();
    }
}
