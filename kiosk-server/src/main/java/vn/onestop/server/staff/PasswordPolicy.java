package vn.onestop.server.staff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Staff password rules of OWASP ASVS 4.0 V2.1: 12 to 128 characters, any characters (no composition rules), not a
 * commonly breached password (nor one of those words followed by digits or punctuation), not only digits (a phone
 * or ID number), not one character repeated, and not containing the user name.
 */
final class PasswordPolicy {
    static final int MIN = 12;
    static final int MAX = 128;
    private static final String LIST = "/security/common-passwords.txt";
    private final Set<String> common = load();

    /** Why {@code password} is refused for {@code username}, or empty when it is acceptable. Never quotes it. */
    Optional<String> check(String username, char[] password) {
        if (password == null || password.length < MIN || password.length > MAX) {
            return Optional.of("password must be " + MIN + "-" + MAX + " characters (a short sentence is easy to "
                    + "remember)");
        }
        String p = new String(password).toLowerCase(Locale.ROOT);
        if (p.chars().allMatch(Character::isDigit)) {
            return Optional.of("password must not be only digits (like a phone or ID number)");
        }
        if (p.chars().distinct().count() <= 2) {
            return Optional.of("password must not repeat one or two characters");
        }
        if (username != null && username.length() >= 3 && p.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password must not contain the user name");
        }
        String base = p.replaceAll("[\\d\\p{Punct}\\s]+$", "");
        if (common.contains(p) || common.contains(base) || common.contains(p.replace(" ", ""))) {
            return Optional.of("password is one of the most common (breached) passwords: choose another");
        }
        return Optional.empty();
    }

    private static Set<String> load() {
        InputStream in = PasswordPolicy.class.getResourceAsStream(LIST);
        if (in == null) {
            throw new IllegalStateException("The list of common passwords " + LIST + " is missing from the server jar");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + LIST, e);
        }
    }
}
