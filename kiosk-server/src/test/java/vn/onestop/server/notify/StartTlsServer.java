package vn.onestop.server.notify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A mail server that speaks SMTP with STARTTLS (RFC 3207) on a random port of 127.0.0.1, for the client side of
 * STARTTLS (GreenMail 2.1 has no STARTTLS). It behaves as a submission server does: EHLO lists STARTTLS, "220" then
 * the TLS handshake on the same connection, then EHLO again, MAIL, RCPT, DATA (dot-terminated), QUIT; a mail
 * command before STARTTLS is refused with 530, as a server that requires TLS does. It keeps what it received.
 */
final class StartTlsServer implements AutoCloseable {
    /** One message (received only after STARTTLS): its envelope recipients and its text. */
    record Received(List<String> recipients, String data) {}

    private final ServerSocket listener;
    private final SSLContext tls;
    private final List<Received> messages = new CopyOnWriteArrayList<>();
    private final Thread thread;

    StartTlsServer(KeyStore keys, String password) throws IOException, GeneralSecurityException {
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, password.toCharArray());
        tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        listener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "starttls-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    List<Received> messages() {
        return List.copyOf(messages);
    }

    private void serve() {
        while (!listener.isClosed()) {
            try (Socket s = listener.accept()) {
                s.setSoTimeout(20_000);
                session(s);
            } catch (IOException e) {
                // A closed listener ends the loop; a broken session (e.g. a refused handshake) ends that session.
            }
        }
    }

    private void session(Socket plain) throws IOException {
        Socket s = plain;
        BufferedReader in = reader(s);
        OutputStream out = s.getOutputStream();
        boolean secured = false;
        List<String> recipients = new ArrayList<>();
        reply(out, "220 127.0.0.1 ESMTP test");
        for (String line; (line = in.readLine()) != null; ) {
            String verb = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
            if (verb.equals("EHLO")) {
                reply(out, secured ? "250 127.0.0.1" : "250-127.0.0.1\r\n250 STARTTLS");
            } else if (line.equalsIgnoreCase("STARTTLS") && !secured) {
                reply(out, "220 Ready to start TLS");
                SSLSocket t = (SSLSocket) tls.getSocketFactory().createSocket(s, "127.0.0.1", s.getPort(), true);
                t.setUseClientMode(false);
                t.startHandshake();
                s = t;
                in = reader(s);
                out = s.getOutputStream();
                secured = true;
            } else if (verb.equals("QUIT")) {
                reply(out, "221 Bye");
                return;
            } else if (verb.equals("RSET") || verb.equals("NOOP")) {
                recipients.clear();
                reply(out, "250 OK");
            } else if (!secured) {
                reply(out, "530 Must issue a STARTTLS command first");
            } else if (verb.equals("MAIL")) {
                recipients.clear();
                reply(out, "250 OK");
            } else if (verb.equals("RCPT")) {
                recipients.add(line.substring(line.indexOf(':') + 1).strip());
                reply(out, "250 OK");
            } else if (verb.equals("DATA")) {
                reply(out, "354 End data with <CR><LF>.<CR><LF>");
                StringBuilder data = new StringBuilder();
                for (String d; (d = in.readLine()) != null && !d.equals("."); ) {
                    data.append(d.startsWith("..") ? d.substring(1) : d).append('\n');
                }
                messages.add(new Received(List.copyOf(recipients), data.toString()));
                reply(out, "250 OK queued");
            } else {
                reply(out, "502 Command not implemented");
            }
        }
    }

    private static BufferedReader reader(Socket s) throws IOException {
        return new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
