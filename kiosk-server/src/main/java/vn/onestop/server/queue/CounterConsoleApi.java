package vn.onestop.server.queue;

import vn.onestop.server.ServerConfig;
import vn.onestop.server.http.RouteTable;
import vn.onestop.server.staff.Access;

/** The counter console's reads over HTTP: its {@link CounterConsole} view and the services to transfer to. */
public final class CounterConsoleApi {
    private final CounterConsole console;
    private final ServerConfig config;

    public CounterConsoleApi(CounterConsole console, ServerConfig config) {
        this.console = console;
        this.config = config;
    }

    public void register(RouteTable r) {
        r.get("/api/v1/counters/{counter}/state", ctx -> ctx.json(console.view(ctx.pathParam("counter"))),
                Access.COUNTER);
        r.get("/api/v1/services", ctx -> ctx.json(config.services()), Access.STAFF);
    }
}
