package vn.onestop.kiosk.ui;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import vn.onestop.core.catalogue.Procedure;
import vn.onestop.core.catalogue.ProcedureCatalogue;
import vn.onestop.core.identity.CccdParser;
import vn.onestop.device.document.DocumentScanException;
import vn.onestop.device.document.DocumentScanner;
import vn.onestop.device.document.PageQuality;
import vn.onestop.device.document.ScanFault;
import vn.onestop.device.document.ScannedPage;
import vn.onestop.kiosk.desk.DevicePageScanDesk;
import vn.onestop.kiosk.flow.FlowFixtures;
import vn.onestop.kiosk.flow.GuideDesk;
import vn.onestop.kiosk.flow.KioskFlow;
import vn.onestop.kiosk.flow.PageScanDesk;
import vn.onestop.kiosk.flow.Step;
import vn.onestop.testkit.TestClock;

/**
 * The online-filing guide and the document-scanning screens of the {@link ScreenGallery} (issue 22), reached through
 * the real flow. The guide slip's printer answers when the walk says so; the scanning screen is fed by the kiosk's
 * real scan desk over a scripted document scanner (the hardware edge) that hands out a printed page, a blank page
 * and a paper jam, as a feeder scanner does.
 */
final class OnlineGallery {
    private OnlineGallery() {}

    /** Prints guide slips when the walk says so; the centre has an assisted online-filing desk. */
    static final class GuidePrinter implements GuideDesk {
        private final List<Consumer<String>> waiting = new ArrayList<>();

        @Override
        public void printGuide(Procedure procedure, Consumer<String> onDone) {
            waiting.add(onDone);
        }

        @Override
        public Optional<String> assistedService() {
            return Optional.of("D");
        }

        void finish(String problem) {
            waiting.remove(0).accept(problem);
        }
    }

    /**
     * A feeder scanner with a stack of sheets: each scan takes the next one, or fails as the scanner would once
     * the script says so (paper jam). Gray pages at 150 dpi, A4.
     */
    static final class ScriptedScanner implements DocumentScanner {
        private final Deque<Object> sheets = new ArrayDeque<>();

        void feed(BufferedImage page) {
            sheets.add(page);
        }

        void jam() {
            sheets.add(ScanFault.JAMMED);
        }

        @Override
        public ScannedPage scan() throws DocumentScanException {
            Object next = sheets.poll();
            if (next == null) {
                throw new DocumentScanException(ScanFault.NO_PAPER, "the feeder is empty");
            }
            if (next instanceof ScanFault fault) {
                throw new DocumentScanException(fault, "paper jam in the feeder");
            }
            return new ScannedPage((BufferedImage) next, 150);
        }

        @Override
        public String describe() {
            return "gallery:feeder";
        }
    }

    /** Runs each task at once, on the caller's thread (the walk is on the event thread and needs no waiting). */
    static final class AtOnce extends AbstractExecutorService {
        private boolean shut;

        @Override
        public void execute(Runnable command) {
            command.run();
        }

        @Override
        public void shutdown() {
            shut = true;
        }

        @Override
        public List<Runnable> shutdownNow() {
            shut = true;
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return shut;
        }

        @Override
        public boolean isTerminated() {
            return shut;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }

    static PageScanDesk scanDesk(ScriptedScanner scanner) {
        return new DevicePageScanDesk(Optional.of(scanner), PageQuality.defaults(), new AtOnce(), Runnable::run);
    }

    /** A4 at 150 dpi: a printed form with a heading, lines of text and a signature box. */
    static BufferedImage printedPage() {
        BufferedImage img = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(246, 246, 244));
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.setColor(new Color(30, 30, 30));
            g.setFont(new Font(Font.SERIF, Font.BOLD, 38));
            g.drawString("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 230, 150);
            g.setFont(new Font(Font.SERIF, Font.BOLD, 30));
            g.drawString("Độc lập - Tự do - Hạnh phúc", 420, 200);
            g.setFont(new Font(Font.SERIF, Font.BOLD, 46));
            g.drawString("TỜ KHAI", 520, 330);
            g.setFont(new Font(Font.SERIF, Font.PLAIN, 28));
            for (int i = 0; i < 24; i++) {
                int y = 440 + i * 48;
                g.drawString((i + 1) + ".", 130, y);
                g.drawLine(180, y + 4, 1110 - (i % 3) * 120, y + 4);
            }
            g.drawRect(760, 1600 - 180, 340, 150);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** An empty sheet: white with the scanner's faint noise. */
    static BufferedImage blankPage() {
        BufferedImage img = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(250, 250, 250));
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.dispose();
        return img;
    }

    static void walk(KioskFlow flow, GuidePrinter printer, ScriptedScanner scanner, FlowView view, KioskFrame frame,
            ScreenGallery.Visitor v, CccdParser parser, TestClock clock, ProcedureCatalogue catalogue)
            throws Exception {
        flow.home();
        flow.identify().cardRead(FlowFixtures.read(parser, FlowFixtures.payload("Nguyễn Văn An"), clock.instant()));
        Procedure p = catalogue.all().stream().filter(x -> x.filing().guided()).findFirst().orElseThrow();
        flow.chooseField(p.field());
        flow.chooseProcedure(p);
        flow.guide().open();
        v.visit("19-guide", view.screen(Step.GUIDE), frame);
        flow.guide().print();
        printer.finish(null);
        v.visit("19b-guide-printed", view.screen(Step.GUIDE), frame);

        flow.home();
        flow.identify().cardRead(FlowFixtures.read(parser, FlowFixtures.payload("Nguyễn Văn An"), clock.instant()));
        Procedure filed = catalogue.all().stream().filter(x -> x.code().equals("LLTP-1")).findFirst().orElseThrow();
        flow.chooseField(filed.field());
        flow.chooseProcedure(filed);
        flow.startFiling();
        "0912345678".chars().forEach(c -> flow.filing().phoneDigit((char) c));
        flow.filing().next();
        flow.filing().openScan(0);
        v.visit("20-scan-empty", view.screen(Step.SCAN), frame);
        scanner.feed(printedPage());
        flow.filing().scanPage();
        v.visit("20b-scan-page", view.screen(Step.SCAN), frame);
        scanner.feed(blankPage());
        flow.filing().scanPage();
        v.visit("20c-scan-blank-flagged", view.screen(Step.SCAN), frame);
        scanner.jam();
        flow.filing().scanPage();
        v.visit("20d-scan-jammed", view.screen(Step.SCAN), frame);
        flow.filing().finishScan();
        v.visit("20e-filing-documents-scanned", view.screen(Step.FILING), frame);
    }
}
