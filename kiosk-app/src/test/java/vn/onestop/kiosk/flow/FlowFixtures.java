package vn.onestop.kiosk.flow;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.onestop.core.catalogue.ProcedureCatalogue;
import vn.onestop.core.identity.CccdParser;
import vn.onestop.core.identity.ProvinceCodes;
import vn.onestop.device.scanner.IdentityReader;
import vn.onestop.device.scanner.ScanEvent;
import vn.onestop.device.scanner.sim.SampleCards;

/** The shipped catalogue, provinces and sample cards, read from the config folder the build points at. */
public final class FlowFixtures {
    private FlowFixtures() {}

    public static Path configDir() {
        return Path.of(System.getProperty("onestop.config.dir"));
    }

    public static ProcedureCatalogue catalogue() {
        return ProcedureCatalogue.load(configDir().resolve("catalogue/procedures.json"));
    }

    public static CccdParser parser(Clock clock) {
        return new CccdParser(ProvinceCodes.load(configDir().resolve("provinces.csv")), clock);
    }

    public static SampleCards cards() throws IOException {
        return SampleCards.load(configDir().resolve("demo/sample-cards.txt"));
    }

    /** The card whose label contains {@code part}. */
    public static String payload(String part) throws IOException {
        return cards().cards().stream().filter(c -> c.label().contains(part)).findFirst().orElseThrow().payload();
    }

    public static IdentityReader.Outcome read(CccdParser parser, String payload, Instant at) {
        return new IdentityReader(parser).read(new ScanEvent.CodeScanned(payload, ScanEvent.Source.SIMULATED, at));
    }

    /** A desk that records orders; the test decides how each ends. */
    public static final class RecordingDesk implements TicketDesk {
        public final List<TicketOrder> orders = new ArrayList<>();
        private final List<Consumer<TicketOutcome>> pending = new ArrayList<>();

        @Override
        public void order(TicketOrder order, Consumer<TicketOutcome> onDone) {
            orders.add(order);
            pending.add(onDone);
        }

        public void finishLast(TicketOutcome outcome) {
            pending.remove(pending.size() - 1).accept(outcome);
        }
    }
}
