package vn.onestop.server.queue;

import io.javalin.http.Context;
import java.util.List;
import vn.onestop.server.Rejection;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;
import vn.onestop.server.http.Guard;
import vn.onestop.server.staff.Access;
import vn.onestop.server.staff.StaffSession;

/**
 * Binds a counter clerk's actions to the counter they opened (finding 13): a clerk acts on counter N (call, recall,
 * serve, no-show, complete, park, return, transfer, close, the rating page's rating) only while N is open in their
 * name; a clerk with no open counter is told to open theirs first (409), one at another counter gets 403 naming
 * it, and nobody opens a counter another clerk holds open. Supervisors and admins act on any counter.
 */
public final class CounterBinding {
    private final Database db;

    public CounterBinding(Database db) {
        this.db = db;
    }

    /** Checks that the request's staff member may act on the path's {@code counter}. */
    public void check(Context ctx) {
        check(Guard.staff(ctx), ctx.pathParam("counter"));
    }

    /**
     * Checks that {@code who} may act on {@code counterId} in the centre the session acts in: a counter of another
     * centre is the same 404 as an unknown one, for every role.
     */
    public void check(StaffSession who, String counterId) {
        List<String> mine = db.read(c -> {
            if (Rows.count(c, "SELECT COUNT(*) FROM counter WHERE id = ? AND centre_id = ?", counterId,
                    who.centreId()) == 0) {
                throw Rejection.notFound("No counter " + counterId);
            }
            if (who.role().grants(Access.SUPERVISOR)) {
                return null;
            }
            return Rows.list(c, "SELECT id FROM counter WHERE is_open = 1 AND staff_username = ? ORDER BY id",
                    rs -> rs.getString(1), who.username());
        });
        if (mine == null || mine.contains(counterId)) {
            return;
        }
        if (mine.isEmpty()) {
            throw Rejection.conflict("Open your counter first: counter " + counterId + " is not open in your name");
        }
        throw new Rejection(Rejection.Kind.FORBIDDEN, "Counter " + counterId + " is not yours: you opened counter "
                + String.join(", ", mine));
    }

    /** Checks that a clerk may open {@code counterId}: not while another clerk holds it open. */
    public void checkOpen(Context ctx) {
        StaffSession who = Guard.staff(ctx);
        String counterId = ctx.pathParam("counter");
        if (db.read(c -> Rows.count(c, "SELECT COUNT(*) FROM counter WHERE id = ? AND centre_id = ?", counterId,
                who.centreId())) == 0) {
            throw Rejection.notFound("No counter " + counterId);
        }
        if (who.role().grants(Access.SUPERVISOR)) {
            return;
        }
        db.read(c -> Rows.one(c, "SELECT staff_username FROM counter WHERE id = ? AND is_open = 1",
                rs -> rs.getString(1), counterId)).ifPresent(holder -> {
                    if (holder != null && !holder.equals(who.username())) {
                        throw new Rejection(Rejection.Kind.FORBIDDEN, "Counter " + counterId
                                + " is open in another official's name: they close it, or a supervisor does");
                    }
                });
    }
}
