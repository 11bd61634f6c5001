package vn.onestop.kiosk.help;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.kiosk.server.ServerRefusedException;
import vn.onestop.kiosk.server.ServerUnavailableException;

/**
 * "Gọi hỗ trợ / Call for help": sends the kiosk's current screen code (never personal data) to the server on the
 * network thread. Presses within {@code quiet} of a call already made are not sent again; when the server cannot
 * be reached the citizen is told to ask at the information desk while the call is retried for {@code keepTrying}.
 * Outcomes go to the listener on the network thread. {@link #press} may be called from any thread.
 */
public final class HelpCall {
    private static final Logger LOG = LogManager.getLogger(HelpCall.class);

    /** What the citizen is told. */
    public enum Outcome {
        /** The staff pages show the call: someone is coming. */
        COMING,
        /** A call was made less than a minute ago: someone is already coming (or the desk was suggested). */
        ALREADY_CALLED,
        /** The server cannot be reached (or refused): ask at the information desk; the call is being retried. */
        ASK_AT_DESK
    }

    /** Delivers one call; throws when it could not be delivered. */
    public interface Channel {
        void call(String screen) throws ServerUnavailableException, ServerRefusedException;
    }

    private final Channel channel;
    private final ScheduledExecutorService network;
    private final Clock clock;
    private final Duration quiet;
    private final Duration keepTrying;
    private final Duration retryEvery;
    private final Consumer<Outcome> listener;
    private Instant lastPress;
    private Instant tryingUntil;
    /** What the last attempt of the current call gave: null while the first is on its way. */
    private Outcome last;

    public HelpCall(Channel channel, ScheduledExecutorService network, Clock clock, Duration quiet,
            Duration keepTrying, Duration retryEvery, Consumer<Outcome> listener) {
        this.channel = channel;
        this.network = network;
        this.clock = clock;
        this.quiet = quiet;
        this.keepTrying = keepTrying;
        this.retryEvery = retryEvery;
        this.listener = listener;
    }

    /** The citizen pressed the button on {@code screen}. */
    public void press(String screen) {
        Instant now = clock.instant();
        synchronized (this) {
            if (lastPress != null && now.isBefore(lastPress.plus(quiet))) {
                Outcome repeat = last == Outcome.ASK_AT_DESK ? Outcome.ASK_AT_DESK : Outcome.ALREADY_CALLED;
                network.execute(() -> listener.accept(repeat));
                return;
            }
            lastPress = now;
            tryingUntil = now.plus(keepTrying);
            last = null;
        }
        network.execute(() -> attempt(screen, true));
    }

    private void attempt(String screen, boolean first) {
        try {
            channel.call(screen);
            LOG.info("Call for help delivered from screen {}", screen);
            synchronized (this) {
                last = Outcome.COMING;
            }
            listener.accept(Outcome.COMING);
        } catch (ServerUnavailableException | ServerRefusedException | RuntimeException e) {
            LOG.warn("Call for help from screen {} not delivered: {}", screen, e.getMessage());
            if (first) {
                listener.accept(Outcome.ASK_AT_DESK);
            }
            boolean again;
            synchronized (this) {
                last = Outcome.ASK_AT_DESK;
                again = clock.instant().plus(retryEvery).isBefore(tryingUntil);
            }
            if (again) {
                network.schedule(() -> attempt(screen, false), retryEvery.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }
}
