package vn.onestop.server.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.core.config.ConfigException;
import vn.onestop.server.ServerConfigLoader;

/** The booking.* keys of server.properties: the shipped values, and a class that cannot be the appointment class. */
class BookingSettingsTest {
    @TempDir
    Path config;

    @BeforeEach
    void copyShippedConfig() throws IOException {
        Path shipped = Path.of(System.getProperty("onestop.config.dir"));
        try (Stream<Path> files = Files.walk(shipped)) {
            for (Path p : files.toList()) {
                Path target = config.resolve(shipped.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private void set(String regex, String replacement) throws IOException {
        Path props = config.resolve("server.properties");
        String text = Files.readString(props);
        String changed = text.replaceFirst(regex, replacement);
        assertThat(changed).isNotEqualTo(text);
        Files.writeString(props, changed);
    }

    @Test
    void theShippedSettingsGiveTheAppointmentClassAboveNormal() {
        BookingSettings s = ServerConfigLoader.load(config).booking();
        assertThat(s).isEqualTo(new BookingSettings("appointment", 15, 10, 30, 3, 20, 30));
    }

    @Test
    void aClassBelowNormalOrUnknownIsRefusedNamingTheKey() throws IOException {
        set("(?m)^booking\\.priorityClass=.*$", "booking.priorityClass=vip");
        assertThatThrownBy(() -> ServerConfigLoader.load(config)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("booking.priorityClass").hasMessageContaining("vip");
        set("(?m)^booking\\.priorityClass=.*$", "booking.priorityClass=normal");
        set("(?m)^queue\\.priority\\.classes=.*$", "queue.priority.classes=disability,pregnant,elderly,child,normal,"
                + "appointment");
        assertThatThrownBy(() -> ServerConfigLoader.load(config)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("listed before normal");
    }

    @Test
    void withoutTheKeysAndTheClassCheckInsGetNormalTickets() throws IOException {
        set("(?m)^booking\\.priorityClass=.*$\\n", "");
        set("(?m)^queue\\.priority\\.classes=.*$", "queue.priority.classes=disability,pregnant,elderly,child,normal");
        assertThat(ServerConfigLoader.load(config).booking().priorityClass()).isNull();
    }
}
