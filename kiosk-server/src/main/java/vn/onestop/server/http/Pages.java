package vn.onestop.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the HTML pages from the server jar ({@code /web/pages/NAME.html}) once, at start-up. A page shares the parts
 * all staff pages have (the head with the common scripts and style, the header bar's user and buttons) by naming them:
 * {@code <!--#include staff-head-->} stands for {@code /web/pages/parts/staff-head.html}, without its last line
 * break. A missing page or part stops the server at start-up rather than serving a broken page.
 */
public final class Pages {
    private static final Pattern INCLUDE = Pattern.compile("<!--#include ([a-z0-9-]+)-->");

    private Pages() {
    }

    /** The page {@code name} (e.g. {@code "admin"}) with its parts put in. */
    public static String load(String name) {
        String page = read("/web/pages/" + name + ".html");
        Matcher m = INCLUDE.matcher(page);
        StringBuilder out = new StringBuilder(page.length() + 1024);
        while (m.find()) {
            String part = read("/web/pages/parts/" + m.group(1) + ".html");
            m.appendReplacement(out, Matcher.quoteReplacement(part.endsWith("\n")
                    ? part.substring(0, part.length() - 1) : part));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String read(String path) {
        try (InputStream in = Pages.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the server jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(path + " cannot be read", e);
        }
    }
}
