package vn.onestop.server.queue;

import vn.onestop.server.http.Guard;
import vn.onestop.server.http.RouteTable;
import vn.onestop.server.staff.Access;

/**
 * The counter console's reads over HTTP: its {@link CounterConsole} view and the services to transfer to, both of
 * the centre the request acts in.
 */
public final class CounterConsoleApi {
    private final CounterConsole console;
    private final CentreSettings settings;

    public CounterConsoleApi(CounterConsole console, CentreSettings settings) {
        this.console = console;
        this.settings = settings;
    }

    public void register(RouteTable r) {
        r.get("/api/v1/counters/{counter}/state", ctx -> ctx.json(console.view(Guard.centre(ctx),
                ctx.pathParam("counter"))), Access.COUNTER);
        r.get("/api/v1/services", ctx -> ctx.json(settings.of(Guard.centre(ctx)).serviceInfos()), Access.STAFF);
    }
}
