package vn.onestop.kiosk.ui;

import java.awt.AWTEvent;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.event.MouseEvent;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javax.swing.JComponent;
import javax.swing.Timer;
import vn.onestop.core.catalogue.ProcedureCatalogue;
import vn.onestop.kiosk.config.CatalogueLoad;
import vn.onestop.kiosk.flow.FlowState;
import vn.onestop.kiosk.flow.KioskFlow;
import vn.onestop.kiosk.flow.Step;
import vn.onestop.kiosk.i18n.Messages;
import vn.onestop.kiosk.ui.screen.DoneScreen;
import vn.onestop.kiosk.ui.screen.FailedScreen;
import vn.onestop.kiosk.ui.screen.FieldScreen;
import vn.onestop.kiosk.ui.screen.FiledScreen;
import vn.onestop.kiosk.ui.screen.FilingScreen;
import vn.onestop.kiosk.ui.screen.GuideScreen;
import vn.onestop.kiosk.ui.screen.ScanScreen;
import vn.onestop.kiosk.ui.screen.LookupScreen;
import vn.onestop.kiosk.ui.screen.RatingScreen;
import vn.onestop.kiosk.ui.screen.FlowScreen;
import vn.onestop.kiosk.ui.screen.IdentifyScreen;
import vn.onestop.kiosk.ui.screen.InfoScreen;
import vn.onestop.kiosk.ui.screen.ProgressScreen;
import vn.onestop.kiosk.ui.screen.PriorityScreen;
import vn.onestop.kiosk.ui.screen.ProcedureScreen;

/**
 * Connects the flow to the window: one card per step, the current card rendered on every change and
 * language switch, a one-second tick for the idle countdown, and every touch restarting it. Event thread only.
 */
public final class FlowView {
    private final KioskFrame frame;
    private final KioskFlow flow;
    private final Map<Step, FlowScreen> screens = new EnumMap<>(Step.class);
    private final Map<Step, java.util.function.Supplier<FlowScreen>> factories = new EnumMap<>(Step.class);
    private final Timer ticker;
    private final AWTEventListener touches;
    private Step shown;
    private boolean suspended;
    private ProcedureCatalogue pendingCatalogue;
    private final Messages messages;
    /** The catalogue the field and procedure screens are first built from; read while the attract screen shows. */
    private final CatalogueLoad catalogue;
    private final Set<Step> waiting = EnumSet.noneOf(Step.class);
    /** The spoken guidance, or null when the kiosk has none; its "speak again" button on each screen. */
    private vn.onestop.kiosk.voice.VoiceGuide voice;
    private final Map<Step, javax.swing.JButton> speakAgain = new EnumMap<>(Step.class);
    private final Pictograms pictograms;

    public FlowView(KioskFrame frame, KioskFlow flow, Messages messages, ProcedureCatalogue catalogue,
            JComponent attract) {
        this(frame, flow, messages, CatalogueLoad.of(catalogue), attract);
    }

    /**
     * The field and procedure screens are built once {@code catalogue} is read; until then a step that needs
     * them keeps the screen before it and is shown when the catalogue is in, without blocking the event thread.
     */
    public FlowView(KioskFrame frame, KioskFlow flow, Messages messages, CatalogueLoad catalogue,
            JComponent attract) {
        this(frame, flow, messages, catalogue, attract, Pictograms.none());
    }

    /** As above, with the pictures of fields, procedures, priority classes and actions. */
    public FlowView(KioskFrame frame, KioskFlow flow, Messages messages, CatalogueLoad catalogue,
            JComponent attract, Pictograms pictograms) {
        this.pictograms = pictograms;
        this.frame = frame;
        this.flow = flow;
        this.messages = messages;
        this.catalogue = catalogue;
        factories.put(Step.IDENTIFY, () -> new IdentifyScreen(messages, flow));
        factories.put(Step.FIELD, () -> new FieldScreen(messages, flow, catalogue.get().fields()));
        factories.put(Step.PROCEDURE, () -> new ProcedureScreen(messages, flow, catalogue.get()));
        factories.put(Step.INFO, () -> new InfoScreen(messages, flow));
        factories.put(Step.PRIORITY, () -> new PriorityScreen(messages, flow));
        factories.put(Step.PRINTING, () -> new ProgressScreen(Step.PRINTING, "printing", messages, flow));
        factories.put(Step.DONE, () -> new DoneScreen(messages, flow));
        factories.put(Step.FAILED, () -> new FailedScreen(messages, flow));
        factories.put(Step.FILING, () -> new FilingScreen(messages, flow, flow.filing().options()));
        factories.put(Step.SUBMITTING, () -> new ProgressScreen(Step.SUBMITTING, "submitting", messages, flow));
        factories.put(Step.FILED, () -> new FiledScreen(messages, flow));
        factories.put(Step.LOOKUP, () -> new LookupScreen(messages, flow, flow.zone()));
        factories.put(Step.RATING, () -> new RatingScreen(messages, flow));
        factories.put(Step.GUIDE, () -> new GuideScreen(messages, flow));
        factories.put(Step.SCAN, () -> new ScanScreen(messages, flow));
        frame.addScreen(Step.ATTRACT.name(), attract);
        flow.onChange(this::render);
        messages.onChange(l -> render(flow.state()));
        ticker = new Timer(1000, e -> flow.tick());
        touches = event -> {
            if (event.getID() == MouseEvent.MOUSE_PRESSED) {
                flow.touched();
            }
        };
        render(flow.state());
    }

    /** Starts the countdown tick and the touch listener. */
    public void start() {
        Toolkit.getDefaultToolkit().addAWTEventListener(touches, AWTEvent.MOUSE_EVENT_MASK);
        ticker.start();
    }

    public void stop() {
        ticker.stop();
        Toolkit.getDefaultToolkit().removeAWTEventListener(touches);
    }

    /** Another card (technician mode) covers the flow; the flow keeps running behind it. */
    public void suspend() {
        suspended = true;
    }

    /** Shows the flow's current screen again. */
    public void resume() {
        suspended = false;
        shown = null;
        render(flow.state());
    }

    /**
     * The screen of a step, built on first use; null while the catalogue it needs is being read (it is built
     * then, behind the current screen); event thread only.
     */
    public JComponent screen(Step step) {
        return flowScreen(step);
    }

    private FlowScreen flowScreen(Step step) {
        FlowScreen screen = screens.get(step);
        if (screen == null && awaitsCatalogue(step)) {
            return null;
        }
        if (screen == null && factories.containsKey(step)) {
            screen = factories.get(step).get();
            screen.usePictograms(pictograms);
            screens.put(step, screen);
            frame.addScreen(step.name(), screen);
            screen.setSize(frame.getContentPane().getSize());
            screen.validate();
            if (screen instanceof ProcedureScreen procedures) {
                procedures.prepareTiles();
            }
            if (voice != null) {
                addSpeakAgain(step, screen);
            }
        }
        return screen;
    }

    /**
     * Speaks each new screen through {@code guide} (when its settings say so) and gives every screen a
     * "Nghe lại / Speak again" button, shown while the voice is on. Event thread.
     */
    public void voice(vn.onestop.kiosk.voice.VoiceGuide guide) {
        voice = guide;
        screens.forEach(this::addSpeakAgain);
        render(flow.state());
    }

    private void addSpeakAgain(Step step, FlowScreen screen) {
        javax.swing.JButton again = Styles.style(new javax.swing.JButton(), "kioskSecondary");
        again.setName(step.name().toLowerCase(java.util.Locale.ROOT) + ".speakAgain");
        again.addActionListener(e -> voice.again());
        screen.chrome().slot().add(again);
        speakAgain.put(step, again);
    }

    private void guide(FlowState state) {
        if (voice == null || suspended) {
            return;
        }
        javax.swing.JButton again = speakAgain.get(state.step());
        if (again != null) {
            again.setText(messages.get("voice.again"));
            again.setVisible(voice.on());
        }
        voice.screen(state);
    }

    /** True (and the screen is built, and the flow shown again, once it is read) while the catalogue is read. */
    private boolean awaitsCatalogue(Step step) {
        if ((step != Step.FIELD && step != Step.PROCEDURE) || catalogue.isDone()) {
            return false;
        }
        if (waiting.add(step)) {
            catalogue.whenReady(() -> javax.swing.SwingUtilities.invokeLater(() -> {
                waiting.remove(step);
                flowScreen(step);
                if (flow.state().step() == step) {
                    render(flow.state());
                }
            }));
        }
        return true;
    }

    /**
     * Shows another catalogue (a new server configuration): the field and procedure screens are built again from
     * it, at once on the attract screen, else when the citizen's session is over. Event thread.
     */
    public void replaceCatalogue(ProcedureCatalogue catalogue) {
        pendingCatalogue = catalogue;
        if (flow.state().step() == Step.ATTRACT) {
            applyCatalogue();
        }
    }

    private void applyCatalogue() {
        ProcedureCatalogue catalogue = pendingCatalogue;
        pendingCatalogue = null;
        factories.put(Step.FIELD, () -> new FieldScreen(messages, flow, catalogue.fields()));
        factories.put(Step.PROCEDURE, () -> new ProcedureScreen(messages, flow, catalogue));
        for (Step step : new Step[] {Step.FIELD, Step.PROCEDURE}) {
            FlowScreen old = screens.remove(step);
            if (old != null) {
                frame.removeScreen(old);
            }
        }
    }

    private void render(FlowState state) {
        if (pendingCatalogue != null && state.step() == Step.ATTRACT) {
            applyCatalogue();
        }
        FlowScreen screen = state.step() == Step.ATTRACT ? null : flowScreen(state.step());
        if (screen != null) {
            screen.show(state);
        } else if (waiting.contains(state.step())) {
            return;
        }
        if (suspended) {
            shown = null;
            return;
        }
        if (state.step() != shown) {
            frame.showScreen(state.step().name());
            shown = state.step();
        }
        guide(state);
    }
}
