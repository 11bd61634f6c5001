package vn.onestop.server;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server for the notification e-mail tests (GreenMail on a random port; register it with
 * {@code @RegisterExtension static TestMailbox mail = new TestMailbox();}) and the messages it received, by recipient.
 */
public final class TestMailbox extends GreenMailExtension {

    public TestMailbox() {
        super(ServerSetupTest.SMTP.dynamicPort());
    }

    /**
     * The server.properties lines that send notification e-mail here, from {@code trungtam@example.vn}, with a 50 ms
     * outbox poll.
     */
    public String notifyProperties() {
        return "notify.email.host=127.0.0.1\nnotify.email.port=" + getSmtp().getPort()
                + "\nnotify.email.security=none\nnotify.email.from=trungtam@example.vn\nnotify.pollMillis=50\n";
    }

    /** The messages received so far with {@code address} among their recipients, in the order they arrived. */
    public List<MimeMessage> to(String address) {
        return Arrays.stream(getReceivedMessages()).filter(m -> {
            try {
                return GreenMailUtil.getAddressList(m.getAllRecipients()).contains(address);
            } catch (MessagingException e) {
                throw new AssertionError(e);
            }
        }).toList();
    }

    /** A received message's subject. */
    public static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
