package vn.onestop.kiosk.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The personal data of the sample cards (and of a filing's contact fields), in every spelling that could
 * reach a file: ID and old CMND numbers, names and addresses with diacritics (NFC and NFD), without them,
 * and as JSON {@code \\u} escapes, dates of birth as on the card, as dd/MM/yyyy and as ISO dates.
 * {@link #scan} names each hit by what it is, never by the value.
 */
final class PersonalDataNeedles {
    /** What it is ("card 3 name without diacritics") to the text searched for. */
    private final Map<String, String> needles = new LinkedHashMap<>();

    /** Adds the fields of a CCCD QR payload ({@code ID|CMND|name|ddMMyyyy|sex|address|issued[|extras]}). */
    PersonalDataNeedles card(String what, String payload) {
        String[] f = payload.split("\\|", -1);
        exact(what + " ID number", f[0]);
        if (!f[1].isBlank()) {
            exact(what + " old CMND number", f[1]);
        }
        text(what + " name", f[2]);
        String dob = f[3];
        exact(what + " date of birth", dob);
        exact(what + " date of birth dd/MM/yyyy", dob.substring(0, 2) + "/" + dob.substring(2, 4) + "/"
                + dob.substring(4));
        exact(what + " date of birth ISO", dob.substring(4) + "-" + dob.substring(2, 4) + "-" + dob.substring(0, 2));
        text(what + " address", f[5]);
        String street = f[5].split(",")[0].strip();
        if (street.length() >= 8 && !street.equals(f[5])) {
            text(what + " address first part", street);
        }
        for (int i = 8; i < f.length; i++) {
            if (!f[i].isBlank()) {
                text(what + " extra field " + i, f[i]);
            }
        }
        return this;
    }

    /** A value to find as it is (numbers, e-mail). */
    PersonalDataNeedles exact(String what, String value) {
        needles.put(what, value);
        return this;
    }

    /** Vietnamese text: as written (NFC), decomposed (NFD), without diacritics, and JSON-escaped. */
    PersonalDataNeedles text(String what, String value) {
        String nfc = Normalizer.normalize(value, Normalizer.Form.NFC);
        needles.put(what, nfc);
        needles.put(what + " (NFD)", Normalizer.normalize(value, Normalizer.Form.NFD));
        needles.put(what + " without diacritics", fold(nfc));
        needles.put(what + " JSON-escaped", escaped(nfc, "\\u%04x"));
        needles.put(what + " JSON-escaped upper", escaped(nfc, "\\u%04X"));
        return this;
    }

    static String fold(String s) {
        String base = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return base.replace('đ', 'd').replace('Đ', 'D');
    }

    private static String escaped(String s, String format) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> b.append(c < 128 ? String.valueOf((char) c) : String.format(format, c)));
        return b.toString();
    }

    /** Every file under {@code root} (except those {@code skip} accepts) with the needles found in it. */
    List<String> scan(Path root, java.util.function.Predicate<Path> skip) throws IOException {
        List<String> hits = new ArrayList<>();
        if (!Files.exists(root)) {
            return hits;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).filter(skip.negate()).toList()) {
                String content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                String lower = content.toLowerCase(Locale.ROOT);
                needles.forEach((what, value) -> {
                    boolean ascii = value.chars().allMatch(c -> c < 128);
                    if (ascii ? lower.contains(value.toLowerCase(Locale.ROOT)) : content.contains(value)) {
                        hits.add(root.relativize(file) + ": " + what);
                    }
                });
            }
        }
        return hits;
    }

    int size() {
        return needles.size();
    }
}
