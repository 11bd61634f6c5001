package vn.onestop.server.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.onestop.server.centre.Centre;
import vn.onestop.server.centre.Centres;
import vn.onestop.server.db.Database;
import vn.onestop.server.events.EventBus;
import vn.onestop.server.http.Guard;
import vn.onestop.server.http.Json;
import vn.onestop.server.http.RouteTable;
import vn.onestop.server.staff.Access;
import vn.onestop.server.staff.AuditLog;
import vn.onestop.server.staff.StaffAccounts;
import vn.onestop.server.staff.StaffApi;
import vn.onestop.server.staff.StaffSession;

/**
 * HTTP I/O of the live administration (issue 21): centres, and the acting centre's counters, services and priority
 * classes, staff accounts and their roles per centre, the audit log; and {@code /api/v1/auth/me}, which tells the
 * staff pages the user's roles and the centres they may switch between. Every route is the ADMIN access level; what a
 * centre admin may reach beyond that is checked here (a centre admin: their own centre only).
 */
public final class AdminApi {
    private final ObjectMapper json;
    private final Centres centres;
    private final AuditLog audit;
    private final CentreAdmin centreAdmin;
    private final CounterAdmin counters;
    private final ServiceAdmin services;
    private final PriorityAdmin priorities;
    private final StaffAdmin staff;
    private final StaffAccounts accounts;

    public AdminApi(Database db, Clock clock, Centres centres, StaffAccounts accounts, AuditLog audit,
            EventBus events, ObjectMapper json, CentreSeeder seeder) {
        this.json = json;
        this.centres = centres;
        this.audit = audit;
        this.accounts = accounts;
        Changes changes = new Changes(audit, events, json);
        this.centreAdmin = new CentreAdmin(db, clock, centres, seeder, changes);
        this.counters = new CounterAdmin(db, clock, changes);
        this.services = new ServiceAdmin(db, clock, changes);
        this.priorities = new PriorityAdmin(db, changes);
        this.staff = new StaffAdmin(accounts, centres);
    }

    public void register(RouteTable r) {
        r.get("/api/v1/auth/me", ctx -> ctx.json(me(Guard.staff(ctx))), Access.STAFF);

        r.get("/api/v1/admin/centres", ctx -> ctx.json(centreAdmin.list(s(ctx))), Access.ADMIN);
        r.post("/api/v1/admin/centres", ctx -> ctx.status(201).json(centreAdmin.create(s(ctx),
                Json.body(ctx, json, CentreAdmin.CentreBody.class))), Access.ADMIN);
        r.put("/api/v1/admin/centres/{id}", ctx -> ctx.json(centreAdmin.update(s(ctx), ctx.pathParam("id"),
                Json.body(ctx, json, CentreAdmin.CentreBody.class))), Access.ADMIN);
        r.post("/api/v1/admin/centres/{id}/disable", ctx -> ctx.json(centreAdmin.setDisabled(s(ctx),
                ctx.pathParam("id"), true)), Access.ADMIN);
        r.post("/api/v1/admin/centres/{id}/enable", ctx -> ctx.json(centreAdmin.setDisabled(s(ctx),
                ctx.pathParam("id"), false)), Access.ADMIN);

        r.get("/api/v1/admin/counters", ctx -> ctx.json(counters.list(Guard.centre(ctx))), Access.ADMIN);
        r.post("/api/v1/admin/counters", ctx -> ctx.status(201).json(counters.create(s(ctx), Guard.centre(ctx),
                Json.body(ctx, json, CounterAdmin.CounterBody.class))), Access.ADMIN);
        r.put("/api/v1/admin/counters/{id}", ctx -> ctx.json(counters.update(s(ctx), Guard.centre(ctx),
                ctx.pathParam("id"), Json.body(ctx, json, CounterAdmin.CounterBody.class))), Access.ADMIN);
        r.post("/api/v1/admin/counters/{id}/disable", ctx -> ctx.json(counters.setDisabled(s(ctx),
                Guard.centre(ctx), ctx.pathParam("id"), true)), Access.ADMIN);
        r.post("/api/v1/admin/counters/{id}/enable", ctx -> ctx.json(counters.setDisabled(s(ctx),
                Guard.centre(ctx), ctx.pathParam("id"), false)), Access.ADMIN);

        r.get("/api/v1/admin/services", ctx -> ctx.json(services.list(Guard.centre(ctx))), Access.ADMIN);
        r.post("/api/v1/admin/services", ctx -> ctx.status(201).json(services.create(s(ctx), Guard.centre(ctx),
                Json.body(ctx, json, ServiceAdmin.ServiceBody.class))), Access.ADMIN);
        r.put("/api/v1/admin/services/{code}", ctx -> ctx.json(services.update(s(ctx), Guard.centre(ctx),
                ctx.pathParam("code"), Json.body(ctx, json, ServiceAdmin.ServiceBody.class))), Access.ADMIN);
        r.delete("/api/v1/admin/services/{code}", ctx -> {
            services.remove(s(ctx), Guard.centre(ctx), ctx.pathParam("code"));
            ctx.status(204);
        }, Access.ADMIN);

        r.get("/api/v1/admin/priority-classes", ctx -> ctx.json(priorities.list(Guard.centre(ctx))), Access.ADMIN);
        r.post("/api/v1/admin/priority-classes", ctx -> ctx.status(201).json(priorities.create(s(ctx),
                Guard.centre(ctx), Json.body(ctx, json, PriorityAdmin.PriorityBody.class))), Access.ADMIN);
        r.put("/api/v1/admin/priority-classes/{code}", ctx -> ctx.json(priorities.update(s(ctx), Guard.centre(ctx),
                ctx.pathParam("code"), Json.body(ctx, json, PriorityAdmin.PriorityBody.class))), Access.ADMIN);
        r.delete("/api/v1/admin/priority-classes/{code}", ctx -> {
            priorities.remove(s(ctx), Guard.centre(ctx), ctx.pathParam("code"));
            ctx.status(204);
        }, Access.ADMIN);

        r.get("/api/v1/admin/staff", ctx -> ctx.json(staff.list(s(ctx))), Access.ADMIN);
        r.post("/api/v1/admin/staff", ctx -> ctx.status(201).json(staff.create(s(ctx),
                Json.body(ctx, json, StaffAdmin.NewAccount.class))), Access.ADMIN);
        r.post("/api/v1/admin/staff/{username}/disable", ctx -> ended(ctx, accounts.lifecycle().disable(
                staff.actor(s(ctx)), ctx.pathParam("username"))), Access.ADMIN);
        r.post("/api/v1/admin/staff/{username}/enable", ctx -> {
            accounts.lifecycle().enable(staff.actor(s(ctx)), ctx.pathParam("username"));
            ctx.status(204);
        }, Access.ADMIN);
        r.post("/api/v1/admin/staff/{username}/password", ctx -> {
            String password = Json.body(ctx, json, StaffApi.PasswordReset.class).password();
            ended(ctx, accounts.lifecycle().resetPassword(staff.actor(s(ctx)), ctx.pathParam("username"),
                    password == null ? null : password.toCharArray()));
        }, Access.ADMIN);
        r.post("/api/v1/admin/staff/{username}/role", ctx -> ended(ctx, accounts.lifecycle().changeRole(
                staff.actor(s(ctx)), ctx.pathParam("username"), StaffAdmin.role(Json.body(ctx, json,
                        StaffApi.RoleChange.class).role()))), Access.ADMIN);
        r.put("/api/v1/admin/staff/{username}/grants", ctx -> {
            staff.setGrants(s(ctx), ctx.pathParam("username"), Json.body(ctx, json, StaffAdmin.Grants.class));
            ctx.status(204);
        }, Access.ADMIN);
        r.post("/api/v1/admin/staff/{username}/end-sessions", ctx -> ended(ctx, accounts.lifecycle().endAllSessions(
                staff.actor(s(ctx)), ctx.pathParam("username"))), Access.ADMIN);
        r.get("/api/v1/admin/audit", ctx -> ctx.json(Scope.province(s(ctx)) ? audit.latest(200)
                : audit.latest(Guard.centre(ctx), 200)), Access.ADMIN);
    }

    /**
     * The session as the staff pages use it, with the centre it acts in, the roles per centre and the centres the user
     * may switch between (every enabled centre for a province-wide role).
     */
    Map<String, Object> me(StaffSession s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", s.username());
        m.put("role", s.role());
        m.put("csrfToken", s.csrfToken());
        m.put("mustChangePassword", s.mustChangePassword());
        m.put("centreId", s.centreId());
        m.put("grants", s.grants());
        m.put("provinceWide", s.provinceWide());
        m.put("provinceAdmin", Scope.province(s));
        List<Map<String, Object>> choices = centres.all().stream()
                .filter(c -> !c.disabled() && (s.provinceWide() || s.grants().containsKey(c.id())))
                .map(c -> {
                    Map<String, Object> e = new LinkedHashMap<>();
                    e.put("id", c.id());
                    e.put("nameVi", c.nameVi());
                    e.put("nameEn", c.nameEn());
                    e.put("role", s.roleIn(c.id()).orElseThrow());
                    return e;
                }).toList();
        m.put("centres", choices);
        return m;
    }

    private static StaffSession s(Context ctx) {
        return Guard.staff(ctx);
    }

    private static void ended(Context ctx, int sessionsEnded) {
        ctx.json(Map.of("sessionsEnded", sessionsEnded));
    }

    /** The centre id every single-centre install acts in. */
    static final String MAIN = Centre.MAIN;
}
