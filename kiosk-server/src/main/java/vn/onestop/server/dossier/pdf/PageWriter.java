package vn.onestop.server.dossier.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Writes text on one page from the top down: lines, wrapped paragraphs, centred lines and rules, in RGB black. */
final class PageWriter {
    private final PDPageContentStream out;
    private final float left;
    private final float right;
    private float y;

    PageWriter(PDPageContentStream out, float left, float right, float top) throws IOException {
        this.out = out;
        this.left = left;
        this.right = right;
        this.y = top;
        out.setNonStrokingColor(0f, 0f, 0f);
        out.setStrokingColor(0f, 0f, 0f);
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

    void fill(float x, float yBottom, float w, float h) throws IOException {
        out.addRect(x, yBottom, w, h);
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
