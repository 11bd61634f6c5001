package vn.onestop.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.time.Clock;
import java.util.List;
import vn.onestop.server.catalogue.CatalogueStore;
import vn.onestop.server.connector.ConnectorSettings;
import vn.onestop.server.connector.ProvincialConnector;
import vn.onestop.server.db.Database;
import vn.onestop.server.dossier.DossierService;
import vn.onestop.server.events.EventBus;
import vn.onestop.server.events.EventsApi;
import vn.onestop.server.gateway.GatewayApi;
import vn.onestop.server.gateway.GatewayRegistry;
import vn.onestop.server.gateway.KeypadDesk;
import vn.onestop.server.http.PageRoutes;
import vn.onestop.server.http.RouteTable;
import vn.onestop.server.kiosk.KioskApi;
import vn.onestop.server.kiosk.KioskRegistry;
import vn.onestop.server.notify.Contact;
import vn.onestop.server.notify.Notifications;
import vn.onestop.server.notify.Notifier;
import vn.onestop.server.notify.NotifySettings;
import vn.onestop.server.ops.OpsApi;
import vn.onestop.server.queue.QueueService;
import vn.onestop.server.retention.PersonalDataRetention;
import vn.onestop.server.staff.AuditLog;
import vn.onestop.server.staff.StaffAccounts;

/**
 * Builds the server from its configuration, database and clock, feature by feature (each wiring record says what a
 * feature is made of and which routes it serves); every route is registered here, in one place and one order.
 */
public final class ServerApp {
    private final Javalin javalin;
    private final String bindAddress;
    private final Platform platform;
    private final Streams streams;
    private final Callers callers;
    private final QueueFeature queue;
    private final ConnectorFeature connector;
    private final CatalogueFeature catalogue;
    private final DossierFeature dossiers;
    private final NotifyFeature notify;
    private final MobileFeature mobile;
    private final RatingFeature ratings;
    private final ReportFeature reports;
    private final PersonalDataRetention retention;
    private final BookingFeature bookings;
    private final FleetFeature fleet;
    private final PageRoutes pages;
    private final HallFeature hall;
    private RouteTable routeTable;

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
        bindAddress = config.security().bindAddress();
        streams = Streams.open(config);
        platform = Platform.start(config, db, clock);
        queue = QueueFeature.wire(platform);
        callers = Callers.wire(platform);
        connector = ConnectorFeature.wire(platform, connectorSettings, this::documentPdf);
        catalogue = CatalogueFeature.wire(platform, queue.queue());
        dossiers = DossierFeature.wire(platform, connector.connector(), catalogue.store(), dataDir);
        notify = NotifyFeature.wire(platform, notifySettings, notifiers);
        mobile = MobileFeature.wire(platform, queue.queue(), notify.notifications());
        ratings = RatingFeature.wire(platform, mobile.tickets());
        platform.watchStreamsAndWriter();
        catalogue.followCentreSettings(platform);
        reports = ReportFeature.wire(platform, queue, callers.kiosks());
        retention = new PersonalDataRetention(db, dossiers.scans(), platform.audit(), clock, config.retentionDays());
        retention.add(notify.notifications());
        bookings = BookingFeature.wire(platform, queue.queue(), catalogue.store(), notify.notifications(), retention);
        fleet = FleetFeature.wire(platform);
        pages = new PageRoutes();
        hall = HallFeature.wire(platform, queue.queue());
        platform.metrics().gauge("onestop_tickets_waiting", queue.queue()::waitingEverywhere);
        javalin = Javalin.create(cfg -> {
            HttpPolicy.before(cfg, platform.json(), config.maxBodyBytes());
            routeTable = new RouteTable(cfg.routes, callers.guard());
            routes(routeTable, cfg);
            HttpPolicy.after(cfg, pages, callers.cookie(), platform.metrics());
        });
        connector.connector().start(dossiers.updates());
        notify.notifications().start();
    }

    /** The features' routes, in the order they are matched. */
    private void routes(RouteTable r, JavalinConfig cfg) {
        Platform p = platform;
        new KioskApi(callers.kiosks(), queue.queue(), dossiers.service(), ratings.service(), p.json(), p.metrics(),
                callers.secretAttempts(), catalogue.kioskConfig()).links(mobile.tickets()).register(r);
        mobile.register(r, p, callers, streams);
        dossiers.register(r, p);
        ratings.register(r, p, callers, streams, reports.reports(), queue.binding());
        StaffFeature.register(r, p, callers);
        queue.registerCounters(r, p, callers);
        new EventsApi(p.events(), p.json(), streams.staff(), callers.client()).register(r);
        new OpsApi(p.db(), p.metrics()).register(r);
        pages.register(r);
        PageRoutes.staticFiles(cfg);
        hall.register(r, p, callers, streams);
        queue.registerConsole(r, p);
        reports.register(r, catalogue.store());
        catalogue.register(r, p);
        new vn.onestop.server.province.ProvinceApi(new vn.onestop.server.province.ProvinceOverview(p.db(),
                p.centres(), p.clock(), p.json())).register(r);
        fleet.register(r, cfg.routes, p, callers);
        connector.register(r, p, callers, dossiers.updates());
        new GatewayApi(callers.gateways(), new KeypadDesk(p.db(), queue.desk(), p.audit()), p.events(), p.json(),
                streams.gateway(), callers.client(), callers.secretAttempts(), p.audit())
                .prints(new vn.onestop.server.gateway.CounterPrints(p.db(), p.clock(), p.events(), p.audit(),
                        dossiers.service().slips())).register(r);
        notify.register(r, p);
        bookings.register(r, p, callers);
        new vn.onestop.server.help.HelpApi(new vn.onestop.server.help.HelpAlerts(p.db(), p.clock(), p.events(),
                p.audit()), p.json()).register(r);
    }

    /** A prepared dossier's scanned checklist document, for the provincial connector (empty when not scanned). */
    private java.util.Optional<byte[]> documentPdf(String preparationCode, int index) {
        try {
            return java.util.Optional.of(dossiers.service().documents().pdf(preparationCode, index, null));
        } catch (Rejection notScanned) {
            return java.util.Optional.empty();
        }
    }

    public Javalin javalin() {
        return javalin;
    }

    public List<RouteTable.Route> routes() {
        return routeTable.all();
    }

    public StaffAccounts staff() {
        return callers.staff();
    }

    /** The hall display's announcement audio (tests count how often it was made). */
    public vn.onestop.server.voice.AnnouncementAudio voice() {
        return hall.voice();
    }

    /** The dossier service (tests, and the provincial connector's wiring). */
    public DossierService dossiers() {
        return dossiers.service();
    }

    /** The audit log (tests). */
    public AuditLog audit() {
        return platform.audit();
    }

    public KioskRegistry kiosks() {
        return callers.kiosks();
    }

    /** The counters' rating tablets (enrolment codes, tokens). */
    public vn.onestop.server.rating.RatingDevices ratingDevices() {
        return callers.ratingDevices();
    }

    /** The device gateways (issue 27): enrolment codes and tokens per counter. */
    public GatewayRegistry gateways() {
        return callers.gateways();
    }

    /** The personal data retention job (tests run it at a chosen time). */
    public PersonalDataRetention retention() {
        return retention;
    }

    /** The live procedure catalogue, calendar and kiosk texts (issue 21). */
    public CatalogueStore catalogue() {
        return catalogue.store();
    }

    /** Appointments (issue 24); the lead wires {@link vn.onestop.server.booking.BookingNotices} through it. */
    public vn.onestop.server.booking.Bookings bookings() {
        return bookings.bookings();
    }

    /** The province's centres (issue 21). */
    public vn.onestop.server.centre.Centres centres() {
        return platform.centres();
    }

    public QueueService queue() {
        return queue.queue();
    }

    /** The mobile tickets (issue 24): tests return parked tickets at a chosen time. */
    public vn.onestop.server.mobile.MobileTickets mobile() {
        return mobile.tickets();
    }

    /** The live event bus (the admin pages publish centre.settings.changed on it; tests deliver an event twice). */
    public EventBus events() {
        return platform.events();
    }

    /** The connector to the provincial dossier system (off unless configured). */
    public ProvincialConnector connector() {
        return connector.connector();
    }

    /** Notifications to citizens (issue 24): {@code send} and {@code watch} for other features; off unless configured. */
    public Notifications notifications() {
        return notify.notifications();
    }

    /** Starts serving, and the retention job (now, then daily). */
    public ServerApp start(int port) {
        if (bindAddress.isEmpty()) {
            javalin.start(port);
        } else {
            javalin.start(bindAddress, port);
        }
        retention.start();
        mobile.parkReturns().start();
        bookings.bookings().start();
        return this;
    }

    public int port() {
        return javalin.port();
    }

    public void stop() {
        notify.notifications().close();
        connector.connector().close();
        retention.close();
        mobile.parkReturns().close();
        mobile.phones().close();
        bookings.bookings().close();
        javalin.stop();
        streams.close();
        platform.events().close();
        hall.voice().close();
    }
}
