package vn.onestop.kiosk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void everyVietnameseTextHasAnEnglishOneAndViceVersa() throws IOException {
        Properties vi = load("messages_vi.properties");
        Properties en = load("messages_en.properties");
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(vi.stringPropertyNames());
        assertThat(load("messages.properties")).isEqualTo(vi);
    }

    /**
     * A key written twice keeps only its last text silently: merges of parallel work left an old wording of the
     * offline filing message above its new one, and the screen showed whichever came last.
     */
    @Test
    void noKeyIsWrittenTwiceInABundle() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_vi.properties", "messages_en.properties"}) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            java.util.List<String> twice = new java.util.ArrayList<>();
            try (InputStream in = Messages.class.getResourceAsStream(bundle)) {
                for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^([A-Za-z0-9_.]+)\\s*=").matcher(line);
                    if (m.find() && !seen.add(m.group(1))) {
                        twice.add(m.group(1));
                    }
                }
            }
            assertThat(twice).as("keys written twice in " + bundle).isEmpty();
        }
    }

    @Test
    void defaultsToVietnameseAndFormatsArguments() {
        Messages m = new Messages(Locale.forLanguageTag("vi"));
        assertThat(m.get("attract.touch")).isEqualTo("Chạm để bắt đầu");
        m.toggle();
        assertThat(m.get("attract.touch")).isEqualTo("Touch to start");
        assertThat(m.get("no.such.key")).isEqualTo("!no.such.key!");
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
