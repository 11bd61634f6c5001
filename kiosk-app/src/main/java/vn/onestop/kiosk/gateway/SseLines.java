package vn.onestop.kiosk.gateway;

import java.util.Optional;

/**
 * Reads a Server-Sent Events stream line by line (pure: lines in, events out): {@code id:}, {@code event:} and
 * {@code data:} fields until a blank line; comment lines (": connected") are handed back as comments.
 */
final class SseLines {
    private String id;
    private String type;
    private final StringBuilder data = new StringBuilder();

    /** One event (type defaults to "message") or a comment (type null, data the comment text). */
    record Event(String id, String type, String data) {
        boolean comment() {
            return type == null;
        }
    }

    Optional<Event> line(String line) {
        if (line.isEmpty()) {
            if (type == null && data.length() == 0) {
                return Optional.empty();
            }
            Event e = new Event(id, type == null ? "message" : type, data.toString());
            type = null;
            data.setLength(0);
            return Optional.of(e);
        }
        if (line.startsWith(":")) {
            return Optional.of(new Event(null, null, line.substring(1).trim()));
        }
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
        switch (field) {
            case "id" -> id = value;
            case "event" -> type = value;
            case "data" -> data.append(data.length() > 0 ? "\n" : "").append(value);
            default -> { }
        }
        return Optional.empty();
    }
}
