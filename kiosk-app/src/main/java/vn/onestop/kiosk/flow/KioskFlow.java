package vn.onestop.kiosk.flow;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import vn.onestop.core.catalogue.Procedure;
import vn.onestop.core.catalogue.ProcedureField;
import vn.onestop.core.identity.CccdParser;

/**
 * The citizen's way as a state machine: attract → identify → field → procedure → information →
 * (priority) → printing → done. Not thread-safe: every call comes from one thread (the Swing event
 * thread in the kiosk, the test thread in tests). Time comes from the injected clock only.
 *
 * <p>This class holds the state, the ticket's way and the steps between; its parts keep their own state and
 * actions: {@link #identify()}, {@link #guide()}, {@link #filing()}, {@link #lookup()}, {@link #rating()} and
 * {@link #booking()}.
 */
public final class KioskFlow {
    private final TicketDesk desk;
    private final Clock clock;
    private final IdleCountdown countdown;
    private final Supplier<String> keys;
    private final List<Consumer<FlowState>> listeners = new CopyOnWriteArrayList<>();
    private final IdentifyFlow identify;
    private final FilingFlow filing;
    private final LookupFlow lookup;
    private final RatingFlow rating;
    private final GuideFlow guide;
    private final BookingCheckInFlow booking;
    private FlowState state;

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
        this.desk = Objects.requireNonNull(desk, "desk");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.countdown = new IdleCountdown(clock, idle, doneShown);
        this.keys = idempotencyKeys;
        this.state = FlowState.initial(PrinterAvailability.READY, (int) idle.toSeconds());
        this.identify = new IdentifyFlow(this, parser, clock);
        this.filing = new FilingFlow(this, dossiers, idempotencyKeys, options, pageScanner);
        this.lookup = new LookupFlow(this, dossiers);
        this.rating = new RatingFlow(this, dossiers, options);
        this.guide = new GuideFlow(this, guides);
        this.booking = new BookingCheckInFlow(this, desk);
    }

    /** Who the citizen is: a card read, the ID number typed, or none. */
    public IdentifyFlow identify() {
        return identify;
    }

    /** The online-filing guide's state and actions (from the {@link Step#INFO} step, on {@link Step#GUIDE}). */
    public GuideFlow guide() {
        return guide;
    }

    /** Booking check-in (issue 24): a booking's code scanned or typed, its note on the done screen. */
    public BookingCheckInFlow booking() {
        return booking;
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
            set(state.withProcedure(procedure, identify.suggestedPriority(), keys.get()).withStep(Step.INFO));
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
        print(new TicketOrder(state.orderKey(), p.serviceCode(), priorityClass, p.code(), p.nameVi(), p.nameEn()));
    }

    /** Prints a ticket of this session (the chosen procedure's, or the assisted-filing desk's from the guide). */
    void print(TicketOrder order) {
        set(state.withStep(Step.PRINTING));
        desk.order(order, this::ticketDone);
    }

    /** The ticket of this session or of a booking's check-in was printed, or not: the done or failed screen. */
    void ticketDone(TicketOutcome outcome) {
        if (state.step() != Step.PRINTING) {
            return;
        }
        countdown.restart();
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
            filing.begin(state.procedure(), state.identity(), identify.idWarnings());
            set(state.withStep(Step.FILING));
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
                    set(state.withProcedure(state.procedure(), identify.suggestedPriority(), keys.get())
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
            set(fresh());
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
        countdown.restart();
        int limit = countdown.limitSeconds(state.step());
        if (state.secondsLeft() != limit) {
            set(state.withSecondsLeft(limit));
        }
    }

    /** Called about once a second: updates the countdown and ends an idle session. */
    public void tick() {
        if (!state.step().idleTimed()) {
            return;
        }
        if (state.step() == Step.SCAN && filing.scan().map(ScanView::busy).orElse(false)) {
            countdown.restart(); // a page is being scanned (up to the scanner's time limit)
            return;
        }
        long leftMillis = countdown.millisLeft(state.step());
        if (leftMillis <= 0) {
            rating.timedOut();
            set(fresh());
        } else {
            int left = (int) ((leftMillis + 999) / 1000);
            if (left != state.secondsLeft()) {
                publish(state.withSecondsLeft(left));
            }
        }
    }

    /** Moves to a new state: screens render again and the idle countdown restarts. */
    void set(FlowState next) {
        countdown.restart();
        if (next.step() != Step.DONE && next.step() != Step.PRINTING) {
            booking.clear();
        }
        publish(next);
    }

    /**
     * Between sessions: attract, identify, lookup and the end screens of a ticket or a filing. A scanned slip,
     * ticket or booking code starts something new only there, so a session in progress is never lost.
     */
    boolean betweenSessions() {
        Step s = state.step();
        return s == Step.ATTRACT || s == Step.IDENTIFY || s == Step.DONE || s == Step.FILED || s == Step.LOOKUP;
    }

    /** This state with the session dropped (identity, choices, results), for a part of the flow to start from. */
    FlowState fresh() {
        return state.cleared(countdown.idleSeconds());
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
        state = next.step() != before ? next.withSecondsLeft(countdown.limitSeconds(next.step())) : next;
        listeners.forEach(l -> l.accept(state));
    }

}
