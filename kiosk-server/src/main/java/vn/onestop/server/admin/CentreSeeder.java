package vn.onestop.server.admin;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Gives a centre just created on the admin pages its first services and priority classes (no counters), inside the
 * transaction that creates it. The server wires it to the queue's per-centre setup.
 */
@FunctionalInterface
public interface CentreSeeder {
    void seed(Connection c, String centreId) throws SQLException;

    /** A seeder that gives a new centre nothing: its admin adds services on the admin page. */
    CentreSeeder NONE = (c, centreId) -> { };
}
