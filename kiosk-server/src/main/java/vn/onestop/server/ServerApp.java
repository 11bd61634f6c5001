package vn.onestop.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.core.wire.KioskConfiguration;
import vn.onestop.core.wire.Problem;
import vn.onestop.core.wire.ProcedureInfo;
import vn.onestop.server.catalogue.CatalogueApi;
import vn.onestop.server.catalogue.CatalogueStore;
import vn.onestop.server.catalogue.LiveKioskConfig;
import vn.onestop.server.connector.Backoff;
import vn.onestop.server.connector.ConnectorApi;
import vn.onestop.server.connector.ConnectorSettings;
import vn.onestop.server.connector.DossierServiceUpdates;
import vn.onestop.server.connector.DossierTableSource;
import vn.onestop.server.connector.HttpProvincialSystem;
import vn.onestop.server.connector.ProvincialConnector;
import vn.onestop.server.connector.Signatures;
import vn.onestop.server.connector.StatusChanges;
import vn.onestop.server.connector.Submission;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Dialect;
import vn.onestop.server.db.StorageException;
import vn.onestop.server.dossier.DossierApi;
import vn.onestop.server.dossier.DossierService;
import vn.onestop.server.dossier.scan.DossierScans;
import vn.onestop.server.dossier.scan.ScanApi;
import vn.onestop.server.events.EventBus;
import vn.onestop.server.events.EventsApi;
import vn.onestop.server.events.PgEventJournal;
import vn.onestop.server.events.SseSender;
import vn.onestop.server.gateway.GatewayApi;
import vn.onestop.server.gateway.GatewayRegistry;
import vn.onestop.server.gateway.KeypadDesk;
import vn.onestop.server.http.ClientAddress;
import vn.onestop.server.http.Guard;
import vn.onestop.server.http.Json;
import vn.onestop.server.http.PageRoutes;
import vn.onestop.server.http.RouteTable;
import vn.onestop.server.http.SecretAttempts;
import vn.onestop.server.http.SessionCookie;
import vn.onestop.server.kiosk.DeviceSettingsApi;
import vn.onestop.server.notify.Contact;
import vn.onestop.server.notify.Notifications;
import vn.onestop.server.notify.Notifier;
import vn.onestop.server.notify.NotifyApi;
import vn.onestop.server.notify.NotifySettings;
import vn.onestop.server.kiosk.DeviceSettingsStore;
import vn.onestop.server.kiosk.Fleet;
import vn.onestop.server.kiosk.FleetApi;
import vn.onestop.server.kiosk.KioskApi;
import vn.onestop.server.kiosk.KioskRegistry;
import vn.onestop.server.ops.Metrics;
import vn.onestop.server.ops.OpsApi;
import vn.onestop.server.queue.CounterApi;
import vn.onestop.server.queue.CounterBinding;
import vn.onestop.server.queue.CounterConsole;
import vn.onestop.server.queue.CounterConsoleApi;
import vn.onestop.server.queue.CounterDesk;
import vn.onestop.server.queue.DisplayApi;
import vn.onestop.server.queue.DisplayBoard;
import vn.onestop.server.queue.QueueService;
import vn.onestop.server.rating.RatingApi;
import vn.onestop.server.rating.RatingService;
import vn.onestop.server.report.LiveStats;
import vn.onestop.server.report.OverdueDossiers;
import vn.onestop.server.report.ReportApi;
import vn.onestop.server.report.ReportService;
import vn.onestop.server.retention.PersonalDataRetention;
import vn.onestop.server.staff.AuditLog;
import vn.onestop.server.staff.LoginLimiter;
import vn.onestop.server.staff.PasswordHasher;
import vn.onestop.server.staff.Secrets;
import vn.onestop.server.staff.StaffAccounts;
import vn.onestop.server.staff.StaffApi;

/** Builds the server from its configuration, database and clock; every route is registered here, in one place. */
public final class ServerApp {
    private static final Logger LOG = LogManager.getLogger(ServerApp.class);
    /** Javalin's per-response copy buffer: a JSON answer is under 2 KB; larger ones are copied in 4 KB steps. */
    private static final int RESPONSE_COPY_BYTES = 4096;
    /** How long a blocking read of a request body waits for more data (finding 5). */
    private static final long BODY_IDLE_MS = 5_000;
    /** The slowest request body accepted, bytes a second (a 20 MB scan over 2 kB/s would take hours anyway). */
    private static final long MIN_BODY_RATE = 2048;
    private final Javalin javalin;
    private final String bindAddress;
    private final StaffAccounts staff;
    private final KioskRegistry kiosks;
    private final DossierService dossiers;
    private final AuditLog audit;
    private final GatewayRegistry gateways;
    private final QueueService queue;
    private final EventBus events;
    private final vn.onestop.server.centre.Centres centres;
    private final PersonalDataRetention retention;
    private final CatalogueStore catalogueStore;
    /**
     * The public hall-display streams: a centre has a few TVs, so by default 20 per address and 500 in all (429 past
     * them; {@code events.display.*} in server.properties), written off the publishing thread and pinged every 10 s
     * (security review, finding 4).
     */
    private final SseSender displayStreams;
    /**
     * Staff pages (counter consoles, dashboards) hold one stream each; a centre's staff share a few addresses (by
     * default 100 per address, 1000 in all; {@code events.staff.*}).
     */
    private final SseSender staffStreams;
    private final vn.onestop.server.voice.AnnouncementAudio voice;
    private final ProvincialConnector connector;
    private final Notifications notifications;
    /** Device gateways hold one stream per counter they serve (issue 27). */
    private final SseSender gatewayStreams = new SseSender(100, 500, Duration.ofSeconds(10));
    private RouteTable routeTable;
    private final vn.onestop.server.booking.Bookings bookings;
    private final vn.onestop.server.rating.RatingDevices ratingDevices;
    /** Citizens' phones following their tickets (issue 24): one stream each, many phones behind one address. */
    private final SseSender mobileStreams;
    private final vn.onestop.server.mobile.MobileTickets mobile;
    private final vn.onestop.server.mobile.ParkReturns parkReturns;

    /** {@code dataDir} holds files kept beside the database (dossiers' scanned pages in {@code dataDir/dossiers}). */
    public ServerApp(ServerConfig config, Database db, Clock clock, java.nio.file.Path dataDir) {
        this(config, db, clock, dataDir, ConnectorSettings.off());
    }

    /** A server whose dossiers go to the provincial dossier system as {@code connectorSettings} say (issue 22). */
    public ServerApp(ServerConfig config, Database db, Clock clock, java.nio.file.Path dataDir,
            ConnectorSettings connectorSettings) {
        this(config, db, clock, dataDir, connectorSettings, NotifySettings.off(), null);
    }

    /**
     * A server that also notifies citizens as {@code notifySettings} say (issue 24), through {@code notifiers} (null:
     * the real SMTP and SMS-gateway notifiers for the configured channels).
     */
    public ServerApp(ServerConfig config, Database db, Clock clock, java.nio.file.Path dataDir,
            ConnectorSettings connectorSettings, NotifySettings notifySettings,
            java.util.Map<Contact.Channel, Notifier> notifiers) {
        ObjectMapper json = Json.mapper();
        bindAddress = config.security().bindAddress();
        displayStreams = new SseSender(config.streams().displayPerAddress(), config.streams().displayTotal(),
                Duration.ofSeconds(10));
        staffStreams = new SseSender(config.streams().staffPerAddress(), config.streams().staffTotal(),
                Duration.ofSeconds(10));
        Secrets secrets = new Secrets();
        events = new EventBus(clock.millis(), 2000, db);
        if (db.dialect() == Dialect.POSTGRESQL) {
            PgEventJournal.attach(events, db, json, clock, 2000);
        }
        audit = new AuditLog(db, clock);
        centres = new vn.onestop.server.centre.Centres(db, clock);
        centres.ensureMain(config);
        Metrics metrics = new Metrics();
        queue = new QueueService(db, config, clock, events);
        queue.seed();
        CounterDesk desk = new CounterDesk(db, config, clock, events, queue);
        kiosks = new KioskRegistry(db, clock, secrets, audit, events, json,
                Duration.ofHours(config.enrolmentCodeHours()));
        staff = new StaffAccounts(db, clock, new PasswordHasher(config.passwordIterations(), secrets), secrets,
                new LoginLimiter(clock, config.maxFailedLogins()), audit, Duration.ofHours(config.sessionHours()),
                Duration.ofMinutes(config.security().sessionIdleMinutes()));
        SessionCookie cookie = new SessionCookie(config.security().behindTls());
        Signatures signatures = connectorSettings.enabled() ? new Signatures(connectorSettings.secret(),
                connectorSettings.signatureToleranceSeconds()) : null;
        connector = new ProvincialConnector(connectorSettings, db, clock, config.zone(), config.agencyCode(),
                signatures == null ? null : new HttpProvincialSystem(connectorSettings.baseUrl(), signatures, json,
                        clock, connectorSettings.timeout()),
                new DossierTableSource(db, json, new Submission.Centre(config.agencyCode(), config.centreName()),
                        config.zone(), this::documentPdf).withCentres(centres),
                new Backoff(connectorSettings.retryInitial(), connectorSettings.retryCap(),
                        new java.security.SecureRandom()));
        catalogueStore = new CatalogueStore(db, clock, json, java.util.Objects.requireNonNull(config.catalogueSeed(),
                "the catalogue seed (read by ServerConfigLoader from the configuration folder)"));
        dossiers = new DossierService(db, config, clock, json, connector, catalogueStore, centres);
        DossierServiceUpdates dossierUpdates = new DossierServiceUpdates(dossiers, db);
        notifications = new Notifications(notifySettings, notifiers != null ? notifiers
                : Notifications.notifiers(notifySettings, json), db, clock, events, counterNames(config));
        // A phone's ticket may ask for notifications by e-mail or SMS (issue 24).
        mobile = new vn.onestop.server.mobile.MobileTickets(db, clock, config.zone(), config.mobile(), queue, events,
                notifications);
        parkReturns = new vn.onestop.server.mobile.ParkReturns(mobile);
        mobileStreams = new SseSender(config.mobile().maxStreamsPerAddress(), config.mobile().maxStreams(),
                Duration.ofSeconds(10));
        // A kiosk that scanned a ticket's link rates the ticket behind it (issue 24).
        RatingService ratings = new RatingService(db, clock, config.filing(), mobile::ticketIdOf);
        metrics.gauge("onestop_sse_clients", events::subscribers);
        db.writerStats().ifPresent(w -> {
            metrics.counter("onestop_db_commits_total", () -> w.snapshot().commits());
            metrics.counter("onestop_db_writes_total", () -> w.snapshot().writes());
            metrics.counter("onestop_db_write_seconds_total", () -> w.snapshot().writeNanos() / 1e9);
            metrics.counter("onestop_db_commit_seconds_total", () -> w.snapshot().commitNanos() / 1e9);
            metrics.counter("onestop_db_slow_commits_total", () -> w.snapshot().slowCommits());
            metrics.counter("onestop_db_checkpoints_total", () -> w.snapshot().checkpoints());
        });
        // The kiosk configuration of each centre: its names, services and priority classes (queue settings, issue 21)
        // and the live catalogue and kiosk texts; rebuilt when the catalogue's version moves or a
        // centre.settings.changed event names the centre.
        vn.onestop.server.centre.Centres centreRows = centres;
        LiveKioskConfig kioskConfig = new LiveKioskConfig(catalogueStore, (centreId, catalogue) -> {
            vn.onestop.server.centre.Centre centre = centreRows.require(centreId);
            vn.onestop.server.queue.CentreSettings.Settings here = queue.settings().of(centreId);
            return new KioskConfiguration(centre.nameVi(), centre.agencyCode(), here.serviceInfos(), here.classes(),
                    catalogue.all().stream()
                            .map(p -> new ProcedureInfo(p.code(), p.nameVi(), p.nameEn(), p.fieldVi(), p.serviceCode(),
                                    p.processingDays(), p.feeVnd(), p.postalReturn(), p.fileableAtKiosk(),
                                    p.documents(), p.channel().code(), p.filing().nationalCode(),
                                    p.filing().portalUrl()))
                            .toList(),
                    config.filing().info());
        }, json);
        events.listen(e -> {
            if (vn.onestop.server.queue.CentreSettings.CHANGED.equals(e.type())) {
                Object centre = e.data() == null ? null : e.data().get("centreId");
                if (centre == null) {
                    centreRows.all().forEach(c -> kioskConfig.invalidate(c.id()));
                } else {
                    kioskConfig.invalidate(centre.toString());
                }
            }
        });
        vn.onestop.server.rating.RatingDevices tablets = ratingDevices = new vn.onestop.server.rating.RatingDevices(db, clock, secrets,
                audit, Duration.ofHours(config.enrolmentCodeHours()));
        gateways = new GatewayRegistry(db, clock, secrets, audit,
                Duration.ofHours(config.enrolmentCodeHours()));
        Guard guard = new Guard(kiosks, staff, cookie, tablets, gateways::authenticate, centres);
        ClientAddress client = new ClientAddress(config.security().behindTls(), config.security().trustedProxies());
        SecretAttempts secretAttempts = new SecretAttempts(new LoginLimiter(clock, 10), client);
        ReportService reports = new ReportService(db, config, clock, centres);
        LiveStats live = new LiveStats(reports, queue, desk, kiosks, clock, new OverdueDossiers(db, config, clock));
        DossierScans scans = new DossierScans(db, dataDir, config.pages(), clock, audit);
        retention = new PersonalDataRetention(db, scans, audit, clock, config.retentionDays());
        retention.add(notifications);
        // Appointments (issue 24): the bookings' contacts fall under the retention job too.
        bookings = new vn.onestop.server.booking.Bookings(db, config, clock, centres, queue, audit, events,
                catalogueStore);
        retention.add(bookings.retentionPart());
        bookings.notices(new vn.onestop.server.booking.BookingOutbox(db, notifications));
        DeviceSettingsStore deviceSettings = new DeviceSettingsStore(db, clock, audit, json);
        PageRoutes pages = new PageRoutes();
        voice = new vn.onestop.server.voice.AnnouncementAudio(config.voice());
        DisplayBoard board = new DisplayBoard(db, queue);
        metrics.gauge("onestop_tickets_waiting", queue::waitingEverywhere);
        javalin = Javalin.create(cfg -> {
            cfg.jsonMapper(new JavalinJackson(json, false));
            cfg.http.maxRequestSize = config.maxBodyBytes();
            // Javalin copies each response into Jetty through a new buffer of this size (default: Jetty's 32 KB
            // output buffer, allocated per response). Jetty still aggregates into its own pooled buffer.
            cfg.http.responseBufferSize = RESPONSE_COPY_BYTES;
            cfg.startup.showJavalinBanner = false;
            routeTable = new RouteTable(cfg.routes, guard);
            CounterBinding binding = new CounterBinding(db);
            new KioskApi(kiosks, queue, dossiers, ratings, json, metrics, secretAttempts, kioskConfig)
                    .links(mobile).register(routeTable);
            new vn.onestop.server.mobile.MobileApi(mobile, json, events, mobileStreams, client, new SecretAttempts(
                    new LoginLimiter(clock, config.mobile().maxBadTokens()), client, Rejection.Kind.NOT_FOUND,
                    "mobile:", "Too many unknown or expired ticket links from this address")).register(routeTable);
            new DossierApi(dossiers, audit, json).register(routeTable);
            new vn.onestop.server.dossier.ReceptionApi(dossiers, audit, json, events).register(routeTable);
            new ScanApi(scans, config.pages(), audit)
                    .register(routeTable);
            new RatingApi(ratings, config.filing(), json, new vn.onestop.server.rating.RatingReport(db, config.zone(),
                    config.filing().ratingCriteria()), reports, binding).register(routeTable);
            vn.onestop.server.rating.OfficialPhotos photos = new vn.onestop.server.rating.OfficialPhotos(db, clock,
                    audit);
            new vn.onestop.server.rating.RatingDeviceApi(new vn.onestop.server.rating.RatingDeviceApi.Parts(tablets,
                    new vn.onestop.server.rating.CounterTablet(db, clock, ratings, photos,
                            Duration.ofSeconds(config.ratingTabletSeconds())), photos,
                    new vn.onestop.server.rating.RatingBreakdown(db, config.zone(), clock, config.centreName(),
                            config.filing().ratingReasons()), reports, config.filing(), db, config.centreName()),
                    json, events, staffStreams, client, secretAttempts).register(routeTable);
            new StaffApi(staff, kiosks, audit, json, config.sessionHours() * 3600, secretAttempts, cookie,
                    client).register(routeTable);
            // Issue 21: live administration. A new centre's first services and priority classes come from the
            // queue's per-centre setup (CentreSetup#seedNewCentre): the configured ones, no counters.
            new vn.onestop.server.admin.AdminApi(db, clock, centres, staff, audit, events, json,
                    new vn.onestop.server.queue.CentreSetup(config)::seedNewCentre).register(routeTable);
            new CounterApi(desk, queue, kiosks, audit, json, binding).register(routeTable);
            new EventsApi(events, json, staffStreams, client).register(routeTable);
            new OpsApi(db, metrics).register(routeTable);
            pages.register(routeTable);
            PageRoutes.staticFiles(cfg);
            new DisplayApi(board, events, json, displayStreams, client).register(routeTable);
            new vn.onestop.server.voice.VoiceApi(voice, board, config.voice()).register(routeTable);
            new CounterConsoleApi(new CounterConsole(db, queue.settings(), clock), queue.settings())
                    .register(routeTable);
            new ReportApi(reports, live).register(routeTable);
            new vn.onestop.server.report.UnverifiedCatalogueApi(catalogueStore::catalogue).register(routeTable);
            new CatalogueApi(catalogueStore, centres, json).register(routeTable);
            new vn.onestop.server.province.ProvinceApi(new vn.onestop.server.province.ProvinceOverview(db, centres,
                    clock, json)).register(routeTable);
            new FleetApi(new Fleet(db, kiosks, json), audit).register(routeTable);
            new DeviceSettingsApi(deviceSettings, kiosks, json).register(routeTable, cfg.routes);
            new ConnectorApi(connector, new StatusChanges(db, dossierUpdates, clock), signatures, audit, json,
                    secretAttempts, clock).register(routeTable);
            new GatewayApi(gateways, new KeypadDesk(db, desk, audit), events, json, gatewayStreams, client,
                    secretAttempts, audit).prints(new vn.onestop.server.gateway.CounterPrints(db, clock, events, audit,
                    dossiers.slips())).register(routeTable);
            new NotifyApi(notifications, audit, () -> centres.all().size()).register(routeTable);
            new vn.onestop.server.booking.BookingApi(bookings, json, client, clock).register(routeTable);
            new vn.onestop.server.help.HelpApi(new vn.onestop.server.help.HelpAlerts(db, clock, events, audit), json)
                    .register(routeTable);
            cfg.routes.exception(Rejection.class, (e, ctx) -> {
                if (PageRoutes.isPage(ctx)) {
                    ctx.status(e.kind().status()).html(pages.refusal());
                    return;
                }
                problem(ctx, e.kind().status(), e.kind().title(), e.getMessage());
            });
            cfg.routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, e.getStatus(),
                    e.getMessage(), e.getMessage()));
            cfg.routes.exception(StorageException.class, ServerApp::storageFailed);
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                if (slowBody(e)) {
                    LOG.info("{} {}: the request body came too slowly; refused", ctx.method(), loggedPath(ctx));
                    problem(ctx, 408, "Request timeout", "The request body did not arrive in time: send it again");
                    return;
                }
                LOG.error("Unexpected error on {} {}", ctx.method(), loggedPath(ctx), e);
                problem(ctx, 500, "Server error", "The server failed; the error is in its log");
            });
            cfg.routes.error(404, ctx -> {
                if (ctx.result() == null) {
                    problem(ctx, 404, "Not found", "No route " + ctx.method() + " " + ctx.path());
                }
            });
            cfg.routes.before(ctx -> securityHeaders(ctx, cookie));
            cfg.jetty.modifyHttpConfiguration(http -> {
                http.setSendServerVersion(false);
                // A request body that stalls or trickles frees its thread within seconds (finding 5): a blocking
                // read waits at most BODY_IDLE_MS for more data, and a body slower than MIN_BODY_RATE is cut off.
                http.setIdleTimeout(BODY_IDLE_MS);
                http.setMinRequestDataRate(MIN_BODY_RATE);
            });
            cfg.routes.after(ctx -> metrics.response(ctx.statusCode()));
        });
        connector.start(dossierUpdates);
        notifications.start();
    }

    /** A counter's display name by id ("2" to "Quầy 2"); the id itself for a counter not configured. */
    private static java.util.function.Function<String, String> counterNames(ServerConfig config) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        config.counters().forEach(k -> names.put(k.id(), k.name()));
        return id -> names.getOrDefault(id, "quầy " + id);
    }

    /** A prepared dossier's scanned checklist document, for the provincial connector (empty when not scanned). */
    private java.util.Optional<byte[]> documentPdf(String preparationCode, int index) {
        try {
            return java.util.Optional.of(dossiers.documents().pdf(preparationCode, index, null));
        } catch (Rejection notScanned) {
            return java.util.Optional.empty();
        }
    }

    /** A request's path for the log: a phone's ticket link token (issue 24) is never written there. */
    private static String loggedPath(Context ctx) {
        return ctx.path().replaceAll("[0-9a-f]{48}", "<token>");
    }

    /** The body stalled or trickled under the minimum rate (Jetty's 408 or a read timeout), at any depth. */
    private static boolean slowBody(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.eclipse.jetty.http.BadMessageException bad && bad.getCode() == 408
                    || t instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** A full disk is a 503 the kiosk can show and retry (nothing of the request was saved); else a 500. */
    private static void storageFailed(StorageException e, Context ctx) {
        if (!e.isDiskFull()) {
            LOG.error("Unexpected error on {} {}", ctx.method(), loggedPath(ctx), e);
            problem(ctx, 500, "Server error", "The server failed; the error is in its log");
            return;
        }
        LOG.error("Storage full on {} {}: free disk space in the server's data folder", ctx.method(), loggedPath(ctx));
        ctx.header("Retry-After", "30");
        problem(ctx, 503, "Storage full", "The server's disk is full, so nothing of this request was saved. "
                + "Try again later; a technician must free disk space in the server's data folder.");
    }

    private static void securityHeaders(Context ctx, SessionCookie cookie) {
        if (cookie.secure(ctx)) {
            ctx.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
        ctx.header("Content-Security-Policy", PageRoutes.CSP);
    }

    private static void problem(Context ctx, int status, String title, String detail) {
        ctx.status(status).contentType(Problem.MEDIA_TYPE)
                .json(new Problem("about:blank", title, status, detail));
        ctx.contentType(Problem.MEDIA_TYPE);
    }

    public Javalin javalin() {
        return javalin;
    }

    public List<RouteTable.Route> routes() {
        return routeTable.all();
    }

    public StaffAccounts staff() {
        return staff;
    }

    /** The hall display's announcement audio (tests count how often it was made). */
    public vn.onestop.server.voice.AnnouncementAudio voice() {
        return voice;
    }

    /** The dossier service (tests, and the provincial connector's wiring). */
    public DossierService dossiers() {
        return dossiers;
    }

    /** The audit log (tests). */
    public AuditLog audit() {
        return audit;
    }

    public KioskRegistry kiosks() {
        return kiosks;
    }

    /** The counters' rating tablets (enrolment codes, tokens). */
    public vn.onestop.server.rating.RatingDevices ratingDevices() {
        return ratingDevices;
    }

    /** The device gateways (issue 27): enrolment codes and tokens per counter. */
    public GatewayRegistry gateways() {
        return gateways;
    }

    /** The personal data retention job (tests run it at a chosen time). */
    public PersonalDataRetention retention() {
        return retention;
    }

    /** The live procedure catalogue, calendar and kiosk texts (issue 21). */
    public CatalogueStore catalogue() {
        return catalogueStore;
    }

    /** Appointments (issue 24); the lead wires {@link vn.onestop.server.booking.BookingNotices} through it. */
    public vn.onestop.server.booking.Bookings bookings() {
        return bookings;
    }

    /** The province's centres (issue 21). */
    public vn.onestop.server.centre.Centres centres() {
        return centres;
    }

    public QueueService queue() {
        return queue;
    }

    /** The mobile tickets (issue 24): tests return parked tickets at a chosen time. */
    public vn.onestop.server.mobile.MobileTickets mobile() {
        return mobile;
    }

    /** The live event bus (the admin pages publish centre.settings.changed on it; tests deliver an event twice). */
    public EventBus events() {
        return events;
    }

    /** The connector to the provincial dossier system (off unless configured). */
    public ProvincialConnector connector() {
        return connector;
    }

    /** Notifications to citizens (issue 24): {@code send} and {@code watch} for other features; off unless configured. */
    public Notifications notifications() {
        return notifications;
    }

    /** Starts serving, and the retention job (now, then daily). */
    public ServerApp start(int port) {
        if (bindAddress.isEmpty()) {
            javalin.start(port);
        } else {
            javalin.start(bindAddress, port);
        }
        retention.start();
        parkReturns.start();
        bookings.start();
        return this;
    }

    public int port() {
        return javalin.port();
    }

    public void stop() {
        notifications.close();
        connector.close();
        retention.close();
        parkReturns.close();
        bookings.close();
        javalin.stop();
        displayStreams.close();
        staffStreams.close();
        gatewayStreams.close();
        mobileStreams.close();
        events.close();
        voice.close();
    }
}
