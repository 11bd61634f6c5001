package vn.onestop.kiosk.voice;

import java.util.Locale;
import java.util.Optional;
import vn.onestop.core.voice.SpokenNumbers;
import vn.onestop.kiosk.flow.FlowState;
import vn.onestop.kiosk.flow.Step;
import vn.onestop.kiosk.i18n.Messages;

/**
 * What the kiosk says on each screen, from the {@code voice.*} texts of the resource bundles in the screen's
 * language: what to do now, the number taken (read digit by digit) and where to go. Pure: it reads only the step
 * and the ticket's displayed number from the state, never the identity, the typed ID number or the search text,
 * so no personal data can be spoken.
 */
public final class Guidance {
    private Guidance() {}

    /** The sentence for the state's screen, or empty (the attract screen says nothing). */
    public static Optional<String> sentence(FlowState state, Messages messages) {
        Step step = state.step();
        if (step == Step.ATTRACT) {
            return Optional.empty();
        }
        String key = "voice." + step.name().toLowerCase(Locale.ROOT);
        if (step == Step.DONE) {
            if (state.ticket() == null) {
                return Optional.empty();
            }
            String language = messages.isVietnamese() ? "vi" : "en";
            return Optional.of(messages.get(key, SpokenNumbers.ticket(state.ticket().displayNumber(),
                    SpokenNumbers.Reading.DIGITS, language)));
        }
        String text = messages.get(key);
        return text.startsWith("!") ? Optional.empty() : Optional.of(text);
    }

    /** What the sentence is tied to: a new screen or a new ticket is spoken, a countdown tick is not. */
    static String occasion(FlowState state, Messages messages) {
        return state.step() + "|" + (state.ticket() == null ? "" : state.ticket().displayNumber()) + "|"
                + messages.locale();
    }
}
