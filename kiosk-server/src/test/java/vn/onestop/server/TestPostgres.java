package vn.onestop.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import vn.onestop.server.db.DatabaseSettings;
import vn.onestop.testkit.Requirements;

/**
 * A fresh PostgreSQL database for one test, made on the server named by {@code ONESTOP_TEST_PG_URL} (e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres}) with the role {@code ONESTOP_TEST_PG_USER} /
 * {@code ONESTOP_TEST_PG_PASSWORD} (default onestop/onestop, which needs CREATEDB), and dropped afterwards.
 * Tests that make one declare {@code @RequiresPostgres} (kiosk-testkit), which skips them without the variable.
 */
public final class TestPostgres implements AutoCloseable {
    private final String adminUrl;
    private final String user;
    private final String password;
    private final String name;

    private TestPostgres(String adminUrl, String user, String password) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.name = "onestop_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    /** True when this test run is the API suite's PostgreSQL pass ({@code -Donestop.test.db=postgresql}). */
    public static boolean suiteOnPostgres() {
        return "postgresql".equals(System.getProperty("onestop.test.db"));
    }

    /**
     * Creates a new empty database. The test declares {@code @RequiresPostgres}; the API suite's PostgreSQL pass
     * runs only where one is configured, and in CI.
     */
    public static TestPostgres create() {
        Requirements.postgres().ifPresent(missing -> {
            throw new AssertionError(missing + " (a test that makes a database declares @RequiresPostgres)");
        });
        String url = System.getenv("ONESTOP_TEST_PG_URL");
        TestPostgres pg = new TestPostgres(url.trim(), env("ONESTOP_TEST_PG_USER", "onestop"),
                env("ONESTOP_TEST_PG_PASSWORD", "onestop"));
        pg.admin("CREATE DATABASE " + pg.name + " ENCODING 'UTF8' TEMPLATE template0");
        return pg;
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    /** The JDBC URL of this test's database. */
    public String url() {
        return adminUrl.replaceFirst("^(jdbc:postgresql://[^/?]+)/[^?]*", "$1/" + name);
    }

    public DatabaseSettings settings(int poolSize) {
        return DatabaseSettings.postgres(url(), user, password, poolSize);
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    private void admin(String sql) {
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new AssertionError("PostgreSQL at " + adminUrl + " as " + user + ": " + e.getMessage(), e);
        }
    }

    /**
     * Drops the test's database. FORCE cannot end an autovacuum worker that happens to be in it (PostgreSQL answers
     * "must be a member of the role whose process is being terminated"): that worker ends on its own, so retry.
     */
    @Override
    public void close() {
        for (int attempt = 1; ; attempt++) {
            try {
                admin("DROP DATABASE IF EXISTS " + name.toLowerCase(Locale.ROOT) + " WITH (FORCE)");
                return;
            } catch (AssertionError e) {
                if (attempt == 20 || !String.valueOf(e.getMessage()).contains("role whose process")) {
                    throw e;
                }
                java.util.concurrent.locks.LockSupport.parkNanos(java.time.Duration.ofMillis(250).toNanos());
            }
        }
    }
}
