package vn.onestop.server.dossier.scan;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Bounds what an uploaded PDF may inflate to before PDFBox parses it. PDFBox decodes object streams and cross-reference
 * streams whole into memory, so a 1.5 MB file whose object stream inflates to 1.5 GB exhausts the server's heap
 * (security review, finding 3). Every {@code stream} keyword of the raw file is tried as zlib (FlateDecode) data and
 * inflated into nothing, counting bytes, also through zlib data nested in it (a FlateDecode chain); past the budget
 * the upload is refused. Memory used is a few small buffers whatever the file holds. Data that is not zlib (JPEG,
 * raw) ends the try at once. LZW, whose ratio can be as high, is refused wherever its filter name appears (in the
 * file or in inflated data, {@code #xx} escapes decoded): scanners do not write it.
 */
final class InflateBudget {
    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_NESTING = 4;
    private final long limit;

    InflateBudget(long limit) {
        this.limit = limit;
    }

    /** Throws when the streams of {@code pdf} inflate to more than the budget in all, or LZW is named. */
    void check(byte[] pdf) throws ScanRejected {
        LzwSpotter raw = new LzwSpotter();
        raw.write(pdf, 0, pdf.length);
        long used = 0;
        for (int at = indexOf(pdf, STREAM, 0); at >= 0; at = indexOf(pdf, STREAM, at + STREAM.length)) {
            int start = at + STREAM.length;
            // PDFBox reads the data after the keyword's end of line; a few stray blanks are skipped as it may.
            for (int i = 0; i < 4 && start < pdf.length && " \t\r\n\f\0".indexOf(pdf[start]) >= 0; i++) {
                start++;
            }
            used += inflated(new ByteArrayInputStream(pdf, start, pdf.length - start), limit - used, 0);
        }
        if (raw.seen) {
            throw lzw();
        }
    }

    /** Bytes that {@code raw} inflates to (0 when it is not zlib data); refuses past {@code left}. */
    private long inflated(InputStream raw, long left, int depth) throws ScanRejected {
        PushbackInputStream in = new PushbackInputStream(raw, 2);
        if (depth > MAX_NESTING || !zlibHeader(in)) {
            return 0;
        }
        Counting counted = new Counting(new InflaterInputStream(in, new Inflater(), 8192), left);
        long inner = 0;
        try (counted) {
            // Zlib data inside zlib data (a FlateDecode chain) is inflated again; its bytes count too.
            inner = inflated(counted, left, depth + 1);
            counted.transferTo(counted.spotter);
        } catch (BudgetSpent e) {
            throw tooLarge();
        } catch (IOException e) {
            // Not zlib after all, damaged or cut short: PDFBox keeps what inflated before the fault, so it counts.
        }
        if (counted.spotter.seen) {
            throw lzw();
        }
        if (inner + counted.count > left) {
            throw tooLarge();
        }
        return inner + counted.count;
    }

    private ScanRejected tooLarge() {
        return new ScanRejected("The PDF's compressed contents would expand to more than " + limit / (1024 * 1024)
                + " MB (dossier.pages.maxInflatedMegabytes): the file is malformed or built to exhaust memory; scan or "
                + "export it again", false);
    }

    private static ScanRejected lzw() {
        return new ScanRejected("The PDF uses LZW compression, which is not accepted: export or scan it again as "
                + "a current PDF", false);
    }

    private static boolean zlibHeader(PushbackInputStream in) {
        try {
            byte[] h = in.readNBytes(2);
            if (h.length > 0) {
                in.unread(h);
            }
            return h.length == 2 && (h[0] & 0x0f) == 8 && ((h[0] & 0xff) << 8 | (h[1] & 0xff)) % 31 == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static int indexOf(byte[] data, byte[] what, int from) {
        outer:
        for (int i = from; i <= data.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (data[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Thrown inside the counting stream once the budget is spent. */
    private static final class BudgetSpent extends IOException {
        BudgetSpent() {
            super("inflate budget spent");
        }
    }

    /** Counts what is read through it and stops once more than {@code left} bytes came. */
    private static final class Counting extends FilterInputStream {
        private final long left;
        private final LzwSpotter spotter = new LzwSpotter();
        private long count;

        Counting(InputStream in, long left) {
            super(in);
            this.left = left;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
                spotter.write(b);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                add(n);
                spotter.write(b, off, n);
            }
            return n;
        }

        private void add(int n) throws IOException {
            count += n;
            if (count > left) {
                throw new BudgetSpent();
            }
        }
    }

    /** Discards what is written, noting whether the name LZWDecode went by (with {@code #xx} escapes decoded). */
    private static final class LzwSpotter extends OutputStream {
        private static final String WANTED = "LZWDecode";
        private boolean seen;
        private int matched;
        private int escape = -1;
        private int hex;

        @Override
        public void write(int b) {
            int c = b & 0xff;
            if (escape >= 0) {
                int digit = Character.digit(c, 16);
                if (digit < 0) {
                    escape = -1;
                    matched = 0;
                    return;
                }
                hex = hex * 16 + digit;
                if (++escape < 2) {
                    return;
                }
                escape = -1;
                c = hex;
            } else if (c == '#') {
                escape = 0;
                hex = 0;
                return;
            }
            matched = c == WANTED.charAt(matched) ? matched + 1 : c == WANTED.charAt(0) ? 1 : 0;
            if (matched == WANTED.length()) {
                seen = true;
                matched = 0;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            for (int i = off; i < off + len && !seen; i++) {
                write(b[i]);
            }
        }
    }
}
