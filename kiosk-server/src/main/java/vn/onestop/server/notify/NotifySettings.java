package vn.onestop.server.notify;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.onestop.core.config.Settings;

/**
 * The {@code notify.*} keys of server.properties. Off by default: with neither {@code notify.email.host} nor
 * {@code notify.sms.url} set nothing is queued. A bad value stops the server naming the key.
 */
public record NotifySettings(Optional<Email> email, Optional<Sms> sms, int aheadThreshold, Duration retryInitial,
        Duration retryCap, int maxAttempts, Duration lease, Duration poll, int retentionDays) {

    /** How the SMTP connection is secured. */
    public enum Security {
        STARTTLS, SSL, NONE
    }

    /**
     * The e-mail server; {@code password} is empty when the server needs no login; {@code trusted}: the certificates
     * the server's certificate must chain to over TLS (empty: the Java runtime's default authorities).
     */
    public record Email(String host, int port, Security security, String user, String password, String from,
            Duration timeout, List<X509Certificate> trusted) {
        public Email {
            trusted = List.copyOf(trusted);
        }


        @Override
        public String toString() {
            return "Email[" + host + ":" + port + " " + security + "]";
        }
    }

    /** The SMS gateway (docs/sms-gateway.md); {@code sender} may be empty (the gateway's default). */
    public record Sms(URI url, String token, String sender, Duration timeout) {
        @Override
        public String toString() {
            return "Sms[" + url + "]";
        }
    }

    /** Notifications switched off. */
    public static NotifySettings off() {
        return new NotifySettings(Optional.empty(), Optional.empty(), 3, Duration.ofSeconds(5), Duration.ofMinutes(10),
                8, Duration.ofMinutes(2), Duration.ofSeconds(2), 30);
    }

    /** True when at least one channel is configured. */
    public boolean enabled() {
        return email.isPresent() || sms.isPresent();
    }

    /** The configured channels. */
    public Set<Contact.Channel> channels() {
        Set<Contact.Channel> s = EnumSet.noneOf(Contact.Channel.class);
        email.ifPresent(e -> s.add(Contact.Channel.EMAIL));
        sms.ifPresent(e -> s.add(Contact.Channel.SMS));
        return Set.copyOf(s);
    }

    /** The same settings with other retry timings (tests). */
    public NotifySettings withRetry(Duration initial, Duration cap, int attempts, Duration pollEvery) {
        return new NotifySettings(email, sms, aheadThreshold, initial, cap, attempts, lease, pollEvery, retentionDays);
    }

    /** Reads {@code DIR/server.properties}. */
    public static NotifySettings load(Path configDir) {
        return from(Settings.load(configDir.resolve("server.properties")), configDir);
    }

    public static NotifySettings from(Settings s, Path configDir) {
        int threshold = s.integer("notify.aheadThreshold", 3, 1, 50);
        int initial = s.integer("notify.retry.initialSeconds", 5, 1, 3600);
        int cap = s.integer("notify.retry.maxSeconds", 600, 1, 86_400);
        if (cap < initial) {
            throw s.error("notify.retry.maxSeconds", "must not be below notify.retry.initialSeconds");
        }
        int attempts = s.integer("notify.retry.maxAttempts", 8, 1, 100);
        int poll = s.integer("notify.pollMillis", 2000, 50, 600_000);
        int retention = s.integer("notify.retentionDays", 30, 1, 3650);
        Optional<Email> email = s.optional("notify.email.host").isPresent() ? Optional.of(email(s, configDir))
                : Optional.empty();
        Optional<Sms> sms = s.optional("notify.sms.url").isPresent() ? Optional.of(sms(s, configDir))
                : Optional.empty();
        Duration timeout = Duration.ofSeconds(Math.max(email.map(e -> e.timeout().toSeconds()).orElse(0L),
                sms.map(e -> e.timeout().toSeconds()).orElse(0L)));
        return new NotifySettings(email, sms, threshold, Duration.ofSeconds(initial), Duration.ofSeconds(cap),
                attempts, Duration.ofSeconds(Math.max(60, timeout.toSeconds() * 3)), Duration.ofMillis(poll), retention);
    }

    private static Email email(Settings s, Path configDir) {
        String host = s.string("notify.email.host");
        if (!host.matches("[A-Za-z0-9.:\\[\\]-]{1,253}")) {
            throw s.error("notify.email.host", "not a host name or address: '" + host + "'");
        }
        Security security = s.choice("notify.email.security", Security.class, Security.STARTTLS);
        int port = s.integer("notify.email.port", security == Security.SSL ? 465 : 587, 1, 65535);
        String user = s.string("notify.email.user", "");
        String password = s.optional("notify.email.passwordFile").isPresent()
                ? secretFile(s, configDir, "notify.email.passwordFile") : "";
        if (!user.isEmpty() && password.isEmpty()) {
            throw s.error("notify.email.passwordFile", "required when notify.email.user is set (a file holding only "
                    + "the SMTP password, relative to the configuration folder)");
        }
        String from = s.optional("notify.email.from").orElseThrow(() -> s.error("notify.email.from",
                "the sender address is required when notify.email.host is set"));
        try {
            Contact.email(from);
        } catch (IllegalArgumentException e) {
            throw s.error("notify.email.from", e.getMessage());
        }
        List<X509Certificate> trusted = s.optional(TRUSTED).isPresent() ? certificates(s, configDir) : List.of();
        if (!trusted.isEmpty() && security == Security.NONE) {
            throw s.error(TRUSTED, "only with notify.email.security ssl or starttls (with none nothing is encrypted)");
        }
        return new Email(host, port, security, user, password, from,
                Duration.ofSeconds(s.integer("notify.email.timeoutSeconds", 20, 1, 300)), trusted);
    }

    private static final String TRUSTED = "notify.email.trustedCertificates";

    /** The certificates (PEM or DER, one or more) of the file named by {@value #TRUSTED}. */
    private static List<X509Certificate> certificates(Settings s, Path configDir) {
        Path file = configDir.resolve(s.string(TRUSTED));
        List<X509Certificate> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                out.add((X509Certificate) c);
            }
        } catch (IOException e) {
            throw s.error(TRUSTED, file + " cannot be read: " + e.getMessage());
        } catch (CertificateException e) {
            throw s.error(TRUSTED, file + " is not a certificate file (PEM, -----BEGIN CERTIFICATE-----): "
                    + e.getMessage());
        }
        if (out.isEmpty()) {
            throw s.error(TRUSTED, file + " holds no certificate (PEM, -----BEGIN CERTIFICATE-----)");
        }
        return out;
    }

    private static Sms sms(Settings s, Path configDir) {
        URI url;
        try {
            url = new URI(s.string("notify.sms.url"));
        } catch (URISyntaxException e) {
            throw s.error("notify.sms.url", "not a URL: " + e.getMessage());
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            throw s.error("notify.sms.url", "must be an http:// or https:// URL with a host");
        }
        if (s.optional("notify.sms.tokenFile").isEmpty()) {
            throw s.error("notify.sms.tokenFile", "required when notify.sms.url is set (a file holding only the "
                    + "gateway's access token, relative to the configuration folder)");
        }
        String token = secretFile(s, configDir, "notify.sms.tokenFile");
        if (token.length() < 8 || !token.matches("[\\x21-\\x7e]+")) {
            throw s.error("notify.sms.tokenFile", "the token must be at least 8 printable characters without spaces");
        }
        String sender = s.string("notify.sms.sender", "");
        if (sender.length() > 20) {
            throw s.error("notify.sms.sender", "at most 20 characters (a brandname or number)");
        }
        return new Sms(url, token, sender, Duration.ofSeconds(s.integer("notify.sms.timeoutSeconds", 20, 1, 300)));
    }

    private static String secretFile(Settings s, Path configDir, String key) {
        Path file = configDir.resolve(s.string(key));
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (text.isEmpty()) {
                throw s.error(key, file + " is empty");
            }
            return text;
        } catch (IOException e) {
            throw s.error(key, file + " cannot be read: " + e.getMessage());
        }
    }
}
