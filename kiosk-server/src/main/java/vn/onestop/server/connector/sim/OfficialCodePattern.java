package vn.onestop.server.connector.sim;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulator's official dossier codes, from a pattern such as {@code 000.00.00.H41-{yyMMdd}-{seq:4}} (the shape of
 * codes the national portal issues: unit code, date, daily sequence). {@code {...}} holds a date pattern,
 * {@code seq:N}, the daily sequence zero-padded to N digits, or {@code agency}, the sending centre's agency code
 * (a province's centres each get codes under their own agency code, each with its own daily sequence). Pure.
 */
public final class OfficialCodePattern {
    private static final Pattern PART = Pattern.compile("\\{([^}]+)}");
    private final String pattern;

    public OfficialCodePattern(String pattern) {
        if (!pattern.contains("{seq")) {
            throw new IllegalArgumentException("the code pattern needs a {seq:N} part: " + pattern);
        }
        format("H41", LocalDate.of(2026, 1, 1), 1, pattern);
        this.pattern = pattern;
    }

    /** The code of the {@code seq}-th dossier registered on {@code day}. */
    public String code(LocalDate day, int seq) {
        return format("", day, seq, pattern);
    }

    /** The code of the {@code seq}-th dossier registered on {@code day} for the centre of {@code agency}. */
    public String code(String agency, LocalDate day, int seq) {
        return format(agency, day, seq, pattern);
    }

    /** Whether codes carry the sending centre's agency code (each agency then numbers on its own). */
    public boolean perAgency() {
        return pattern.contains("{agency}");
    }

    private static String format(String agency, LocalDate day, int seq, String pattern) {
        Matcher m = PART.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String part = m.group(1);
            String value;
            if (part.equals("agency")) {
                value = agency;
            } else if (part.startsWith("seq")) {
                int width = part.contains(":") ? Integer.parseInt(part.substring(part.indexOf(':') + 1)) : 4;
                value = String.format("%0" + width + "d", seq);
            } else {
                value = day.format(DateTimeFormatter.ofPattern(part));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
