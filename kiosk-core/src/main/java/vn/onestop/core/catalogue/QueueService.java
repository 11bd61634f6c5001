package vn.onestop.core.catalogue;

/**
 * A queue service of the centre: the counters that serve it, and the prefix of its tickets.
 *
 * @param code   ticket prefix, e.g. {@code "A"} (tickets A001, A002 ...)
 * @param nameVi name in Vietnamese, shown first
 * @param nameEn name in English
 */
public record QueueService(String code, String nameVi, String nameEn) {
}
