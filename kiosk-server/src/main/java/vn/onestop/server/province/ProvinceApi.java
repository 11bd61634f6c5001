package vn.onestop.server.province;

import io.javalin.http.Context;
import vn.onestop.server.Rejection;
import vn.onestop.server.http.Guard;
import vn.onestop.server.http.RouteTable;
import vn.onestop.server.staff.Access;

/** HTTP I/O of the province dashboard: every centre now, for province-wide supervisors and admins only. */
public final class ProvinceApi {
    private final ProvinceOverview overview;

    public ProvinceApi(ProvinceOverview overview) {
        this.overview = overview;
    }

    public void register(RouteTable r) {
        r.get("/api/v1/province/overview", this::overview, Access.SUPERVISOR);
    }

    private void overview(Context ctx) {
        if (!Guard.staff(ctx).provinceWide()) {
            throw new Rejection(Rejection.Kind.FORBIDDEN, "The province dashboard is for province-wide supervisors "
                    + "and admins");
        }
        ctx.json(overview.now());
    }
}
