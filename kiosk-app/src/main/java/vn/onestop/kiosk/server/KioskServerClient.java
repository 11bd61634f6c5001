package vn.onestop.kiosk.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import vn.onestop.core.wire.DeviceSettings;
import vn.onestop.core.wire.DocumentStored;
import vn.onestop.core.wire.DossierReceipt;
import vn.onestop.core.wire.DossierRegistration;
import vn.onestop.core.wire.DossierView;
import vn.onestop.core.wire.EnrolRequest;
import vn.onestop.core.wire.EnrolResponse;
import vn.onestop.core.wire.Heartbeat;
import vn.onestop.core.wire.IssueTicketRequest;
import vn.onestop.core.wire.Problem;
import vn.onestop.core.wire.RatingRequest;
import vn.onestop.core.wire.TicketView;
import vn.onestop.core.wire.VoidTicketRequest;

/**
 * The kiosk API under {@code /api/v1} over {@link HttpClient} and Jackson. Every call blocks (never call
 * it on the Swing event thread) and throws {@link ServerUnavailableException} when the server cannot be
 * reached or fails, {@link ServerRefusedException} when it refuses.
 */
public final class KioskServerClient {
    private static final Duration TIMEOUT = Duration.ofSeconds(4);
    /** Registering a dossier makes its slip PDF on the server: the first of a run loads fonts and takes seconds. */
    private static final Duration FILING_TIMEOUT = Duration.ofSeconds(20);
    private volatile HttpClient http;
    private final TokenStore tokens;
    private volatile URI base;
    /** The heartbeat reply's push hint (issue 21): the ETag of the kiosk configuration in force on the server. */
    static final String CONFIG_HINT_HEADER = "X-Kiosk-Config-ETag";
    private volatile java.util.function.Consumer<String> configHint = etag -> { };

    public KioskServerClient(String baseUrl, TokenStore tokens) {
        this.tokens = tokens;
        setBaseUrl(baseUrl);
    }

    /**
     * Who hears the configuration ETag a heartbeat reply names (servers before issue 21 name none); called on the
     * heartbeat's thread.
     */
    public void onConfigHint(java.util.function.Consumer<String> listener) {
        this.configHint = listener;
    }

    /** Points the client at another server (technician mode); the token is kept. */
    public void setBaseUrl(String baseUrl) {
        String b = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.base = URI.create(b);
    }

    /** Drops a token the server no longer accepts. */
    public void forgetToken() {
        try {
            tokens.clear();
        } catch (IOException e) {
            // a token that cannot be deleted is replaced at the next enrolment
        }
    }

    public boolean enrolled() {
        return tokens.token().isPresent();
    }

    /** Enrols with a one-time code and stores the token in the data folder. */
    public EnrolResponse enrol(String code, String kioskName) throws ServerUnavailableException,
            ServerRefusedException {
        EnrolResponse r = send("POST", "/api/v1/kiosk/enrol", new EnrolRequest(code, kioskName), EnrolResponse.class,
                false);
        try {
            tokens.save(r.token());
        } catch (IOException e) {
            throw new ServerUnavailableException("Enrolled, but the token could not be saved in "
                    + tokens.file() + ": " + e.getMessage(), e);
        }
        return r;
    }

    public TicketView issue(IssueTicketRequest request) throws ServerUnavailableException, ServerRefusedException {
        return send("POST", "/api/v1/tickets", request, TicketView.class, true);
    }

    public void voidTicket(String ticketId, String reason) throws ServerUnavailableException,
            ServerRefusedException {
        send("POST", "/api/v1/tickets/" + ticketId + "/void", new VoidTicketRequest(reason), null, true);
    }

    /**
     * Sends a heartbeat; returns the version of the device settings a technician set for this kiosk on the server
     * (header {@code X-Device-Settings-Version}; 0 = none, -1 when the server did not say).
     */
    public int heartbeat(Heartbeat heartbeat) throws ServerUnavailableException, ServerRefusedException {
        HttpResponse<byte[]> r = exchange("POST", "/api/v1/kiosk/heartbeat", heartbeat, true, null);
        read(r, null, "POST /api/v1/kiosk/heartbeat");
        r.headers().firstValue(CONFIG_HINT_HEADER).ifPresent(configHint);
        try {
            return r.headers().firstValue("X-Device-Settings-Version").map(Integer::parseInt).orElse(-1);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The device settings set for this kiosk, or empty when they are still those of {@code knownVersion} (304). */
    public java.util.Optional<DeviceSettings> deviceSettings(int knownVersion) throws ServerUnavailableException,
            ServerRefusedException {
        Conditional c = conditionalGet("/api/v1/kiosk/device-settings", "\"v" + knownVersion + "\"");
        if (c == null) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(WireJson.mapper().readValue(c.body(), DeviceSettings.class));
        } catch (IOException e) {
            throw new ServerUnavailableException("Server sent unreadable device settings", e);
        }
    }

    /** Tells the server which settings version was applied, or why it could not be ({@code error} non-null). */
    public void deviceSettingsApplied(int version, String error) throws ServerUnavailableException,
            ServerRefusedException {
        send("POST", "/api/v1/kiosk/device-settings/applied", new AppliedReport(version, error), null, true);
    }

    private record AppliedReport(int version, String error) {}

    /** The kiosk configuration (centre, services, catalogue) as raw JSON with its ETag; null when unchanged (304). */
    public Conditional configuration(String etag) throws ServerUnavailableException, ServerRefusedException {
        return conditionalGet("/api/v1/kiosk/config", etag);
    }

    /** A body fetched with its ETag (null when the server sent none). */
    public record Conditional(byte[] body, String etag) {}

    private Conditional conditionalGet(String path, String etag) throws ServerUnavailableException,
            ServerRefusedException {
        HttpResponse<byte[]> r = exchange("GET", path, null, true, etag);
        if (r.statusCode() == 304) {
            return null;
        }
        read(r, null, "GET " + path);
        return new Conditional(r.body(), r.headers().firstValue("ETag").orElse(null));
    }

    /** Registers a dossier filed at the kiosk (idempotent by its key); the answer holds the slip to print. */
    public DossierReceipt registerDossier(DossierRegistration registration) throws ServerUnavailableException,
            ServerRefusedException {
        return send("POST", "/api/v1/dossiers", registration, DossierReceipt.class, true, FILING_TIMEOUT);
    }

    /**
     * Stores the scanned PDF of the checklist document {@code index} of a prepared dossier (idempotent: the same
     * content again gives the same answer). 404: unknown code (or a server without the route), 409: already
     * received, 413/415/422: the PDF is refused with the reason.
     */
    public DocumentStored putDocument(String preparationCode, int index, byte[] pdf)
            throws ServerUnavailableException, ServerRefusedException {
        if (!preparationCode.matches("[A-Z0-9]{1,32}") || index < 0) {
            throw new ServerRefusedException(400, "Not a preparation code or document index");
        }
        String path = "/api/v1/dossiers/" + preparationCode + "/documents/" + index;
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(FILING_TIMEOUT)
                .header("Content-Type", "application/pdf").header("Accept", "application/json")
                .header("Authorization", "Bearer " + tokens.token().orElseThrow(() ->
                        new ServerRefusedException(401, "This kiosk is not enrolled")))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(pdf)).build();
        try {
            return read(http().send(request, HttpResponse.BodyHandlers.ofByteArray()), DocumentStored.class,
                    "PUT " + path);
        } catch (IOException e) {
            throw new ServerUnavailableException("Server " + base + " unreachable: " + e.getClass().getSimpleName(),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerUnavailableException("Interrupted while calling " + base, e);
        }
    }

    /** A dossier's public status; {@code code} must be a well-formed dossier code (letters, digits, dots, dashes). */
    public DossierView dossier(String code) throws ServerUnavailableException, ServerRefusedException {
        if (!code.matches("[A-Z0-9.-]{1,64}")) {
            throw new ServerRefusedException(400, "Not a dossier code");
        }
        return send("GET", "/api/v1/dossiers/" + code, null, DossierView.class, true);
    }

    /** A citizen's rating; refused with 409 when the ticket or dossier was already rated. */
    public void rate(RatingRequest rating) throws ServerUnavailableException, ServerRefusedException {
        send("POST", "/api/v1/ratings", rating, null, true);
    }

    /** Whether a scanned ticket may be rated now (issue 27); {@code ticketId} is letters, digits and dashes. */
    public vn.onestop.core.wire.TicketRatingCheck ticketRating(String ticketId) throws ServerUnavailableException,
            ServerRefusedException {
        if (!ticketId.matches("[A-Za-z0-9-]{1,64}")) {
            throw new ServerRefusedException(400, "Not a ticket id");
        }
        return send("GET", "/api/v1/ratings/tickets/" + ticketId, null, vn.onestop.core.wire.TicketRatingCheck.class,
                true);
    }

    /**
     * Whether a looked-up dossier may be rated now (received by an official, not yet rated); {@code code} is its key,
     * preparation code or official code (letters, digits, dots and dashes).
     */
    public vn.onestop.core.wire.TicketRatingCheck dossierRating(String code) throws ServerUnavailableException,
            ServerRefusedException {
        if (code == null || !code.matches("[A-Za-z0-9.-]{1,64}")) {
            throw new ServerRefusedException(400, "Not a dossier code");
        }
        return send("GET", "/api/v1/ratings/dossiers/" + code, null, vn.onestop.core.wire.TicketRatingCheck.class,
                true);
    }

    /** Checks a booking in (issue 24): the ticket to print and whether it came within the slot window. */
    public vn.onestop.core.wire.BookingCheckIn checkInBooking(String code) throws ServerUnavailableException,
            ServerRefusedException {
        return send("POST", "/api/v1/kiosk/bookings/check-in", new vn.onestop.core.wire.BookingCheckInRequest(code),
                vn.onestop.core.wire.BookingCheckIn.class, true);
    }

    /** A citizen's call for help from {@code screen} (a screen code, no personal data); the server adds the name. */
    public vn.onestop.core.wire.HelpAlertView callForHelp(String screen) throws ServerUnavailableException,
            ServerRefusedException {
        return send("POST", "/api/v1/kiosk/help", new vn.onestop.core.wire.HelpRequest(screen),
                vn.onestop.core.wire.HelpAlertView.class, true);
    }

    /** Made on first use (on the network thread): building it costs a noticeable part of a second. */
    private HttpClient http() {
        HttpClient h = http;
        if (h == null) {
            synchronized (this) {
                if (http == null) {
                    http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
                }
                h = http;
            }
        }
        return h;
    }

    private <T> T send(String method, String path, Object body, Class<T> type, boolean auth)
            throws ServerUnavailableException, ServerRefusedException {
        return send(method, path, body, type, auth, TIMEOUT);
    }

    private <T> T send(String method, String path, Object body, Class<T> type, boolean auth, Duration timeout)
            throws ServerUnavailableException, ServerRefusedException {
        return read(exchange(method, path, body, auth, null, timeout), type, method + " " + path);
    }

    private HttpResponse<byte[]> exchange(String method, String path, Object body, boolean auth, String ifNoneMatch)
            throws ServerUnavailableException, ServerRefusedException {
        return exchange(method, path, body, auth, ifNoneMatch, TIMEOUT);
    }

    private HttpResponse<byte[]> exchange(String method, String path, Object body, boolean auth, String ifNoneMatch,
            Duration timeout) throws ServerUnavailableException, ServerRefusedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .header("Content-Type", "application/json").header("Accept", "application/json");
        if (ifNoneMatch != null) {
            b.header("If-None-Match", ifNoneMatch);
        }
        if (auth) {
            b.header("Authorization", "Bearer " + tokens.token().orElseThrow(() ->
                    new ServerRefusedException(401, "This kiosk is not enrolled: enter an enrolment code in "
                            + "technician mode")));
        }
        HttpResponse<byte[]> response;
        try {
            b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(WireJson.mapper().writeValueAsBytes(body)));
            response = http().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ServerUnavailableException("Server " + base + " unreachable: " + e.getClass().getSimpleName(),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerUnavailableException("Interrupted while calling " + base, e);
        }
        return response;
    }

    private <T> T read(HttpResponse<byte[]> response, Class<T> type, String what)
            throws ServerUnavailableException, ServerRefusedException {
        int status = response.statusCode();
        if (status >= 500) {
            throw new ServerUnavailableException("Server answered " + status + " to " + what);
        }
        if (status >= 400) {
            throw new ServerRefusedException(status, "Server refused " + what + ": " + problem(response.body()));
        }
        if (type == null) {
            return null;
        }
        try {
            return WireJson.mapper().readValue(response.body(), type);
        } catch (IOException e) {
            throw new ServerUnavailableException("Server sent an unreadable answer to " + what, e);
        }
    }

    private String problem(byte[] body) {
        try {
            Problem p = WireJson.mapper().readValue(body, Problem.class);
            return p.title() + (p.detail() == null ? "" : " (" + p.detail() + ")");
        } catch (IOException e) {
            return "no details";
        }
    }
}
