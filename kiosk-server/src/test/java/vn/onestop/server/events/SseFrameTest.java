package vn.onestop.server.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Frames as a browser's EventSource reads them (the parsing rules of the HTML standard, section 9.2.6). */
class SseFrameTest {

    /** What a browser dispatches from a stream: type, data and last event id of each event. */
    private record Seen(String type, String data, String lastId) {
    }

    private static List<Seen> read(byte[] stream) {
        List<Seen> seen = new ArrayList<>();
        String type = "";
        StringBuilder data = new StringBuilder();
        String lastId = "";
        for (String line : new String(stream, StandardCharsets.UTF_8).split("\r\n|\r|\n", -1)) {
            if (line.isEmpty()) {
                if (data.length() > 0) {
                    String d = data.substring(0, data.length() - 1);
                    seen.add(new Seen(type.isEmpty() ? "message" : type, d, lastId));
                }
                type = "";
                data.setLength(0);
                continue;
            }
            int colon = line.indexOf(':');
            if (colon == 0) {
                continue; // a comment
            }
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            value = value.startsWith(" ") ? value.substring(1) : value;
            switch (field) {
                case "event" -> type = value;
                case "data" -> data.append(value).append('\n');
                case "id" -> lastId = value;
                default -> { }
            }
        }
        return seen;
    }

    @Test
    void aBrowserReadsTheEventItsTypeAndIdAsSent() {
        byte[] f = SseFrame.event("called", "{\"ticket\":\"A001\",\"counter\":\"Quầy 2\"}", "41");
        assertThat(read(f)).containsExactly(new Seen("called", "{\"ticket\":\"A001\",\"counter\":\"Quầy 2\"}", "41"));
    }

    @Test
    void dataOfSeveralLinesArrivesWhole() {
        assertThat(read(SseFrame.event("note", "một\nhai\r\nba\rbốn", "7")))
                .containsExactly(new Seen("note", "một\nhai\nba\nbốn", "7"));
        assertThat(read(SseFrame.event("note", "a\n\nb", null))).containsExactly(new Seen("note", "a\n\nb", ""));
    }

    @Test
    void aLineBreakInTheTypeOrIdCannotStartAnotherField() {
        byte[] f = SseFrame.event("state\ndata: forged", "{}", "9\nevent: forged");
        assertThat(read(f)).containsExactly(new Seen("statedata: forged", "{}", "9event: forged"));
    }

    @Test
    void eventsWrittenOneAfterAnotherStaySeparateAndPingsAreIgnored() {
        byte[] a = SseFrame.event("state", "{\"ahead\":3}", null);
        byte[] ping = SseFrame.comment("ping");
        byte[] b = SseFrame.event("state", "{\"ahead\":2}", null);
        byte[] all = new byte[a.length + ping.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(ping, 0, all, a.length, ping.length);
        System.arraycopy(b, 0, all, a.length + ping.length, b.length);
        assertThat(read(all)).containsExactly(new Seen("state", "{\"ahead\":3}", ""), new Seen("state", "{\"ahead\":2}", ""));
    }
}
