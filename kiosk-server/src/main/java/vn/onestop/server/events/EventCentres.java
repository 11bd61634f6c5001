package vn.onestop.server.events;

import java.util.function.UnaryOperator;
import vn.onestop.server.centre.Centre;

/**
 * Which centre an event belongs to (issue 21): every event's data carries {@code centreId}; one without it belongs to
 * the centre 'main' (a single-centre install, or a publisher not yet naming its centre). Streams show a client only
 * the events of the centre it watches; {@value #ALL} (a province-wide user's {@code ?centre=*}) watches all.
 */
public final class EventCentres {
    /** Every centre of the province. */
    public static final String ALL = Centre.PROVINCE;

    private EventCentres() {}

    /** The centre of an event: its data's {@code centreId}, else 'main'. */
    public static String of(EventBus.LiveEvent e) {
        Object c = e.data() == null ? null : e.data().get("centreId");
        return c == null ? Centre.MAIN : c.toString();
    }

    /** A view that shows {@code view}'s part of the events of {@code centreId} only (all for {@value #ALL}). */
    public static UnaryOperator<EventBus.LiveEvent> only(String centreId, UnaryOperator<EventBus.LiveEvent> view) {
        return e -> ALL.equals(centreId) || centreId.equals(of(e)) ? view.apply(e) : null;
    }

    /**
     * A view that drops events naming another centre and leaves the rest to {@code view} (a device stream keyed by a
     * counter id, unique across centres, which also takes counter events that name no centre).
     */
    public static UnaryOperator<EventBus.LiveEvent> notOther(String centreId, UnaryOperator<EventBus.LiveEvent> view) {
        return e -> {
            Object named = e.data() == null ? null : e.data().get("centreId");
            return named != null && !centreId.equals(named.toString()) ? null : view.apply(e);
        };
    }
}
