package vn.onestop.device.scanner.sim;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample cards a technician can "scan" in the demo, read from a UTF-8 file with one card a line,
 * {@code label<TAB>payload}; blank lines and lines starting with {@code #} are skipped. Lines that do
 * not fit are listed in {@link #problems()} by line number (never by content: payloads are personal
 * data in form) and the rest still load.
 *
 * @param cards    the cards in file order
 * @param problems one message per skipped line, e.g. "line 7: no TAB between label and payload"
 */
public record SampleCards(List<Card> cards, List<String> problems) {

    /** One sample card: what the technician sees, and what the scanner would send. */
    public record Card(String label, String payload) { }

    public SampleCards {
        cards = List.copyOf(cards);
        problems = List.copyOf(problems);
    }

    /** Where the demo's cards are shipped, relative to the configuration folder. */
    public static final String DEMO_FILE = "demo/sample-cards.txt";

    /** Loads {@code <configDir>/demo/sample-cards.txt}, the cards the demo's technician panel offers. */
    public static SampleCards loadDemo(Path configDir) throws IOException {
        return load(configDir.resolve(DEMO_FILE));
    }

    /** Loads the file; an unreadable or non-UTF-8 file is an IOException naming the file. */
    public static SampleCards load(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new IOException(file + " is not UTF-8 text: save it as UTF-8", e);
        }
        return parse(lines);
    }

    static SampleCards parse(List<String> lines) {
        List<Card> cards = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = stripBom(lines.get(i), i);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                problems.add("line " + (i + 1) + ": no TAB between label and payload");
            } else if (line.substring(0, tab).isBlank()) {
                problems.add("line " + (i + 1) + ": empty label");
            } else if (line.substring(tab + 1).isEmpty()) {
                problems.add("line " + (i + 1) + ": empty payload");
            } else {
                cards.add(new Card(line.substring(0, tab).strip(), line.substring(tab + 1)));
            }
        }
        return new SampleCards(cards, problems);
    }

    private static String stripBom(String line, int index) {
        return index == 0 && line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
