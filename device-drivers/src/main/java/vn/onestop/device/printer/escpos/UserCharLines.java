package vn.onestop.device.printer.escpos;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Prints lines of text holding letters the printer's font lacks as user-defined characters. Before each such
 * line (never inside one) it downloads, with {@code ESC &}, the letters the line needs that the printer does
 * not hold yet, onto codes 33..126 that the line does not use as ASCII, and switches the user-defined set on
 * ({@code ESC %}). A code the line needs as ASCII but that holds a letter is cancelled ({@code ESC ?}), so the
 * printer's own character prints there. When codes run out (a document can need more than 94 distinct letters)
 * a letter is replaced: the one needed again furthest ahead in the document, so that re-downloads are few.
 * Lines of plain ASCII switch the set off only when they use a code that holds a letter. Where the printer has a
 * {@link BuiltinTable}, letters it holds go as its bytes 0x80..0xFF (that table selected) and are not downloaded.
 */
final class UserCharLines {
    private final UserGlyphs glyphs;
    private final UserCharSession session;
    private final List<String> lines;
    private final boolean kept;
    private final BuiltinTable builtin;
    private int next;

    /**
     * @param lines every line of the ticket printed as text, in order: those that will go through {@link #line}
     *     (with letters beyond ASCII) and the others, which are only looked ahead at
     * @param kept the printer keeps its letters for the next ticket: letters held are worth keeping
     * @param builtin a table of the printer whose letters are printed from it
     */
    UserCharLines(UserGlyphs glyphs, UserCharSession session, List<String> lines, boolean kept,
            BuiltinTable builtin) {
        this.glyphs = glyphs;
        this.session = session;
        this.lines = List.copyOf(lines);
        this.kept = kept;
        this.builtin = builtin;
    }

    /** The built-in table's byte printing {@code c}, or -1 when it has to be downloaded. */
    private static int builtinCode(char c, BuiltinTable builtin) {
        return builtin.code(c);
    }

    /** True when the line can be printed so: every letter drawable, and letters plus ASCII fit in 94 codes. */
    static boolean fits(String line, UserGlyphs glyphs, BuiltinTable builtin) {
        Set<Character> letters = new LinkedHashSet<>();
        Set<Character> ascii = new TreeSet<>();
        for (char c : line.toCharArray()) {
            if (c >= 0x20 && c < 0x7F) {
                ascii.add(c);
            } else if (builtinCode(c, builtin) >= 0) {
                continue;
            } else if (Character.isSurrogate(c) || Character.isISOControl(c) || !glyphs.canDraw(c)) {
                return false;
            } else {
                letters.add(c);
            }
        }
        ascii.remove(' ');
        return letters.size() + ascii.size() <= UserCharSession.LAST - UserCharSession.FIRST + 1;
    }

    /** Downloads what the next planned line needs and returns its bytes (without the line feed). */
    byte[] line(EscPosWriter w, String line) {
        int index = lines.subList(next, lines.size()).indexOf(line);
        if (index < 0) {
            throw new IllegalStateException("user-defined character line out of plan: " + line);
        }
        index += next;
        next = index + 1;
        boolean[] asAscii = new boolean[128];
        Set<Character> letters = new LinkedHashSet<>();
        boolean fromBuiltin = false;
        for (char c : line.toCharArray()) {
            if (c < 0x7F) {
                asAscii[c] = true;
            } else if (builtinCode(c, builtin) >= 0) {
                fromBuiltin = true;
            } else {
                letters.add(c);
            }
        }
        if (fromBuiltin) {
            w.codeTable(builtin.number());
        }
        for (int code = UserCharSession.FIRST; code <= UserCharSession.LAST; code++) {
            if (asAscii[code] && session.at(code) != '\0') {
                w.command(EscPos.ESC, EscPos.USER_CHAR_CANCEL, (byte) code);
                session.cancel(code);
            }
        }
        boolean[] pinned = new boolean[128];
        List<Character> missing = new ArrayList<>();
        for (char letter : letters) {
            int code = session.codeOf(letter);
            if (code < 0) {
                missing.add(letter);
            } else {
                pinned[code] = true;
            }
        }
        TreeSet<Integer> fresh = new TreeSet<>();
        boolean[] picked = new boolean[128];
        for (char letter : missing) {
            int code = pickCode(index, asAscii, pinned, picked);
            pinned[code] = true;
            picked[code] = true;
            session.put(code, letter);
            fresh.add(code);
        }
        download(w, fresh);
        w.userChars(true);
        byte[] out = new byte[line.length()];
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            int inTable = c < 0x7F ? -1 : builtinCode(c, builtin);
            out[i] = (byte) (c < 0x7F ? c : inTable >= 0 ? inTable : session.codeOf(c));
        }
        return out;
    }

    /**
     * Downloads pictures (cells of a QR code, {@code ESC &} columns of {@code y} bytes each) to print before the
     * next planned line, onto codes chosen as for letters, and returns their codes; the codes hold no letter
     * afterwards. The user-defined set is left on.
     */
    int[] pictures(EscPosWriter w, List<byte[]> cells, int y) {
        int index = next - 1;
        boolean[] none = new boolean[128];
        boolean[] pinned = new boolean[128];
        int[] codes = new int[cells.size()];
        java.util.TreeMap<Integer, byte[]> byCode = new java.util.TreeMap<>();
        for (int i = 0; i < cells.size(); i++) {
            codes[i] = pickCode(index, none, pinned, pinned);
            pinned[codes[i]] = true;
            session.put(codes[i], UserCharSession.PICTURE);
            byCode.put(codes[i], cells.get(i));
        }
        List<Integer> run = new ArrayList<>();
        for (int code : byCode.keySet()) {
            if (!run.isEmpty() && run.get(run.size() - 1) != code - 1) {
                definePictures(w, run, byCode, y);
                run.clear();
            }
            run.add(code);
        }
        if (!run.isEmpty()) {
            definePictures(w, run, byCode, y);
        }
        w.userChars(true);
        return codes;
    }

    private static void definePictures(EscPosWriter w, List<Integer> run, java.util.Map<Integer, byte[]> data, int y) {
        w.command(EscPos.ESC, EscPos.USER_CHARS_DEFINE, (byte) y, (byte) (int) run.get(0),
                (byte) (int) run.get(run.size() - 1));
        for (int code : run) {
            byte[] cell = data.get(code);
            w.command((byte) (cell.length / y));
            w.bytes(cell);
        }
    }

    /** Before printer-font bytes: the user-defined set goes off if one of them holds a letter. */
    void plain(EscPosWriter w, byte[] bytes) {
        if (!w.userCharsOn()) {
            return;
        }
        for (byte b : bytes) {
            if (session.at(b & 0xFF) != '\0') {
                w.userChars(false);
                return;
            }
        }
    }

    /**
     * The code for a new letter: among codes the line does not use and whose letter it does not need, the one
     * whose reuse costs something furthest ahead (a later line needing its letter, or needing it as ASCII);
     * an empty code (where the printer keeps letters between tickets) and a code next to one picked for the same
     * line (neighbouring codes go in one {@code ESC &}) win a tie, then the lowest code.
     */
    private int pickCode(int index, boolean[] asAscii, boolean[] pinned, boolean[] fresh) {
        int best = -1;
        long bestScore = Long.MIN_VALUE;
        for (int code = UserCharSession.FIRST; code <= UserCharSession.LAST; code++) {
            if (asAscii[code] || pinned[code]) {
                continue;
            }
            char holder = session.at(code);
            long cost = Math.min(nextAsciiUse(code, index), holder == '\0' ? Integer.MAX_VALUE : nextUse(holder, index));
            // Where the printer keeps its letters for the next ticket an empty code wins a tie (letters held may
            // serve it), then one next to a code just picked for the same line (one ESC & header fewer);
            // otherwise the other way round.
            boolean besidePicked = code > UserCharSession.FIRST && fresh[code - 1]
                    || code < UserCharSession.LAST && fresh[code + 1];
            int empty = holder == '\0' ? 1 : 0;
            int beside = besidePicked ? 1 : 0;
            long score = cost * 4 + (kept ? empty * 2 + beside : beside * 2 + empty);
            if (score > bestScore) {
                bestScore = score;
                best = code;
            }
        }
        if (best < 0) {
            throw new IllegalStateException("no free user-defined character code; fits() should have refused");
        }
        return best;
    }

    private int nextUse(char letter, int index) {
        for (int i = index + 1; i < lines.size(); i++) {
            if (lines.get(i).indexOf(letter) >= 0) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private int nextAsciiUse(int code, int index) {
        for (int i = index + 1; i < lines.size(); i++) {
            if (lines.get(i).indexOf((char) code) >= 0) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    /**
     * One {@code ESC & y c1 c2} per run of neighbouring codes, each letter {@code x} columns of {@code y} bytes,
     * {@code x} ending at its last inked column.
     */
    private void download(EscPosWriter w, TreeSet<Integer> codes) {
        int y = glyphs.cellHeight() / 8;
        List<Integer> run = new ArrayList<>();
        for (int code : codes) {
            if (!run.isEmpty() && run.get(run.size() - 1) != code - 1) {
                define(w, run, y);
                run.clear();
            }
            run.add(code);
        }
        if (!run.isEmpty()) {
            define(w, run, y);
        }
    }

    private void define(EscPosWriter w, List<Integer> run, int y) {
        w.command(EscPos.ESC, EscPos.USER_CHARS_DEFINE, (byte) y, (byte) (int) run.get(0),
                (byte) (int) run.get(run.size() - 1));
        for (int code : run) {
            char letter = session.at(code);
            int x = glyphs.columns(letter);
            w.command((byte) x);
            w.bytes(java.util.Arrays.copyOf(glyphs.columnMajor(letter), x * y));
        }
    }
}
