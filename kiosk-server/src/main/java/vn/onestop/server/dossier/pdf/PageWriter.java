package vn.onestop.server.dossier.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writes text from the top of a page down: lines, wrapped paragraphs, centred lines, rules and boxes, in RGB black.
 * When the next line would pass the floor, it continues on a new page of the same size (whose floor is the margin).
 */
final class PageWriter implements AutoCloseable {
    private final PDDocument doc;
    private final PDRectangle size;
    private final float left;
    private final float right;
    private final float top;
    private final float margin;
    private PDPageContentStream out;
    private float floor;
    private float y;

    /** Starts the first page; its floor keeps room for what is drawn at its bottom (footer). */
    PageWriter(PDDocument doc, PDRectangle size, float margin, float top, float firstFloor) throws IOException {
        this.doc = doc;
        this.size = size;
        this.left = margin;
        this.right = size.getWidth() - margin;
        this.top = top;
        this.margin = margin;
        this.floor = firstFloor;
        this.y = top;
        startPage();
    }

    private void startPage() throws IOException {
        PDPage page = new PDPage(size);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        out.setNonStrokingColor(0f, 0f, 0f);
        out.setStrokingColor(0f, 0f, 0f);
    }

    /** Moves to a new page unless {@code height} points still fit above the floor. */
    void ensure(float height) throws IOException {
        if (y - height >= floor) {
            return;
        }
        out.close();
        startPage();
        floor = margin;
        y = top;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    float y() {
        return y;
    }

    void down(float points) {
        y -= points;
    }

    float width() {
        return right - left;
    }

    float left() {
        return left;
    }

    /** Text at {@code x} on the current baseline, without moving down. */
    void at(float x, String text, PDFont font, float size) throws IOException {
        at(x, y, text, font, size);
    }

    /** Text with its baseline at {@code (x, baseline)}. */
    void at(float x, float baseline, String text, PDFont font, float size) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, baseline);
        out.showText(text);
        out.endText();
    }

    /** One centred line within {@code [from, to]}, then down by the line height. */
    void centred(String text, PDFont font, float size, float from, float to) throws IOException {
        for (String line : wrap(text, font, size, to - from)) {
            ensure(size * 1.3f);
            at(from + (to - from - width(line, font, size)) / 2, line, font, size);
            y -= size * 1.3f;
        }
    }

    void centred(String text, PDFont font, float size) throws IOException {
        centred(text, font, size, left, right);
    }

    /** A paragraph starting with a bold label; the value wraps, continuing lines use the full width. */
    void labelled(String label, String value, PDFont bold, PDFont regular, float size) throws IOException {
        String text = value.strip().replaceAll("\\s+", " ");
        float labelWidth = width(label, bold, size);
        String head = wrap(text, regular, size, width() - labelWidth).get(0);
        ensure(size * 1.35f);
        at(left, label, bold, size);
        at(left + labelWidth, head, regular, size);
        y -= size * 1.35f;
        String tail = text.substring(head.length()).strip();
        if (!tail.isEmpty()) {
            paragraph(tail, regular, size, 0);
        }
    }

    /** A paragraph of plain text wrapped to the width. */
    void paragraph(String text, PDFont font, float size, float indent) throws IOException {
        for (String line : wrap(text, font, size, width() - indent)) {
            ensure(size * 1.35f);
            at(left + indent, line, font, size);
            y -= size * 1.35f;
        }
    }

    void rule(float x1, float x2) throws IOException {
        out.setLineWidth(0.5f);
        out.moveTo(x1, y);
        out.lineTo(x2, y);
        out.stroke();
    }

    void box(float x, float yTop, float w, float h) throws IOException {
        out.setLineWidth(0.5f);
        out.addRect(x, yTop - h, w, h);
        out.stroke();
    }

    /** Adds a rectangle to the current path; {@link #fill()} paints them all at once. */
    void rect(float x, float yBottom, float w, float h) throws IOException {
        out.addRect(x, yBottom, w, h);
    }

    void fill() throws IOException {
        out.fill();
    }

    static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    /** Splits at spaces into lines no wider than {@code max}; a word wider than a line is cut. */
    static List<String> wrap(String text, PDFont font, float size, float max) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, font, size) <= max || line.length() == 0 && width(word, font, size) <= max) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
            line.setLength(0);
            String w = word;
            while (width(w, font, size) > max && w.length() > 1) {
                int n = w.length() - 1;
                while (n > 1 && width(w.substring(0, n), font, size) > max) {
                    n--;
                }
                lines.add(w.substring(0, n));
                w = w.substring(n);
            }
            line.append(w);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
