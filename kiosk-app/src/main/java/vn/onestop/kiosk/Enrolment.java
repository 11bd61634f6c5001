package vn.onestop.kiosk;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.kiosk.config.KioskConfig;
import vn.onestop.kiosk.server.KioskServerClient;
import vn.onestop.kiosk.server.ServerRefusedException;
import vn.onestop.kiosk.server.ServerUnavailableException;

/**
 * Enrolling the kiosk on the server with an enrolment code (the configured one, or one a technician entered), on
 * the network thread. A failed attempt is logged and tried again at the next start or when the server no longer
 * knows the kiosk's token.
 */
final class Enrolment {
    /** Log4j starts on first use: after the window opens (see the kiosk's LoggingSetup), not when this loads. */
    private static final class Log {
        static final Logger LOG = LogManager.getLogger(Enrolment.class);
    }
    private final KioskServerClient client;
    private final KioskConfig config;

    Enrolment(KioskServerClient client, KioskConfig config) {
        this.client = client;
        this.config = config;
    }

    /** Neither a token nor an enrolment code: a technician must enter one. */
    boolean needsTechnician() {
        return !client.enrolled() && config.enrolmentCode().isBlank();
    }

    /** Enrols with the configured code unless the kiosk already has a token. */
    void enrolIfNeeded() {
        if (!client.enrolled()) {
            enrolWith(config.enrolmentCode());
        }
    }

    /** The server no longer knows the token: with a configured code, enrol again. */
    void tokenRefused() {
        if (!config.enrolmentCode().isBlank()) {
            client.forgetToken();
            enrolIfNeeded();
        }
    }

    /** A technician's new code: the old token is dropped and the kiosk enrols with the code. */
    void reenrolWith(String code) {
        client.forgetToken();
        enrolWith(code);
    }

    private void enrolWith(String code) {
        if (code.isBlank()) {
            return;
        }
        try {
            var r = client.enrol(code, config.kioskName());
            Log.LOG.info("Kiosk enrolled on the server as {}", r.kioskId());
        } catch (ServerUnavailableException | ServerRefusedException e) {
            Log.LOG.warn("Enrolment failed: {}", e.getMessage());
        }
    }
}
