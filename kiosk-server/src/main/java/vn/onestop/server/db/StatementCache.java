package vn.onestop.server.db;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps a SQLite connection's prepared statements for reuse: the SQLite driver compiles every
 * {@code prepareStatement} afresh, which was a tenth of the CPU of issuing a ticket. The wrapped connection hands
 * out one statement per SQL text; closing it only clears its parameters, and closing the connection closes them
 * all. The queries are the server's own constant texts, so a small LRU bound is only a safety net.
 */
final class StatementCache implements InvocationHandler {
    private static final int SIZE = 64;
    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>(SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() <= SIZE) {
                return false;
            }
            closeQuietly(eldest.getValue());
            return true;
        }
    };

    private StatementCache(Connection connection) {
        this.connection = connection;
    }

    /** {@code connection} with a statement cache; used by one thread at a time, like any JDBC connection. */
    static Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(StatementCache.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new StatementCache(connection));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("prepareStatement") && args != null && args.length == 1) {
            return cached((String) args[0]);
        }
        if (method.getName().equals("close")) {
            statements.values().forEach(StatementCache::closeQuietly);
            statements.clear();
        }
        try {
            return method.invoke(connection, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private PreparedStatement cached(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null || ps.isClosed()) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return reusable(ps);
    }

    /** A view of {@code ps} whose {@code close} keeps it compiled for the next caller. */
    private static PreparedStatement reusable(PreparedStatement ps) {
        return (PreparedStatement) Proxy.newProxyInstance(StatementCache.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        ps.clearParameters();
                        return null;
                    }
                    if (method.getName().equals("isClosed")) {
                        return false;
                    }
                    try {
                        return method.invoke(ps, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static void closeQuietly(PreparedStatement ps) {
        try {
            ps.close();
        } catch (SQLException e) {
            // the connection is going away or the statement is evicted; nothing is left to release
        }
    }
}
