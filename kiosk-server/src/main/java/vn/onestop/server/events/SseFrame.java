package vn.onestop.server.events;

import java.nio.charset.StandardCharsets;

/**
 * The bytes of one Server-Sent Event, built once and written as they are to every stream that shows it. Javalin's
 * own writer reads each event back through three 8 KB buffers per stream (about 32 KB of garbage per write); with
 * thousands of streams per event that garbage drove the server's young collections (issue 21 fan-out benchmark).
 * The format is the same as Javalin's: {@code id}, {@code event}, one {@code data} line per line of the data, a
 * blank line; carriage returns and line feeds in the id and type are dropped, so they cannot end a field early.
 */
public final class SseFrame {
    private SseFrame() {
    }

    /** An event frame; {@code id} may be null (no id: the browser's Last-Event-ID stays as it was). */
    public static byte[] event(String type, String data, String id) {
        StringBuilder b = new StringBuilder(data.length() + type.length() + 40);
        if (id != null) {
            b.append("id: ").append(oneLine(id)).append('\n');
        }
        b.append("event: ").append(oneLine(type)).append('\n');
        int start = 0;
        while (true) {
            int end = nextBreak(data, start);
            b.append("data: ").append(data, start, end).append('\n');
            if (end == data.length()) {
                break;
            }
            start = end + (data.charAt(end) == '\r' && end + 1 < data.length() && data.charAt(end + 1) == '\n' ? 2 : 1);
            if (start == data.length()) {
                break;
            }
        }
        b.append('\n');
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A comment line (a keep-alive ping): ignored by the browser, but it proves the connection still works. */
    public static byte[] comment(String text) {
        return (": " + oneLine(text) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static int nextBreak(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return s.length();
    }

    private static String oneLine(String s) {
        return s.indexOf('\n') < 0 && s.indexOf('\r') < 0 ? s : s.replace("\r", "").replace("\n", "");
    }
}
