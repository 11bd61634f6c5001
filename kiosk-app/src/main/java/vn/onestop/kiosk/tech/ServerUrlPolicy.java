package vn.onestop.kiosk.tech;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Which server address technician mode may set (security review, finding 9): HTTPS anywhere, plain HTTP only to this
 * machine (loopback) unless {@code server.trustedNetwork=true} says the kiosk's network is a closed one. A plain-HTTP
 * address elsewhere would send the kiosk's token and the citizens' data over a network anyone on it can read.
 */
public final class ServerUrlPolicy {
    private ServerUrlPolicy() {}

    /** @throws IllegalArgumentException naming {@code server.url} when the address is not allowed */
    public static void check(String url, boolean trustedNetwork) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("server.url '" + url + "' is not an address such as https://server/");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (scheme.equals("https") && !host.isEmpty()) {
            return;
        }
        if (!scheme.equals("http") || host.isEmpty()) {
            throw new IllegalArgumentException("server.url must start with https:// (or http:// to this machine)");
        }
        boolean loopback = host.equals("localhost") || host.matches("127(\\.[0-9]{1,3}){3}") || host.equals("[::1]")
                || host.equals("::1");
        if (!loopback && !trustedNetwork) {
            throw new IllegalArgumentException("server.url " + url + " is plain HTTP to another machine: use "
                    + "https://, or set server.trustedNetwork=true if this kiosk's network is closed to others");
        }
    }
}
