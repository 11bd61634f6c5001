package vn.onestop.server.ops;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import vn.onestop.server.db.Database;
import vn.onestop.server.http.RouteTable;
import vn.onestop.server.staff.Access;

/** {@code /health}, Prometheus {@code /metrics}, and the OpenAPI document ("/" is the staff pages' login). */
public final class OpsApi {
    private final Database db;
    private final Metrics metrics;
    private final byte[] openApi;

    public OpsApi(Database db, Metrics metrics) {
        this.db = db;
        this.metrics = metrics;
        try (InputStream in = OpsApi.class.getResourceAsStream("/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the server jar");
            }
            this.openApi = in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("openapi.json cannot be read", e);
        }
    }

    public void register(RouteTable r) {
        r.get("/health", this::health, Access.PUBLIC);
        r.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()),
                Access.PUBLIC);
        r.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi), Access.PUBLIC);
    }

    private void health(Context ctx) {
        boolean up = db.isHealthy();
        ctx.status(up ? 200 : 503).json(Map.of("status", up ? "UP" : "DOWN", "database", up ? "UP" : "DOWN"));
    }
}
