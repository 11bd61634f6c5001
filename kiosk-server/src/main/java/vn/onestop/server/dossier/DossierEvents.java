package vn.onestop.server.dossier;

/**
 * What happened to a dossier at reception (issue 22), told after the change has committed, so a connector to the
 * provincial dossier system can pass it on. Each method gets the dossier's preparation code. Calls come on the
 * request thread that made the change: an implementation records the event (e.g. in its outbox) and returns
 * quickly; it must not throw (the change has already happened).
 *
 * <p>{@link #NONE}, the default, does nothing: officials then type the official dossier code themselves.
 */
public interface DossierEvents {
    /** Does nothing; officials type the official code. */
    DossierEvents NONE = new DossierEvents() {};

    /** A kiosk prepared a dossier (its documents may still be arriving). */
    default void prepared(String preparationCode) {}

    /** An official received the dossier (its official code may still be empty when {@link #assignsOfficialCodes}). */
    default void received(String preparationCode) {}

    /** An official asked for more before receiving it. */
    default void supplementRequested(String preparationCode) {}

    /** An official refused it. */
    default void refused(String preparationCode) {}

    /**
     * True when the provincial system issues official codes through this connector: the counter's "receive" may then
     * leave the code empty, and {@link DossierService#assignOfficialCode} sets it later.
     */
    default boolean assignsOfficialCodes() {
        return false;
    }
}
