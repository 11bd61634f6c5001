package vn.onestop.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;
import vn.onestop.server.staff.Access;

/** Registers routes through one guard and remembers them (for the OpenAPI check and the authorization matrix). */
public final class RouteTable {
    private final RoutesConfig routes;
    private final Guard guard;
    private final List<Route> all = new ArrayList<>();

    /** A registered route: method, path in Javalin syntax ("/api/v1/tickets/{id}") and who may call it. */
    public record Route(String method, String path, List<Access> access) {}

    public RouteTable(RoutesConfig routes, Guard guard) {
        this.routes = routes;
        this.guard = guard;
    }

    public void get(String path, Handler h, Access... access) {
        add("GET", path, h, access);
        routes.get(path, guard.wrap(h, access));
    }

    public void post(String path, Handler h, Access... access) {
        add("POST", path, h, access);
        routes.post(path, guard.wrap(h, access));
    }

    public void put(String path, Handler h, Access... access) {
        add("PUT", path, h, access);
        routes.put(path, guard.wrap(h, access));
    }

    public void delete(String path, Handler h, Access... access) {
        add("DELETE", path, h, access);
        routes.delete(path, guard.wrap(h, access));
    }

    private void add(String method, String path, Handler h, Access... access) {
        all.add(new Route(method, path, List.of(access)));
    }

    public List<Route> all() {
        return List.copyOf(all);
    }
}
