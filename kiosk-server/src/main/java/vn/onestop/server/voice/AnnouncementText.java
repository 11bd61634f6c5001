package vn.onestop.server.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.onestop.core.voice.SpokenNumbers;

/**
 * The words of an announcement, per language, as a sentence for espeak-ng and as the list of clips a centre's
 * recordings are joined from. Pure code. Vietnamese: "Mời số A, không, một, năm, đến Quầy 3."; English:
 * "Number A, zero, one, five, please go to counter 3." (the counter's number is the digits of its name, else its
 * id). Clips: {@code moi-so A 0 1 5 den-quay 3} in {@code vi/}, {@code number A 0 1 5 please-go-to-counter 3} in
 * {@code en/}; digits are always read one by one from clips.
 */
public final class AnnouncementText {
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private final SpokenNumbers.Reading reading;

    public AnnouncementText(SpokenNumbers.Reading reading) {
        this.reading = reading;
    }

    /** The sentence fed to the speech engine. */
    public String sentence(Announcement a, String language) {
        String number = SpokenNumbers.ticket(a.number(), reading, language);
        return switch (language) {
            case "vi" -> "Mời số " + number + ", đến " + a.counterName() + ".";
            case "en" -> "Number " + number + ", please go to counter " + counterNumber(a) + ".";
            default -> throw new IllegalArgumentException("no announcement text for language " + language);
        };
    }

    /** The clip names (files {@code NAME.wav} in the language's folder), in order. */
    public List<String> clips(Announcement a, String language) {
        List<String> clips = new ArrayList<>();
        clips.add("vi".equals(language) ? "moi-so" : "number");
        for (char c : a.number().toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                clips.add(String.valueOf(c));
            }
        }
        clips.add("vi".equals(language) ? "den-quay" : "please-go-to-counter");
        Matcher m = DIGITS.matcher(a.counterName());
        if (m.find()) {
            m.group().chars().forEach(d -> clips.add(String.valueOf((char) d)));
        } else {
            clips.add("counter-" + a.counterId());
        }
        return clips;
    }

    /** The digits of the counter's name ("Quầy 3" gives 3), else its id. */
    static String counterNumber(Announcement a) {
        Matcher m = DIGITS.matcher(a.counterName());
        return m.find() ? m.group() : a.counterId();
    }
}
