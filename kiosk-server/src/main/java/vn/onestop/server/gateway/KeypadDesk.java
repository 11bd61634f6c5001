package vn.onestop.server.gateway;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.onestop.server.Rejection;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;
import vn.onestop.server.queue.CounterDesk;
import vn.onestop.server.queue.Ticket;
import vn.onestop.server.staff.AuditLog;

/**
 * A caller keypad's key at a counter, done for the official who has that counter open in their name (the same
 * binding as the counter page's: {@code counter.is_open} with {@code staff_username}). Nobody there: refused, nothing
 * done. Each action is audited with that official as actor and "keypad at counter N for user X" as detail.
 */
public final class KeypadDesk {
    private final Database db;
    private final CounterDesk desk;
    private final AuditLog audit;

    public KeypadDesk(Database db, CounterDesk desk, AuditLog audit) {
        this.db = db;
        this.desk = desk;
        this.audit = audit;
    }

    /** The outcome: the number now at the counter (null when none), and what was done. */
    public record Outcome(String action, String number, String official) {}

    public Outcome act(String counterId, String action) {
        String a = action == null ? "" : action.trim().toLowerCase(Locale.ROOT);
        if (!java.util.Set.of("next", "recall", "no-show", "complete", "close").contains(a)) {
            throw Rejection.invalid("Unknown keypad action '" + action + "': next, recall, no-show, complete or close");
        }
        String user = official(counterId);
        String centre = centreOf(counterId);
        String number = switch (a) {
            case "next" -> desk.callNext(centre, counterId, user).map(Ticket::displayNumber).orElse(null);
            case "close" -> {
                desk.setOpen(centre, counterId, false, user);
                yield null;
            }
            default -> {
                Ticket t = desk.current(centre, counterId).orElseThrow(() -> Rejection.conflict("Counter "
                        + counterId + " has no called ticket to " + a));
                Ticket done = switch (a) {
                    case "recall" -> desk.recall(centre, counterId, t.id(), user);
                    case "no-show" -> desk.noShow(centre, counterId, t.id(), user);
                    default -> desk.complete(centre, counterId, t.id(), user);
                };
                yield done.displayNumber();
            }
        };
        audit.record(user, "keypad." + a, number, "keypad at counter " + counterId + " for user " + user,
                centre);
        return new Outcome(a, number, user);
    }

    /** The centre a counter belongs to (a keypad acts in its counter's centre). */
    private String centreOf(String counterId) {
        return db.read(c -> Rows.one(c, "SELECT centre_id FROM counter WHERE id = ?", rs -> rs.getString(1),
                counterId)).orElseThrow(() -> Rejection.notFound("No counter " + counterId));
    }

    /** Who has the counter open; refused when nobody does. */
    private String official(String counterId) {
        Optional<String> who = db.read(c -> {
            if (Rows.count(c, "SELECT COUNT(*) FROM counter WHERE id = ?", counterId) == 0) {
                throw Rejection.notFound("No counter " + counterId);
            }
            return Rows.one(c, "SELECT staff_username FROM counter WHERE id = ? AND is_open = 1",
                    rs -> rs.getString(1), counterId);
        });
        return who.filter(u -> !u.isBlank()).orElseThrow(() -> Rejection.conflict("No official is logged in at "
                + "counter " + counterId + ": open the counter on the counter page first (keypad refused)"));
    }

    /** What the gateway needs to show on (re)connecting: the counter's state and current number. */
    public Map<String, Object> state(String counterId) {
        Optional<Ticket> t = desk.current(centreOf(counterId), counterId);
        boolean open = db.read(c -> Rows.count(c, "SELECT COUNT(*) FROM counter WHERE id = ? AND is_open = 1",
                counterId) == 1);
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("counterId", counterId);
        m.put("open", open);
        m.put("number", t.map(Ticket::displayNumber).orElse(null));
        return m;
    }
}
