package vn.onestop.device.scanner.serial;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Frames a serial scanner's byte stream into codes. Pure: bytes in, results out; chunks may split a
 * code anywhere (even inside a multi-byte letter). Invalid UTF-8 and codes over the limit become
 * rejections, after which framing resumes at the next suffix. Not thread-safe: one per reader.
 */
public final class CodeFramer {

    /** Stable rejection reasons (see {@link vn.onestop.device.scanner.ScanEvent.ScanFailed}). */
    public static final String INVALID_UTF8 = "invalid-utf8";
    public static final String TOO_LONG = "too-long";
    public static final String UNFRAMED_DATA = "unframed-data";
    public static final String INCOMPLETE = "incomplete-code";

    /** What one frame turned out to be. */
    public sealed interface Result {
        record Code(String text) implements Result { }

        record Rejected(String reason) implements Result { }
    }

    private final FrameFormat format;
    private final byte[] buf;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private int len;
    private boolean inFrame;
    private boolean discarding;
    private int prefixMatched;
    private int noise;

    public CodeFramer(FrameFormat format) {
        this.format = format;
        this.buf = new byte[format.maxCodeBytes() + format.suffixLength()];
        this.inFrame = format.prefixLength() == 0;
    }

    /** Feeds {@code count} bytes; returns the codes and rejections they completed, in order. */
    public List<Result> feed(byte[] data, int offset, int count) {
        List<Result> out = new ArrayList<>(1);
        for (int i = offset; i < offset + count; i++) {
            if (inFrame) {
                inFrame(data[i], out);
            } else {
                awaitPrefix(data[i], out);
            }
        }
        return out;
    }

    /** True while part of a code (or unframed data) waits for its suffix. */
    public boolean hasPartial() {
        return len > 0 || discarding || noise > 0 || prefixMatched > 0
                || (inFrame && format.prefixLength() > 0);
    }

    /**
     * Drops a partial code (the scanner went silent or was unplugged mid-code) and returns the
     * rejection to report, or null if nothing was pending. Framing restarts clean.
     */
    public Result.Rejected abandonPartial() {
        Result.Rejected pending = null;
        if (!discarding && (len > 0 || (inFrame && format.prefixLength() > 0))) {
            pending = new Result.Rejected(INCOMPLETE);
        } else if (noise > 0 || prefixMatched > 0) {
            pending = new Result.Rejected(UNFRAMED_DATA);
        }
        reset();
        return pending;
    }

    private void reset() {
        len = 0;
        discarding = false;
        prefixMatched = 0;
        noise = 0;
        inFrame = format.prefixLength() == 0;
    }

    private void awaitPrefix(byte b, List<Result> out) {
        if (b == format.prefixAt(prefixMatched)) {
            prefixMatched++;
            if (prefixMatched == format.prefixLength()) {
                if (noise > 0) {
                    out.add(new Result.Rejected(UNFRAMED_DATA));
                }
                noise = 0;
                prefixMatched = 0;
                inFrame = true;
            }
            return;
        }
        noise += prefixMatched;
        prefixMatched = b == format.prefixAt(0) ? 1 : 0;
        if (prefixMatched == 0 && b != '\r' && b != '\n') {
            noise++;
        }
    }

    private void inFrame(byte b, List<Result> out) {
        if (len == 0 && !discarding && (b == '\r' || b == '\n')) {
            return; // a stray line end between codes (scanner set to CRLF, kiosk to CR)
        }
        if (discarding && len == buf.length) {
            int keep = format.suffixLength() - 1;
            System.arraycopy(buf, len - keep, buf, 0, keep);
            len = keep;
        }
        buf[len++] = b;
        if (endsWithSuffix()) {
            if (!discarding) {
                decode(len - format.suffixLength(), out);
            }
            len = 0;
            discarding = false;
            inFrame = format.prefixLength() == 0;
        } else if (!discarding && len >= buf.length) {
            out.add(new Result.Rejected(TOO_LONG));
            discarding = true;
        }
    }

    private boolean endsWithSuffix() {
        int n = format.suffixLength();
        if (len < n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (buf[len - n + i] != format.suffixAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void decode(int bodyLength, List<Result> out) {
        String text;
        try {
            text = utf8.reset().decode(ByteBuffer.wrap(buf, 0, bodyLength)).toString();
        } catch (CharacterCodingException e) {
            out.add(new Result.Rejected(INVALID_UTF8));
            return;
        }
        String code = stripLineEnds(text);
        if (!code.isEmpty()) {
            out.add(new Result.Code(code));
        }
    }

    /** A scanner set to CRLF while the kiosk expects CR (or the reverse) leaves a stray CR or LF. */
    private static String stripLineEnds(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isLineEnd(text.charAt(start))) {
            start++;
        }
        while (end > start && isLineEnd(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isLineEnd(char c) {
        return c == '\r' || c == '\n';
    }
}
