package vn.onestop.server;

import java.time.Duration;
import vn.onestop.server.gateway.GatewayRegistry;
import vn.onestop.server.http.ClientAddress;
import vn.onestop.server.http.Guard;
import vn.onestop.server.http.SecretAttempts;
import vn.onestop.server.http.SessionCookie;
import vn.onestop.server.kiosk.KioskRegistry;
import vn.onestop.server.rating.RatingDevices;
import vn.onestop.server.staff.LoginLimiter;
import vn.onestop.server.staff.PasswordHasher;
import vn.onestop.server.staff.StaffAccounts;

/**
 * Who may call the server and how they are told apart: staff (session cookie), enrolled kiosks, counters' rating
 * tablets and device gateways (tokens); the {@link Guard} that checks each route's access, the client address
 * (behind a trusted proxy or not) and the limit on wrong secrets per address.
 */
record Callers(StaffAccounts staff, KioskRegistry kiosks, RatingDevices ratingDevices, GatewayRegistry gateways,
        SessionCookie cookie, Guard guard, ClientAddress client, SecretAttempts secretAttempts) {

    static Callers wire(Platform p) {
        ServerConfig config = p.config();
        Duration codeLife = Duration.ofHours(config.enrolmentCodeHours());
        KioskRegistry kiosks = new KioskRegistry(p.db(), p.clock(), p.secrets(), p.audit(), p.events(), p.json(),
                codeLife);
        StaffAccounts staff = new StaffAccounts(p.db(), p.clock(), new PasswordHasher(config.passwordIterations(),
                p.secrets()), p.secrets(), new LoginLimiter(p.clock(), config.maxFailedLogins()), p.audit(),
                Duration.ofHours(config.sessionHours()), Duration.ofMinutes(config.security().sessionIdleMinutes()));
        SessionCookie cookie = new SessionCookie(config.security().behindTls());
        RatingDevices tablets = new RatingDevices(p.db(), p.clock(), p.secrets(), p.audit(), codeLife);
        GatewayRegistry gateways = new GatewayRegistry(p.db(), p.clock(), p.secrets(), p.audit(), codeLife);
        Guard guard = new Guard(kiosks, staff, cookie, tablets, gateways::authenticate, p.centres());
        ClientAddress client = new ClientAddress(config.security().behindTls(), config.security().trustedProxies());
        SecretAttempts secretAttempts = new SecretAttempts(new LoginLimiter(p.clock(), 10), client);
        return new Callers(staff, kiosks, tablets, gateways, cookie, guard, client, secretAttempts);
    }
}
