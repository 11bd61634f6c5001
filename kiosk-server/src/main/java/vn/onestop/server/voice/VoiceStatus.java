package vn.onestop.server.voice;

import java.util.List;

/**
 * Whether the hall display's voice works, for the display (which speaks with the browser's own voice when it does
 * not) and for the technician and dashboard pages.
 *
 * @param on        the server makes announcement audio
 * @param engine    {@code espeak}, {@code clips} or {@code off}
 * @param reason    one word: {@code ok}, {@code disabled} (switched off in server.properties), {@code missing}
 *                  (espeak-ng or the clips folder not found), {@code failed} (the last announcement failed),
 *                  {@code timeout} (it took too long), {@code clips} (a clip is missing or of another format)
 * @param detail    what a technician can act on (empty when ok)
 * @param languages the languages spoken, in order
 */
public record VoiceStatus(boolean on, String engine, String reason, String detail, List<String> languages) {}
