package vn.onestop.server.mobile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.server.events.EventBus;
import vn.onestop.server.events.EventCentres;
import vn.onestop.server.events.SseFrame;
import vn.onestop.server.events.SseSender;

/**
 * The phones following their tickets live (issue 24), kept by centre. When a centre's queue moves (a ticket issued,
 * called, parked, cancelled, a counter opened or closed), the states of all that centre's followed tickets are read
 * together once, {@link #SETTLE} after the first of the events (a burst of events is one read), and each phone is
 * sent its state if it changed; a phone whose link expired is sent {@code gone} and closed. Events of other
 * centres cost a phone nothing. The publishing thread only marks the centre; the reads run on this class's own
 * thread and the writes on the {@link SseSender}'s pool.
 */
public final class PhoneStreams implements AutoCloseable {
    /** How long after a queue event the centre's phones are refreshed: events within it are read together. */
    static final Duration SETTLE = Duration.ofMillis(200);
    private static final Logger LOG = LogManager.getLogger(PhoneStreams.class);
    /** What a phone was last shown when its link is gone. */
    private static final Object GONE = new Object();
    private final MobileTickets mobile;
    private final ObjectMapper json;
    private final Map<String, Set<Phone>> byCentre = new ConcurrentHashMap<>();
    private final Set<String> due = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService reader = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "mobile-refresh");
        t.setDaemon(true);
        return t;
    });

    public PhoneStreams(MobileTickets mobile, EventBus bus, ObjectMapper json) {
        this.mobile = mobile;
        this.json = json;
        bus.listen(this::moved);
    }

    /** Follows a ticket on a stream: sends its state now, then whenever its centre's queue moves it. */
    void follow(MobileTickets.Followed ticket, SseClient sse, SseSender.Outlet outlet) {
        Phone phone = new Phone(ticket.ticketId(), sse, outlet);
        Set<Phone> phones = byCentre.computeIfAbsent(ticket.centreId(), k -> ConcurrentHashMap.newKeySet());
        phones.add(phone);
        sse.onClose(() -> {
            phones.remove(phone);
            outlet.closed();
        });
        sse.keepAlive();
        // Registered before its first state is read, so a move in between is not missed; read on the refresh
        // thread, so a phone's states are read, and queued, in order.
        try {
            reader.execute(() -> {
                try {
                    phone.show(mobile.stateOfTicket(ticket.ticketId()));
                } catch (RuntimeException ex) {
                    LOG.warn("A phone's first state could not be read: {}", ex.toString());
                    sse.close(); // the page polls, or opens the stream again
                }
            });
        } catch (RejectedExecutionException closing) {
            sse.close();
        }
        outlet.resume();
    }

    /** The phones following tickets now (for tests and metrics). */
    int following() {
        return byCentre.values().stream().mapToInt(Set::size).sum();
    }

    private void moved(EventBus.LiveEvent e) {
        if (!moves(e)) {
            return;
        }
        String centre = EventCentres.of(e);
        Set<Phone> phones = byCentre.get(centre);
        if (phones != null && !phones.isEmpty() && due.add(centre)) {
            try {
                reader.schedule(() -> refresh(centre), SETTLE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closing) {
                due.remove(centre);
            }
        }
    }

    /** Whether an event may change what a phone shows. */
    private static boolean moves(EventBus.LiveEvent e) {
        return e.type().startsWith("ticket.") || e.type().equals("counter.state")
                || e.type().equals("centre.settings.changed");
    }

    private void refresh(String centre) {
        due.remove(centre); // an event from here on schedules another refresh, which reads after it
        Set<Phone> phones = byCentre.get(centre);
        if (phones == null || phones.isEmpty()) {
            return;
        }
        Map<String, MobileTicketState> states;
        try {
            states = mobile.statesOf(centre, phones.stream().map(Phone::ticketId).distinct().toList());
        } catch (RuntimeException ex) {
            // The phones keep their last state and get the next move; the page also polls when its stream ends.
            LOG.warn("Phones of a centre could not be updated: {}", ex.toString());
            return;
        }
        for (Phone p : phones) {
            if (states.containsKey(p.ticketId())) {
                p.show(states.get(p.ticketId()));
            }
        }
    }

    @Override
    public void close() {
        reader.shutdownNow();
    }

    private String write(MobileTicketState state) {
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The ticket state cannot be written as JSON", e);
        }
    }

    /** One phone's stream and the last state it was sent. */
    private final class Phone {
        private final String ticketId;
        private final SseClient sse;
        private final SseSender.Outlet outlet;
        /** The last state queued for this phone: an unchanged state is neither written as JSON nor queued. */
        private final AtomicReference<Object> last = new AtomicReference<>();

        Phone(String ticketId, SseClient sse, SseSender.Outlet outlet) {
            this.ticketId = ticketId;
            this.sse = sse;
            this.outlet = outlet;
        }

        String ticketId() {
            return ticketId;
        }

        /** Queues the state (null: the link is gone) if it differs from the last one queued. */
        void show(MobileTicketState state) {
            Object now = state == null ? GONE : state;
            if (now.equals(last.getAndSet(now))) {
                return; // most queue moves (a ticket joining behind) change nothing a phone shows
            }
            if (state == null) {
                byte[] gone = SseFrame.event("gone", "{}", null);
                outlet.offer(() -> {
                    outlet.write(gone);
                    sse.close();
                });
                return;
            }
            String body = write(state);
            outlet.offerEvent("state", body);
        }
    }
}
