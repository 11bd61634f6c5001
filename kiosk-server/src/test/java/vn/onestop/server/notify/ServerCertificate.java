package vn.onestop.server.notify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A mail server's key and self-signed certificate for 127.0.0.1 (and localhost), made for one test run by the JDK's
 * own keytool. {@link #forGreenMail()} points GreenMail's TLS servers at it (GreenMail reads the keystore named by the
 * system property {@code greenmail.tls.keystore.file} once per JVM, when its first TLS server starts).
 */
record ServerCertificate(Path keyStoreFile, Path pem) {
    static final String PASSWORD = "changeit";

    static ServerCertificate make() {
        return make("CN=127.0.0.1", "SAN=ip:127.0.0.1,dns:localhost");
    }

    /** A certificate with this subject and subject alternative names (keytool's -ext syntax). */
    static ServerCertificate make(String subject, String names) {
        try {
            Path dir = Files.createTempDirectory("onestop-mail-tls");
            Path store = dir.resolve("mail-server.p12");
            Path pem = dir.resolve("mail-server.pem");
            keytool("-genkeypair", "-alias", "mail", "-keyalg", "RSA", "-keysize", "2048", "-validity", "7",
                    "-dname", subject + ", O=Onestop test mail server", "-ext", names,
                    "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", PASSWORD, "-keypass",
                    PASSWORD);
            keytool("-exportcert", "-rfc", "-alias", "mail", "-keystore", store.toString(), "-storepass", PASSWORD,
                    "-file", pem.toString());
            return new ServerCertificate(store, pem);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** This certificate for GreenMail's TLS servers: call before the first one starts in this JVM. */
    ServerCertificate forGreenMail() {
        System.setProperty("greenmail.tls.keystore.file", keyStoreFile.toString());
        System.setProperty("greenmail.tls.keystore.password", PASSWORD);
        System.setProperty("greenmail.tls.key.password", PASSWORD);
        return this;
    }

    KeyStore keyStore() throws IOException, GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStoreFile)) {
            ks.load(in, PASSWORD.toCharArray());
        }
        return ks;
    }

    private static void keytool(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("keytool " + args[0] + " failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
