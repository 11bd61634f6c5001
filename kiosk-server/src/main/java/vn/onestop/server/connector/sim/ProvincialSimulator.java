package vn.onestop.server.connector.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.server.connector.Signatures;

/**
 * A SIMULATOR of a provincial dossier system (not the real one), speaking docs/provincial-connector.md, for demos
 * and tests: it checks signatures, refuses malformed dossiers with reasons, registers each idempotency key once
 * (kept on disk across restarts), issues official codes from a configurable pattern, and pushes status changes back
 * to the centre (after a delay, or on demand through {@code POST /sim/status}). Every answer carries the header
 * {@code X-Provincial-Simulator}. Started by {@code ./kiosk provincial-sim [--port N]}.
 */
public final class ProvincialSimulator implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(ProvincialSimulator.class);
    public static final String HEADER = "X-Provincial-Simulator";
    private static final String HEADER_VALUE = "SIMULATOR - not a real provincial dossier system";
    private final SimulatorOptions options;
    private final ObjectMapper json = new ObjectMapper();
    private final Signatures signatures;
    private final SimulatorLedger ledger;
    private final SubmissionCheck check;
    private final StatusPusher pusher;
    private final Clock clock = Clock.systemUTC();
    private final Javalin javalin;

    ProvincialSimulator(SimulatorOptions options) {
        this.options = options;
        this.signatures = new Signatures(options.secret().getBytes(StandardCharsets.UTF_8), 300);
        this.ledger = new SimulatorLedger(options.data(), new OfficialCodePattern(options.codePattern()), json, clock,
                ZoneId.of("Asia/Ho_Chi_Minh"));
        this.check = new SubmissionCheck(options.requirePdfs());
        this.pusher = new StatusPusher(options.callback(), signatures, json, clock);
        this.javalin = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.http.maxRequestSize = 200L * 1024 * 1024;
            cfg.routes.before(ctx -> ctx.header(HEADER, HEADER_VALUE));
            cfg.routes.get("/health", ctx -> answer(ctx, 200, Map.of("status", "UP", "simulator", true)));
            cfg.routes.post("/api/v1/dossiers", this::submit);
            cfg.routes.get("/sim/submissions", this::submissions);
            cfg.routes.post("/sim/status", this::pushStatus);
        });
    }

    public static void main(String[] args) {
        try {
            SimulatorOptions options = SimulatorOptions.parse(args);
            ProvincialSimulator sim = new ProvincialSimulator(options).start();
            Runtime.getRuntime().addShutdownHook(new Thread(sim::close, "shutdown"));
            System.out.println("*** PROVINCIAL DOSSIER SYSTEM SIMULATOR (not a real provincial system) ***");
            System.out.println("SIMULATOR listening on http://" + options.bind() + ":" + sim.port()
                    + "  (submissions: POST /api/v1/dossiers; see docs/provincial-connector.md)");
            System.out.println("SIMULATOR data (kept across restarts): " + options.data().toAbsolutePath());
            System.out.println("SIMULATOR shared secret from " + options.secretSource());
            System.out.println("SIMULATOR pushes status changes to " + options.callback()
                    + (options.pushAfter().isZero() ? " on demand (POST /sim/status)"
                            : " " + options.pushAfter().toSeconds() + " s after a reception, and on demand"));
        } catch (IOException | RuntimeException e) {
            System.err.println("provincial-sim: " + e.getMessage());
            System.exit(2);
        }
    }

    ProvincialSimulator start() {
        javalin.start(options.bind(), options.port());
        return this;
    }

    int port() {
        return javalin.port();
    }

    private void submit(Context ctx) throws IOException {
        byte[] body = ctx.bodyAsBytes();
        String problem = signatures.problem(ctx.header(Signatures.TIMESTAMP_HEADER),
                ctx.header(Signatures.SIGNATURE_HEADER), body, clock.instant().getEpochSecond());
        if (problem != null) {
            refuse(ctx, 403, List.of(new SubmissionCheck.Error("signature", problem)));
            return;
        }
        String key = ctx.header(Signatures.IDEMPOTENCY_HEADER);
        if (key == null || key.isBlank() || key.length() > 160) {
            refuse(ctx, 400, List.of(new SubmissionCheck.Error(Signatures.IDEMPOTENCY_HEADER,
                    "the header is required (1-160 characters)")));
            return;
        }
        JsonNode submission;
        try {
            submission = json.readTree(body);
        } catch (IOException e) {
            refuse(ctx, 400, List.of(new SubmissionCheck.Error("body", "is not JSON")));
            return;
        }
        List<SubmissionCheck.Error> errors = submission == null || !submission.isObject()
                ? List.of(new SubmissionCheck.Error("body", "must be a JSON object")) : check.problems(submission);
        if (!errors.isEmpty()) {
            LOG.info("SIMULATOR refused {}: {}", key, errors);
            refuse(ctx, 422, errors);
            return;
        }
        SimulatorLedger.Result r = ledger.accept(key, submission, body);
        SimulatorLedger.Entry e = r.entry();
        LOG.info("SIMULATOR {} {} of dossier {}{}", r.replayed() ? "answered again" : "accepted", e.event(),
                e.dossierCode(), e.officialCode() == null ? "" : " as " + e.officialCode());
        if (r.replayed()) {
            ctx.header("Idempotent-Replayed", "true");
        } else if ("received".equals(e.event()) && e.officialCode() != null && !options.pushAfter().isZero()) {
            pusher.pushLater(options.pushAfter(), e.dossierCode(), e.officialCode(), "processing",
                    "SIMULATOR: đang giải quyết / being processed");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("officialCode", e.officialCode());
        out.put("status", e.status());
        out.put("acceptedAt", e.acceptedAt());
        out.put("simulator", true);
        answer(ctx, r.replayed() ? 200 : 201, out);
    }

    private void submissions(Context ctx) throws IOException {
        List<SimulatorLedger.Entry> all = ledger.entries();
        answer(ctx, 200, Map.of("accepted", all.size(), "replays", ledger.replays(), "submissions", all));
    }

    private void pushStatus(Context ctx) throws IOException {
        JsonNode b = json.readTree(ctx.bodyAsBytes());
        String official = b == null ? null : SubmissionCheck.text(b, "officialCode");
        String status = b == null ? null : SubmissionCheck.text(b, "status");
        if (official == null || status == null) {
            refuse(ctx, 400, List.of(new SubmissionCheck.Error("body", "officialCode and status are required")));
            return;
        }
        var entry = ledger.byOfficialCode(official);
        if (entry.isEmpty()) {
            refuse(ctx, 404, List.of(new SubmissionCheck.Error("officialCode", "no such dossier here")));
            return;
        }
        StatusPusher.Pushed p = pusher.push(entry.get().dossierCode(), official, status,
                SubmissionCheck.text(b, "note"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("eventId", p.eventId());
        out.put("callbackStatus", p.status());
        out.put("callbackAnswer", p.answer());
        answer(ctx, 200, out);
    }

    private void refuse(Context ctx, int status, List<SubmissionCheck.Error> errors) throws IOException {
        answer(ctx, status, Map.of("errors", errors, "simulator", true));
    }

    private void answer(Context ctx, int status, Object body) throws IOException {
        ctx.status(status).contentType("application/json").result(json.writeValueAsBytes(body));
    }

    @Override
    public void close() {
        pusher.close();
        javalin.stop();
    }
}
