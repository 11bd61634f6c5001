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
