package vn.onestop.server.queue;

/** How priority classes are served. */
public enum PriorityMode {
    /** Any waiting priority ticket is called before every normal ticket. */
    STRICT,
    /** After a configured number of priority calls in a row at a counter, the oldest normal ticket goes next. */
    INTERLEAVED
}
