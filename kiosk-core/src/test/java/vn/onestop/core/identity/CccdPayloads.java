package vn.onestop.core.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code identity/cccd-payloads.tsv}: expected outcome, label, payload with escapes. */
final class CccdPayloads {

    record Case(List<String> expectedCodes, String label, String payload) {
        boolean valid() {
            return expectedCodes.isEmpty();
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private CccdPayloads() {
    }

    static List<Case> all() {
        try (InputStream in = CccdPayloads.class.getResourceAsStream("/identity/cccd-payloads.tsv")) {
            if (in == null) {
                throw new IllegalStateException("test resource identity/cccd-payloads.tsv is missing");
            }
            List<Case> cases = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                List<String> codes = cols[0].equals("VALID") ? List.of() : List.of(cols[0].split(","));
                cases.add(new Case(codes, cols[1], unescape(cols[2])));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch != '\\' || i + 1 >= text.length()) {
                out.append(ch);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 'r' -> out.append('\r');
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append('\\').append(next);
            }
        }
        return out.toString();
    }
}
