package vn.onestop.server.events;

import java.util.function.UnaryOperator;

/**
 * A stream view shared by many streams (every hall display of a province): the view of an event is made once and
 * the same object handed to every stream, so the event is also written as JSON once ({@link SseSender}). Live events
 * reach the streams one event at a time, so remembering the last event's view is enough.
 */
public final class SharedView implements UnaryOperator<EventBus.LiveEvent> {
    private final UnaryOperator<EventBus.LiveEvent> view;
    private long lastId = Long.MIN_VALUE;
    private EventBus.LiveEvent lastShown;

    public SharedView(UnaryOperator<EventBus.LiveEvent> view) {
        this.view = view;
    }

    @Override
    public synchronized EventBus.LiveEvent apply(EventBus.LiveEvent e) {
        if (e.id() != lastId) {
            lastShown = view.apply(e);
            lastId = e.id();
        }
        return lastShown;
    }
}
