package vn.onestop.server.gateway;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.onestop.core.dossier.PreparationCode;
import vn.onestop.core.slip.ReceiptSlip;
import vn.onestop.server.Rejection;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;
import vn.onestop.server.dossier.DossierSlips;
import vn.onestop.server.events.EventBus;
import vn.onestop.server.staff.AuditLog;

/**
 * Receipt slips on the thermal printer of the counter that received the dossier (issue 22 through issue 27's
 * gateway). The counter's gateway reports the printer it drives; a print request puts a {@code slip.print} event on
 * that counter's stream only (nothing when the counter has no printer: "PDF only"); the gateway fetches the slip
 * (only while a print for its own counter is pending, so a replayed event never prints twice) and reports printed
 * or failed. A printer fault never touches the reception: the PDF slip stays available.
 */
public final class CounterPrints {
    static final String PENDING = "pending";
    static final String PRINTED = "printed";
    static final String FAILED = "failed";
    private final Database db;
    private final Clock clock;
    private final EventBus bus;
    private final AuditLog audit;
    private final DossierSlips slips;

    /** What a gateway says about the printer of its counter: a description ({@code virtual}, a port and profile). */
    public record PrinterReport(String printer) {}

    /** A print's outcome from the gateway: printed, or the printer's reason (paper out, offline...). */
    public record PrintResult(Boolean printed, String error) {}

    /**
     * The state the console shows: {@code none} (no printer at that counter: PDF only), {@code pending},
     * {@code printed}, {@code failed} (with the printer's error).
     */
    public record PrintState(String status, String counterId, String printer, String error, String updatedAt) {}

    public CounterPrints(Database db, Clock clock, EventBus bus, AuditLog audit, DossierSlips slips) {
        this.db = db;
        this.clock = clock;
        this.bus = bus;
        this.audit = audit;
        this.slips = slips;
    }

    /** Records (or replaces) the printer the gateway drives at its counter. */
    public void reportPrinter(GatewayRegistry.Device device, PrinterReport r) {
        if (r == null || r.printer() == null || r.printer().isBlank() || r.printer().length() > 200) {
            throw Rejection.invalid("printer is required (1-200 characters: virtual, or the port and profile)");
        }
        db.write(c -> {
            Rows.update(c, "DELETE FROM counter_printer WHERE counter_id = ?", device.counterId());
            Rows.update(c, "INSERT INTO counter_printer (counter_id, gateway_id, printer, reported_at) VALUES "
                    + "(?, ?, ?, ?)", device.counterId(), device.gatewayId(), r.printer().trim(), clock.millis());
            return null;
        });
    }

    /**
     * Sends the receipt slip of {@code text} (a preparation code) to the printer of {@code counterId}, or says
     * {@code none} when that counter has no printer. Also used for "print again". Both the dossier and the counter
     * must be of {@code centreId} (the official's acting centre).
     */
    public PrintState request(String text, String counterId, String actor, String centreId) {
        String code = code(text);
        slips.receiptSlip(code, centreId);
        if (counterId == null || counterId.isBlank()) {
            throw Rejection.invalid("counterId is required (the counter the console works at)");
        }
        String counter = counterId.trim();
        Optional<String> printer = db.write(c -> {
            if (Rows.count(c, "SELECT COUNT(*) FROM counter WHERE id = ? AND centre_id = ?", counter, centreId) == 0) {
                throw Rejection.invalid("No counter '" + counter + "'");
            }
            Optional<String> p = Rows.one(c, "SELECT p.printer FROM counter_printer p JOIN gateway_token t ON "
                    + "t.counter_id = p.counter_id AND t.gateway_id = p.gateway_id AND t.revoked_at IS NULL "
                    + "WHERE p.counter_id = ?", rs -> rs.getString(1), counter);
            if (p.isEmpty()) {
                return p;
            }
            Rows.update(c, "DELETE FROM counter_slip_print WHERE dossier_code = ?", code);
            Rows.update(c, "INSERT INTO counter_slip_print (dossier_code, counter_id, status, error, requested_by, "
                    + "updated_at) VALUES (?, ?, ?, NULL, ?, ?)", code, counter, PENDING, actor, clock.millis());
            audit.record(c, actor, "dossier.slip.counter-print", code, "counter " + counter,
                    Rows.one(c, "SELECT centre_id FROM counter WHERE id = ?", rs -> rs.getString(1), counter).orElse(null));
            return p;
        });
        if (printer.isEmpty()) {
            return new PrintState("none", counter, null, null, null);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("counterId", counter);
        data.put("code", code);
        data.put("centreId", centreId);
        bus.publish("slip.print", data);
        return state(code, centreId);
    }

    /**
     * The last print of the dossier's slip at a counter ({@code none} when none was asked, and for a dossier of a
     * centre other than {@code centreId}; null: any centre, for the counter's own gateway).
     */
    public PrintState state(String text, String centreId) {
        String code = code(text);
        String sql = "SELECT s.status, s.counter_id, p.printer, s.error, s.updated_at FROM counter_slip_print s "
                + "LEFT JOIN counter_printer p ON p.counter_id = s.counter_id "
                + "JOIN dossier d ON d.code = s.dossier_code WHERE s.dossier_code = ?" + (centreId == null ? "" : " AND d.centre_id = ?");
        Object[] args = centreId == null ? new Object[] {code} : new Object[] {code, centreId};
        return db.read(c -> Rows.one(c, sql, rs -> new PrintState(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), Instant.ofEpochMilli(rs.getLong(5)).toString()), args))
                .orElse(new PrintState("none", null, null, null, null));
    }

    /** The slip for the gateway of the counter whose print is pending; any other counter gets the same 404. */
    public ReceiptSlip slipFor(GatewayRegistry.Device device, String text) {
        String code = code(text);
        String status = pendingAt(device, code);
        if (!PENDING.equals(status)) {
            throw Rejection.conflict("This slip was already " + status + " at counter " + device.counterId()
                    + ": the console's \"print again\" asks again");
        }
        return slips.receiptSlip(code, null);
    }

    /** The gateway's outcome of a print at its counter. */
    public PrintState result(GatewayRegistry.Device device, String text, PrintResult r) {
        if (r == null || r.printed() == null) {
            throw Rejection.invalid("printed (true/false) is required; error says why not");
        }
        if (r.error() != null && r.error().length() > 500) {
            throw Rejection.invalid("error is at most 500 characters");
        }
        String code = code(text);
        pendingAt(device, code);
        db.write(c -> Rows.update(c, "UPDATE counter_slip_print SET status = ?, error = ?, updated_at = ? WHERE "
                + "dossier_code = ? AND counter_id = ?", r.printed() ? PRINTED : FAILED,
                r.printed() ? null : r.error() == null || r.error().isBlank() ? "printer error" : r.error().trim(),
                clock.millis(), code, device.counterId()));
        return state(code, null);
    }

    private String pendingAt(GatewayRegistry.Device device, String code) {
        return db.read(c -> Rows.one(c, "SELECT status FROM counter_slip_print WHERE dossier_code = ? AND "
                + "counter_id = ?", rs -> rs.getString(1), code, device.counterId()))
                .orElseThrow(() -> Rejection.notFound("No slip to print at counter " + device.counterId()
                        + " for this code"));
    }

    private static String code(String text) {
        return PreparationCode.normalize(text).orElseThrow(() -> Rejection.notFound("No such dossier"));
    }
}
