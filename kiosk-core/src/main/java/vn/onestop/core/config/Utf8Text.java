package vn.onestop.core.config;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds where a properties file is broken (bad UTF-8 bytes, a bad {@code \\u} escape): its line and key. */
final class Utf8Text {
    /** A backslash-u not followed by four hex digits, not itself escaped by an odd run of backslashes. */
    private static final Pattern BAD_ESCAPE = Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\u(?![0-9a-fA-F]{4})");

    private Utf8Text() {}

    /** Decodes strict UTF-8, or names the line and key holding the first bytes that are not UTF-8. */
    static String decode(Path file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            String before = new String(bytes, 0, in.position(), StandardCharsets.UTF_8);
            List<String> lines = before.lines().toList();
            int line = before.endsWith("\n") ? lines.size() + 1 : Math.max(1, lines.size());
            String text = before.endsWith("\n") || lines.isEmpty() ? "" : lines.get(lines.size() - 1);
            throw new ConfigException(file, line, keyOf(text), "the file is not valid UTF-8 (at byte "
                    + (in.position() + 1) + "): save it as UTF-8");
        }
        return out.flip().toString();
    }

    /** The first line with a broken {@code \\u} escape, as an error naming its line and key. */
    static Optional<ConfigException> malformedEscape(Path file, String text) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = BAD_ESCAPE.matcher(lines.get(i));
            if (m.find()) {
                return Optional.of(new ConfigException(file, i + 1, keyOf(lines.get(i)),
                        "a \\u escape needs four hex digits, e.g. \\u00e2 (or write the letter itself in UTF-8)"));
            }
        }
        return Optional.empty();
    }

    /** The key a properties line starts with, or null for blank and comment lines. */
    static String keyOf(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#") || s.startsWith("!")) {
            return null;
        }
        int end = 0;
        while (end < s.length() && "=: \t".indexOf(s.charAt(end)) < 0) {
            end++;
        }
        return s.substring(0, end);
    }
}
