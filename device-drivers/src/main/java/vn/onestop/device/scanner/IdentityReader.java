package vn.onestop.device.scanner;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import vn.onestop.core.identity.CccdParser;
import vn.onestop.core.identity.CitizenIdentity;
import vn.onestop.core.identity.IdentityResult;

/**
 * Turns scan events into a validated citizen identity or the list of reasons it was refused (scanner
 * errors and every problem {@link CccdParser} finds). Pure (the caller logs outcomes by reason code,
 * never by payload); thread-safe; never throws on any input.
 */
public final class IdentityReader {

    /** The outcome of one scan for the identity step of the kiosk. */
    public sealed interface Outcome {
        ScanEvent.Source source();

        Instant at();

        /** A card read and validated. */
        record Accepted(CitizenIdentity identity, ScanEvent.Source source, Instant at) implements Outcome { }

        /** Refused, with at least one reason in Vietnamese and English. */
        record Refused(List<vn.onestop.core.identity.IdentityProblem> reasons, ScanEvent.Source source, Instant at)
                implements Outcome {
            public Refused {
                reasons = List.copyOf(reasons);
                if (reasons.isEmpty()) {
                    throw new IllegalArgumentException("a refusal needs a reason");
                }
            }
        }
    }

    private final CccdParser parser;

    public IdentityReader(CccdParser parser) {
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    /** Reads one scan event. */
    public Outcome read(ScanEvent event) {
        if (event instanceof ScanEvent.CodeScanned scanned) {
            IdentityResult result = parser.parse(scanned.code());
            if (result.valid() && result.identity().isPresent()) {
                return new Outcome.Accepted(result.identity().get(), event.source(), event.at());
            }
            return new Outcome.Refused(result.problems(), event.source(), event.at());
        }
        ScanEvent.ScanFailed failed = (ScanEvent.ScanFailed) event;
        return new Outcome.Refused(List.of(ScanProblem.forReason(failed.reason()).problem()), event.source(),
                event.at());
    }

    /** A scan listener that reads every event and hands the outcome on (on the scanner's thread). */
    public ScanListener listener(Consumer<Outcome> sink) {
        Objects.requireNonNull(sink, "sink");
        return event -> sink.accept(read(event));
    }
}
