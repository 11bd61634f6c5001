package vn.onestop.kiosk.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import vn.onestop.core.catalogue.Procedure;
import vn.onestop.core.catalogue.ProcedureCatalogue;
import vn.onestop.core.identity.CccdParser;
import vn.onestop.core.rating.RatingLevel;
import vn.onestop.core.slip.ReturnMethod;
import vn.onestop.core.wire.DossierView;
import vn.onestop.core.wire.StatusStep;
import vn.onestop.kiosk.flow.FiledDossier;
import vn.onestop.kiosk.flow.FilingOutcome;
import vn.onestop.kiosk.flow.FilingSession;
import vn.onestop.kiosk.flow.FlowFixtures;
import vn.onestop.kiosk.flow.KioskFlow;
import vn.onestop.kiosk.flow.LookupOutcome;
import vn.onestop.kiosk.flow.RatingOutcome;
import vn.onestop.kiosk.flow.RecordingDossierDesk;
import vn.onestop.kiosk.flow.Step;
import vn.onestop.testkit.TestClock;

/** The filing, lookup and rating screens of the {@link ScreenGallery}, reached through the real flow. */
final class FilingGallery {
    private FilingGallery() {}

    static void walk(KioskFlow flow, RecordingDossierDesk dossiers, FlowView view, KioskFrame frame,
            ScreenGallery.Visitor v, CccdParser parser, TestClock clock, ProcedureCatalogue catalogue)
            throws Exception {
        flow.home();
        flow.identify().cardRead(FlowFixtures.read(parser, FlowFixtures.payload("Nguyễn Văn An"), clock.instant()));
        Procedure p = catalogue.all().stream().filter(x -> x.code().equals("LLTP-1")).findFirst().orElseThrow();
        flow.chooseField(p.field());
        flow.chooseProcedure(p);
        v.visit("10-info-file", view.screen(Step.INFO), frame);
        flow.startFiling();
        v.visit("11-filing-applicant", view.screen(Step.FILING), frame);
        "0912345678".chars().forEach(c -> flow.filing().phoneDigit((char) c));
        flow.filing().next();
        flow.filing().nextForm(1);
        v.visit("12-filing-documents", view.screen(Step.FILING), frame);
        flow.filing().next();
        flow.filing().delivery(ReturnMethod.POST);
        v.visit("13-filing-delivery", view.screen(Step.FILING), frame);
        flow.filing().edit(FilingSession.Editing.ADDRESS);
        v.visit("13b-filing-address", view.screen(Step.FILING), frame);
        flow.filing().edit(FilingSession.Editing.NONE);
        flow.filing().next();
        flow.filing().next();
        v.visit("14-filing-review-consent-missing", view.screen(Step.FILING), frame);
        flow.filing().consent(true);
        v.visit("14b-filing-review", view.screen(Step.FILING), frame);
        flow.filing().next();
        v.visit("15-submitting", view.screen(Step.SUBMITTING), frame);
        dossiers.finishFiling(new FilingOutcome.Filed(new FiledDossier("H41.21-261125-0001", "LLTP-1",
                LocalDateTime.of(2026, 12, 9, 8, 0), false, true, null)));
        v.visit("16-filed", view.screen(Step.FILED), frame);
        // Rated once an official received it: the slip's QR code looked up, then "Rate our service".
        flow.home();
        flow.lookup().open();
        flow.lookup().text("H41.21-261125-0001");
        flow.lookup().submit();
        dossiers.finishLookup(new LookupOutcome.Found(new DossierView("H41.21-261125-0001", "LLTP-1",
                "Cấp Phiếu lý lịch tư pháp số 1 cho công dân Việt Nam", "Issuance of Criminal Record Certificate No. 1",
                "received", "Đã tiếp nhận", "Received", clock.instant(), LocalDateTime.of(2026, 12, 9, 8, 0), false,
                "POST", null, List.of())));
        flow.lookup().rate();
        v.visit("17-rating", view.screen(Step.RATING), frame);
        flow.rating().choose(RatingLevel.DISSATISFIED);
        flow.rating().toggleReason("wait");
        v.visit("17b-rating-reasons", view.screen(Step.RATING), frame);
        flow.rating().send();
        v.visit("17d-rating-criteria", view.screen(Step.RATING), frame);
        flow.rating().answer(4);
        flow.rating().skip();
        flow.rating().skip();
        dossiers.finishRating(RatingOutcome.THANKS);
        v.visit("17c-rating-thanks", view.screen(Step.RATING), frame);
        saved(flow, dossiers, view, frame, v, parser, clock, catalogue);
        pickAddress(flow, view, frame, v, parser, clock, catalogue);
        lookup(flow, dossiers, view, frame, v, clock);
    }

    /** A card whose old commune went to several new ones: the citizen picks the new commune. */
    private static void pickAddress(KioskFlow flow, FlowView view, KioskFrame frame, ScreenGallery.Visitor v,
            CccdParser parser, TestClock clock, ProcedureCatalogue catalogue) throws Exception {
        flow.home();
        flow.identify().cardRead(FlowFixtures.read(parser, FlowFixtures.payload("Võ Minh Khoa"), clock.instant()));
        Procedure p = catalogue.all().stream().filter(x -> x.code().equals("LLTP-1")).findFirst().orElseThrow();
        flow.chooseField(p.field());
        flow.chooseProcedure(p);
        flow.startFiling();
        "0912345678".chars().forEach(c -> flow.filing().phoneDigit((char) c));
        flow.filing().next();
        flow.filing().next();
        flow.filing().delivery(ReturnMethod.POST);
        flow.filing().chooseAddress(1);
        v.visit("13c-filing-address-pick", view.screen(Step.FILING), frame);
    }

    /** A filing confirmed while the server is away: stored on the kiosk, no code, no slip. */
    private static void saved(KioskFlow flow, RecordingDossierDesk dossiers, FlowView view, KioskFrame frame,
            ScreenGallery.Visitor v, CccdParser parser, TestClock clock, ProcedureCatalogue catalogue)
            throws Exception {
        flow.home();
        flow.identify().cardRead(FlowFixtures.read(parser, FlowFixtures.payload("Nguyễn Văn An"), clock.instant()));
        Procedure p = catalogue.all().stream().filter(x -> x.code().equals("LLTP-1")).findFirst().orElseThrow();
        flow.chooseField(p.field());
        flow.chooseProcedure(p);
        flow.startFiling();
        "0912345678".chars().forEach(c -> flow.filing().phoneDigit((char) c));
        flow.filing().next();
        flow.filing().next();
        flow.filing().next();
        flow.filing().consent(true);
        flow.filing().next();
        dossiers.finishFiling(new FilingOutcome.Saved());
        v.visit("16b-filed-saved", view.screen(Step.FILED), frame);
    }

    private static void lookup(KioskFlow flow, RecordingDossierDesk dossiers, FlowView view, KioskFrame frame,
            ScreenGallery.Visitor v, TestClock clock) {
        flow.home();
        flow.lookup().open();
        v.visit("18-lookup", view.screen(Step.LOOKUP), frame);
        flow.lookup().text("H41.21-261125-0001");
        flow.lookup().submit();
        Instant received = clock.instant();
        dossiers.finishLookup(new LookupOutcome.Found(new DossierView("H41.21-261125-0001", "LLTP-1",
                "Cấp Phiếu lý lịch tư pháp số 1 cho công dân Việt Nam", "Issuance of Criminal Record Certificate No. 1",
                "processing", "Đang xử lý", "Processing", received, LocalDateTime.of(2026, 12, 9, 8, 0), false, "POST",
                null, List.of(new StatusStep("received", "Đã tiếp nhận", "Received", received),
                        new StatusStep("processing", "Đang xử lý", "Processing", received.plusSeconds(3600))))));
        v.visit("18b-lookup-found", view.screen(Step.LOOKUP), frame);
        flow.home();
        flow.lookup().open();
        flow.lookup().text("H41.21-261125-9999");
        flow.lookup().submit();
        dossiers.finishLookup(new LookupOutcome.NotFound());
        v.visit("18c-lookup-not-found", view.screen(Step.LOOKUP), frame);
    }
}
