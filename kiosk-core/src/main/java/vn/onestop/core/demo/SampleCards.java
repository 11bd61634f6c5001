package vn.onestop.core.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.onestop.core.config.ConfigException;

/**
 * The fictional ID card QR payloads that the demo's simulated scanner offers, from
 * {@code config/demo/sample-cards.txt}: one card per line, {@code label<TAB>payload}; {@code #} comments.
 */
public final class SampleCards {

    /** One fictional card: a label for the operator and the QR payload. */
    public record SampleCard(String label, String payload) {
        /** Whether the file marks this card as one the kiosk must refuse. */
        public boolean meantInvalid() {
            return label.contains("INVALID");
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private SampleCards() {
    }

    /** @throws ConfigException naming the file and line if unreadable or a line lacks its tab */
    public static List<SampleCard> load(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(file, "cannot read the sample cards (" + e.getClass().getSimpleName() + ")", e);
        }
        List<SampleCard> cards = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new ConfigException(file, "line " + (i + 1) + ": expected label<TAB>payload");
            }
            cards.add(new SampleCard(line.substring(0, tab).strip(), line.substring(tab + 1)));
        }
        return List.copyOf(cards);
    }
}
