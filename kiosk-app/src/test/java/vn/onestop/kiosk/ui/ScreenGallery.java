package vn.onestop.kiosk.ui;

import java.awt.Dimension;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.JComponent;
import vn.onestop.core.catalogue.ProcedureCatalogue;
import vn.onestop.core.config.Settings;
import vn.onestop.core.identity.CccdParser;
import vn.onestop.kiosk.config.KioskConfig;
import vn.onestop.kiosk.flow.FlowFixtures;
import vn.onestop.kiosk.flow.IssuedTicket;
import vn.onestop.kiosk.flow.KioskFlow;
import vn.onestop.kiosk.flow.FilingOptions;
import vn.onestop.kiosk.flow.PrinterAvailability;
import vn.onestop.kiosk.flow.RecordingDossierDesk;
import vn.onestop.kiosk.flow.Step;
import vn.onestop.kiosk.flow.TicketOutcome;
import vn.onestop.kiosk.i18n.Messages;
import vn.onestop.testkit.TestClock;

/**
 * Every screen of the kiosk, reached through the real flow (a recording desk stands in for the printer
 * and server), in a window of the given size. Event thread only. Used by the accessibility test and the
 * screenshot script.
 */
public final class ScreenGallery {
    /** Target screens: landscape full HD, portrait full HD, small laptop-size panel, 5:4 monitor. */
    public static final Dimension[] SIZES = {new Dimension(1920, 1080), new Dimension(1080, 1920),
        new Dimension(1366, 768), new Dimension(1280, 1024)};

    /** Receives each screen once it shows the state named. */
    public interface Visitor {
        void visit(String name, JComponent screen, KioskFrame frame);
    }

    private ScreenGallery() {}

    private static void invalidateTree(java.awt.Component c) {
        c.invalidate();
        if (c instanceof java.awt.Container k) {
            for (java.awt.Component child : k.getComponents()) {
                invalidateTree(child);
            }
        }
    }

    public static KioskConfig config() throws Exception {
        return KioskConfig.from(Settings.load(FlowFixtures.configDir().resolve("kiosk.properties")));
    }

    /** Walks every screen in {@code locale} at {@code size}, calling {@code visitor} for each. */
    public static void walk(Locale locale, Dimension size, Visitor visitor) throws Exception {
        walk(locale, size, false, visitor);
    }

    /**
     * As above; with {@code voice} the spoken guidance is on, so every screen carries its "Nghe lại / Speak again"
     * button in the bottom bar.
     */
    public static void walk(Locale locale, Dimension size, boolean voice, Visitor visitor) throws Exception {
        KioskConfig config = config();
        TestClock clock = new TestClock(Instant.parse("2026-11-25T02:00:00Z"), TestClock.VIETNAM);
        CccdParser parser = FlowFixtures.parser(clock);
        ProcedureCatalogue catalogue = FlowFixtures.catalogue();
        FlowFixtures.RecordingDesk desk = new FlowFixtures.RecordingDesk();
        AtomicInteger keys = new AtomicInteger();
        RecordingDossierDesk dossiers = new RecordingDossierDesk();
        OnlineGallery.GuidePrinter guides = new OnlineGallery.GuidePrinter();
        OnlineGallery.ScriptedScanner scanner = new OnlineGallery.ScriptedScanner();
        KioskFlow flow = new KioskFlow(parser, desk, dossiers, guides, OnlineGallery.scanDesk(scanner),
                FilingOptions.DEFAULT.withAddresses(
                vn.onestop.kiosk.config.FilingConfig.addresses(FlowFixtures.configDir())).withCriteria(
                vn.onestop.kiosk.config.FilingConfig.from(config.all()).ratingCriteria()), clock, Duration.ofSeconds(60),
                Duration.ofSeconds(20), () -> "gallery-" + keys.incrementAndGet());
        Messages messages = new Messages(locale);
        KioskFrame frame = new KioskFrame("gallery", false);
        Pictograms pictograms = Pictograms.load(FlowFixtures.configDir().resolve("pictograms"));
        AttractScreen attract = new AttractScreen(messages, config, flow::start, pictograms);
        attract.onLookup(flow.lookup()::open);
        FlowView view = new FlowView(frame, flow, messages, vn.onestop.kiosk.config.CatalogueLoad.of(catalogue), attract,
                pictograms);
        vn.onestop.kiosk.voice.VoiceGuide guide = voice ? vn.onestop.kiosk.voice.GalleryVoice.on(messages) : null;
        if (guide != null) {
            view.voice(guide);
        }
        frame.setPreferredSize(size);
        frame.pack();
        frame.setSize(size);
        frame.validate();
        Visitor v = (name, screen, f) -> {
            f.getContentPane().setSize(f.getContentPane().getWidth(), f.getContentPane().getHeight());
            // What a shown window does once the event that changed the screen is over: lay out again what was
            // revalidated meanwhile (a button that became visible, a text that grew). The gallery's window is never
            // shown, so the whole tree is laid out afresh here.
            // Twice: a bar's height depends on its width (it wraps), known only after the first pass.
            for (int pass = 0; pass < 2; pass++) {
                invalidateTree(f.getContentPane());
                f.validate();
            }
            visitor.visit(name, screen, f);
        };
        v.visit("1-attract", (JComponent) frame.getContentPane(), frame);
        flow.start();
        v.visit("2-identify", view.screen(Step.IDENTIFY), frame);
        "999912345678".chars().forEach(c -> flow.identify().keypadDigit((char) c));
        flow.identify().keypadSubmit();
        v.visit("2b-identify-refused", view.screen(Step.IDENTIFY), frame);
        flow.identify().cardRead(FlowFixtures.read(parser, FlowFixtures.payload("Nguyễn Văn An"), clock.instant()));
        v.visit("3-field", view.screen(Step.FIELD), frame);
        flow.search("");
        flow.search("hộ tịch");
        v.visit("4b-search", view.screen(Step.PROCEDURE), frame);
        flow.back();
        flow.chooseField(catalogue.fields().get(0));
        v.visit("4-procedure", view.screen(Step.PROCEDURE), frame);
        flow.chooseProcedure(catalogue.byField(catalogue.fields().get(0)).get(0));
        v.visit("5-info", view.screen(Step.INFO), frame);
        flow.printerChanged(PrinterAvailability.PAUSED);
        v.visit("5b-info-printer-paused", view.screen(Step.INFO), frame);
        flow.printerChanged(PrinterAvailability.READY);
        flow.askPriority();
        v.visit("6-priority", view.screen(Step.PRIORITY), frame);
        flow.choosePriority("elderly");
        v.visit("7-printing", view.screen(Step.PRINTING), frame);
        desk.finishLast(new TicketOutcome.Printed(new IssuedTicket("t-1", "A015", "A", "elderly", 4, 18,
                clock.instant(), false)));
        v.visit("8-done", view.screen(Step.DONE), frame);
        flow.home();
        flow.start();
        flow.identify().continueWithoutId();
        flow.chooseField(catalogue.fields().get(0));
        flow.chooseProcedure(catalogue.byField(catalogue.fields().get(0)).get(0));
        flow.takeTicket();
        desk.finishLast(new TicketOutcome.Printed(new IssuedTicket("k", "K1-A003", "A", null, -1, -1,
                clock.instant(), true)));
        v.visit("8b-done-offline", view.screen(Step.DONE), frame);
        flow.home();
        flow.start();
        flow.identify().continueWithoutId();
        flow.chooseField(catalogue.fields().get(0));
        flow.chooseProcedure(catalogue.byField(catalogue.fields().get(0)).get(0));
        flow.takeTicket();
        desk.finishLast(new TicketOutcome.PrintFailed("paper-out"));
        v.visit("9-failed", view.screen(Step.FAILED), frame);
        FilingGallery.walk(flow, dossiers, view, frame, v, parser, clock, catalogue);
        OnlineGallery.walk(flow, guides, scanner, view, frame, v, parser, clock, catalogue);
        view.stop();
        if (guide != null) {
            guide.close();
        }
        frame.dispose();
    }
}
