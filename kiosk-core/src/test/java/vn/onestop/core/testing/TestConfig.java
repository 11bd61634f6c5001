package vn.onestop.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shipped configuration folder, as set by the parent pom's surefire configuration. */
public final class TestConfig {

    private TestConfig() {
    }

    public static Path dir() {
        String dir = System.getProperty("onestop.config.dir");
        if (dir == null || !Files.isDirectory(Path.of(dir))) {
            throw new IllegalStateException("system property onestop.config.dir must name the config folder; run the"
                    + " tests through Maven from the project root");
        }
        return Path.of(dir);
    }

    public static Path file(String relative) {
        return dir().resolve(relative);
    }
}
