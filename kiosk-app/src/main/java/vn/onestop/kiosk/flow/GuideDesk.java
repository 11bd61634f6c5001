package vn.onestop.kiosk.flow;

import java.util.Optional;
import java.util.function.Consumer;
import vn.onestop.core.catalogue.Procedure;

/**
 * Prints the online-filing guide slip and names the assisted online-filing desk. {@link #printGuide} returns at
 * once; the printer thread prints and {@code onDone} is called exactly once, on the flow's thread, with null when
 * the slip printed or a stable problem code ("paper-out", "printer" ...) when it did not.
 */
public interface GuideDesk {

    void printGuide(Procedure procedure, Consumer<String> onDone);

    /** The queue service (ticket prefix) of the centre's assisted online-filing desk, if it has one. */
    Optional<String> assistedService();

    /** No printer and no desk (flows in tests of other parts). */
    GuideDesk UNAVAILABLE = new GuideDesk() {
        @Override
        public void printGuide(Procedure procedure, Consumer<String> onDone) {
            onDone.accept("unavailable");
        }

        @Override
        public Optional<String> assistedService() {
            return Optional.empty();
        }
    };
}
