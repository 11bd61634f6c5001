package vn.onestop.kiosk.input;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Telex input for the on-screen keyboard: turns the keys typed for one word into Vietnamese
 * ({@code aa→â, aw→ă, ee→ê, oo→ô, ow→ơ, uw/w→ư, dd→đ}; tones {@code s f r x j}, {@code z} removes the
 * tone; typing a modifier twice undoes it and keeps the letter). Pure and stateless: the keyboard keeps
 * the raw keys of the word being typed and recomposes it on every key, so backspace undoes the last key.
 */
public final class TelexComposer {
    private static final String TONE_KEYS = "sfrxj";
    private static final char[] TONE_MARKS = {'\u0301', '\u0300', '\u0309', '\u0303', '\u0323'};

    /** One letter of the word being built: its base (with hat, breve or horn) and whether it was typed upper-case. */
    private record Letter(char base, boolean upper) {}

    private TelexComposer() {}

    /**
     * The Vietnamese text for the keys typed. Each run of ASCII letters is one word; digits, spaces and
     * symbols pass through and end the word.
     */
    public static String compose(String keys) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < keys.length()) {
            int j = i;
            while (j < keys.length() && isAsciiLetter(keys.charAt(j))) {
                j++;
            }
            if (j > i) {
                out.append(composeWord(keys.substring(i, j)));
                i = j;
            } else {
                out.append(keys.charAt(i++));
            }
        }
        return out.toString();
    }

    private static String composeWord(String keys) {
        List<Letter> letters = new ArrayList<>();
        int tone = -1;
        boolean literal = false; // after an undo the rest of the word is typed as is
        for (int i = 0; i < keys.length(); i++) {
            char raw = keys.charAt(i);
            char k = Character.toLowerCase(raw);
            boolean upper = Character.isUpperCase(raw);
            int size = letters.size();
            if (literal) {
                letters.add(new Letter(k, upper));
            } else if (TONE_KEYS.indexOf(k) >= 0 && hasVowel(letters)) {
                int t = TONE_KEYS.indexOf(k);
                if (t == tone) {
                    tone = -1;
                    literal = true;
                    letters.add(new Letter(k, upper));
                } else {
                    tone = t;
                }
            } else if (k == 'z' && tone >= 0) {
                tone = -1;
            } else if (!applyModifier(letters, k, upper)) {
                letters.add(new Letter(k, upper));
            } else if (letters.size() > size) {
                literal = true; // the modifier was undone ("aaa", "aww")
            }
        }
        return render(letters, tone);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Handles aa, ee, oo, aw, ow, uw, w and dd (and their undo); false if {@code k} is a plain letter. */
    private static boolean applyModifier(List<Letter> letters, char k, boolean upper) {
        Letter last = letters.isEmpty() ? null : letters.get(letters.size() - 1);
        if (k == 'w') {
            return applyHorn(letters, upper);
        }
        if (last == null) {
            return false;
        }
        char from = last.base();
        char to = switch (k) {
            case 'a' -> from == 'a' ? 'â' : from == 'â' ? 'a' : 0;
            case 'e' -> from == 'e' ? 'ê' : from == 'ê' ? 'e' : 0;
            case 'o' -> from == 'o' ? 'ô' : from == 'ô' ? 'o' : 0;
            case 'd' -> from == 'd' ? 'đ' : from == 'đ' ? 'd' : 0;
            default -> 0;
        };
        if (to == 0) {
            return false;
        }
        letters.set(letters.size() - 1, new Letter(to, last.upper()));
        if (to == k) { // undo: "aaa" gives "aa"
            letters.add(new Letter(k, upper));
        }
        return true;
    }

    private static boolean applyHorn(List<Letter> letters, boolean upper) {
        int n = letters.size();
        Letter last = n == 0 ? null : letters.get(n - 1);
        if (last != null && (last.base() == 'ă' || last.base() == 'ơ' || last.base() == 'ư')) {
            char plain = last.base() == 'ă' ? 'a' : last.base() == 'ơ' ? 'o' : 'u';
            letters.set(n - 1, new Letter(plain, last.upper()));
            if (plain == 'o' && n >= 2 && letters.get(n - 2).base() == 'ư') {
                letters.set(n - 2, new Letter('u', letters.get(n - 2).upper()));
            }
            letters.add(new Letter('w', upper));
            return true;
        }
        // Horn goes on the last a/o/u of the word's vowels ("uo" + w gives "ươ").
        for (int i = n - 1; i >= 0 && isVowel(letters.get(i).base()); i--) {
            char b = letters.get(i).base();
            if (b == 'a' || b == 'o' || b == 'u') {
                letters.set(i, new Letter(b == 'a' ? 'ă' : b == 'o' ? 'ơ' : 'ư', letters.get(i).upper()));
                if (b == 'o' && i > 0 && letters.get(i - 1).base() == 'u') {
                    letters.set(i - 1, new Letter('ư', letters.get(i - 1).upper()));
                }
                return true;
            }
        }
        letters.add(new Letter('ư', upper));
        return true;
    }

    private static String render(List<Letter> letters, int tone) {
        StringBuilder sb = new StringBuilder();
        int toneAt = tone < 0 ? -1 : tonePosition(letters);
        for (int i = 0; i < letters.size(); i++) {
            Letter l = letters.get(i);
            sb.append(l.upper() ? Character.toUpperCase(l.base()) : l.base());
            if (i == toneAt) {
                sb.append(TONE_MARKS[tone]);
            }
        }
        return Normalizer.normalize(sb, Normalizer.Form.NFC);
    }

    /** Where the tone mark goes, by the traditional rules (hòa, thúy, người, quý, giường). */
    static int tonePosition(List<Letter> letters) {
        int start = -1;
        int end = -1;
        for (int i = 0; i < letters.size(); i++) {
            if (isVowel(letters.get(i).base()) && !isConsonantPart(letters, i)) {
                if (start < 0) {
                    start = i;
                }
                end = i;
            } else if (start >= 0) {
                break;
            }
        }
        if (start < 0) {
            return -1;
        }
        for (int i = end; i >= start; i--) {
            if ("âăêôơư".indexOf(letters.get(i).base()) >= 0) {
                return i;
            }
        }
        boolean closed = end + 1 < letters.size();
        int count = end - start + 1;
        if (closed || count == 1) {
            return end;
        }
        return count == 3 ? start + 1 : start;
    }

    /** The u of "qu" and the i of "gi" (before another vowel) belong to the consonant. */
    private static boolean isConsonantPart(List<Letter> letters, int i) {
        if (i == 0 || i + 1 >= letters.size() || !isVowel(letters.get(i + 1).base())) {
            return false;
        }
        char prev = letters.get(i - 1).base();
        char self = letters.get(i).base();
        return (prev == 'q' && self == 'u') || (prev == 'g' && self == 'i');
    }

    private static boolean hasVowel(List<Letter> letters) {
        return letters.stream().anyMatch(l -> isVowel(l.base()));
    }

    private static boolean isVowel(char c) {
        return "aăâeêioôơuưy".indexOf(c) >= 0;
    }
}
