package vn.onestop.server.notify;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * Sends e-mail over SMTP with Jakarta Mail (Eclipse Angus): STARTTLS (required, not opportunistic), SSL from the
 * first byte, or plain (a relay on the same host); login when a user is configured. Over TLS the server's
 * certificate must name the host and chain to the Java runtime's authorities, or only to the configured trusted
 * certificates when there are any; a certificate that is not trusted is a temporary failure that says so. The Message-ID is made from the
 * idempotency key, so a message sent twice (the process died before it recorded the first send) carries the same id
 * and mail clients show it once. A 5xx answer about the recipient or the message is permanent; everything else (no
 * connection, 4xx, a refused login) is temporary.
 */
public final class SmtpNotifier implements Notifier {
    private final NotifySettings.Email settings;
    private final Session session;

    public SmtpNotifier(NotifySettings.Email settings) {
        this.settings = settings;
        Properties p = new Properties();
        p.put("mail.smtp.host", settings.host());
        p.put("mail.smtp.port", Integer.toString(settings.port()));
        String ms = Long.toString(settings.timeout().toMillis());
        p.put("mail.smtp.connectiontimeout", ms);
        p.put("mail.smtp.timeout", ms);
        p.put("mail.smtp.writetimeout", ms);
        p.put("mail.smtp.auth", Boolean.toString(!settings.user().isEmpty()));
        switch (settings.security()) {
            case STARTTLS -> {
                p.put("mail.smtp.starttls.enable", "true");
                p.put("mail.smtp.starttls.required", "true");
                p.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case SSL -> {
                p.put("mail.smtp.ssl.enable", "true");
                p.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case NONE -> { }
        }
        if (!settings.trusted().isEmpty()) {
            // Used by Angus for SSL from the first byte and for the STARTTLS upgrade alike.
            p.put("mail.smtp.ssl.socketFactory", trustingOnly(settings.trusted()));
        }
        this.session = Session.getInstance(p);
    }

    @Override
    public Outcome send(Message message) {
        MimeMessage mail;
        try {
            mail = new KeyedMessage(session, messageId(message.idempotencyKey()));
            mail.setFrom(new InternetAddress(settings.from(), true));
            mail.setRecipient(RecipientType.TO, new InternetAddress(message.to().address(), true));
            mail.setSubject(message.subject(), "UTF-8");
            mail.setText(message.body(), "UTF-8");
        } catch (AddressException e) {
            return Outcome.permanent("the e-mail address is not valid");
        } catch (MessagingException e) {
            return Outcome.permanent("the message could not be built: " + e.getMessage());
        }
        try {
            if (settings.user().isEmpty()) {
                Transport.send(mail);
            } else {
                Transport.send(mail, settings.user(), settings.password());
            }
            return Outcome.delivered();
        } catch (MessagingException e) {
            return classify(e);
        }
    }

    private Outcome classify(MessagingException e) {
        for (Throwable t = e; t != null; t = t instanceof MessagingException m && m.getNextException() != null
                ? m.getNextException() : t.getCause()) {
            if (t instanceof SMTPAddressFailedException a && a.getReturnCode() >= 500) {
                return Outcome.permanent("the mail server refused the recipient (" + a.getReturnCode() + ")");
            }
            if (t instanceof SMTPSendFailedException f && f.getReturnCode() >= 500) {
                return Outcome.permanent("the mail server refused the message (" + f.getReturnCode() + ")");
            }
            if (t instanceof java.security.cert.CertificateException c && namesAnotherHost(c)) {
                return Outcome.temporary("the mail server's certificate does not name " + settings.host()
                        + ": set notify.email.host to a name the certificate holds");
            }
            if (t instanceof java.security.cert.CertificateException) {
                return Outcome.temporary("the mail server " + settings.host() + ":" + settings.port() + " showed a "
                        + "certificate that is not trusted: put its authority's certificate (or its own) in the file "
                        + "named by notify.email.trustedCertificates, or check that this is the real mail server");
            }
            if (t instanceof java.io.IOException && t.getMessage() != null
                    && t.getMessage().startsWith("Can't verify identity of server")) {
                return Outcome.temporary("the mail server's certificate does not name " + settings.host()
                        + ": set notify.email.host to a name the certificate holds");
            }
            if (t instanceof jakarta.mail.AuthenticationFailedException) {
                return Outcome.temporary("the mail server refused the login: check notify.email.user and "
                        + "notify.email.passwordFile");
            }
        }
        return Outcome.temporary("mail server " + settings.host() + ":" + settings.port() + ": " + e.getMessage());
    }

    /** The Java runtime's refusal of a certificate, trusted or not, whose names do not include the host. */
    private static boolean namesAnotherHost(java.security.cert.CertificateException e) {
        String m = String.valueOf(e.getMessage());
        return m.startsWith("No subject alternative") || m.startsWith("No name matching");
    }

    /** TLS sockets that trust these certificates only (as authorities or as the server's own). */
    private static SSLSocketFactory trustingOnly(List<X509Certificate> trusted) {
        try {
            KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
            anchors.load(null, null);
            for (int i = 0; i < trusted.size(); i++) {
                anchors.setCertificateEntry("trusted-" + i, trusted.get(i));
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(anchors);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, tmf.getTrustManagers(), null);
            return tls.getSocketFactory();
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("TLS with the trusted certificates cannot be set up: " + e.getMessage(), e);
        }
    }

    /** A stable Message-ID from the key (hashed: the key may name a ticket or booking). */
    static String messageId(String key) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(h, 0, 16) + "@notify.onestop>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A message whose Message-ID is fixed rather than made up at each send. */
    private static final class KeyedMessage extends MimeMessage {
        private final String id;

        KeyedMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
