package vn.onestop.server;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test class that gets a fresh real server for each test: HTTP on a random port over a SQLite file in a temp
 * dir, or a fresh PostgreSQL database in the suite's PostgreSQL pass. A subclass's own {@code @BeforeEach} runs
 * after the server is up.
 */
public abstract class ServerSuite {
    @TempDir
    public Path dir;
    public TestServer server;

    @BeforeEach
    public void startServer() {
        server = new TestServer(dir);
    }

    @AfterEach
    public void stopServer() {
        server.close();
    }
}
