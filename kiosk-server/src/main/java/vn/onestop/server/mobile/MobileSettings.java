package vn.onestop.server.mobile;

import java.net.URI;
import java.util.Locale;
import vn.onestop.core.config.Settings;

/**
 * The mobile ticket (issue 24), from the {@code mobile.*} keys of {@code server.properties}: {@code publicBaseUrl},
 * the address phones reach this server at (empty: the feature is off, tickets carry no link); {@code parkMinutes},
 * how long "I am coming back" keeps a ticket out of the queue; {@code maxBadTokens}, how many unknown or expired
 * links one address may try in 15 minutes before it waits; {@code maxStreams} and {@code maxStreamsPerAddress}, the
 * live streams held open (past them a phone polls instead).
 */
public record MobileSettings(String publicBaseUrl, int parkMinutes, int maxBadTokens, int maxStreams,
        int maxStreamsPerAddress) {

    /** The feature off (a config built in code, or a file without {@code mobile.publicBaseUrl}). */
    public static MobileSettings off() {
        return new MobileSettings("", 10, 30, 2000, 200);
    }

    /** Whether tickets get a link at all. */
    public boolean enabled() {
        return !publicBaseUrl.isEmpty();
    }

    /** The same settings with phones reaching the server at {@code baseUrl} (tests, the demo). */
    public MobileSettings withBaseUrl(String baseUrl) {
        return new MobileSettings(normalize(baseUrl), parkMinutes, maxBadTokens, maxStreams, maxStreamsPerAddress);
    }

    /** The link printed on a ticket for {@code token}. */
    public String link(String token) {
        return publicBaseUrl + "/t/" + token;
    }

    /** Reads the optional {@code mobile.*} keys (older files still load: the feature is then off). */
    public static MobileSettings read(Settings props) {
        String base = props.string("mobile.publicBaseUrl", "").strip();
        if (!base.isEmpty()) {
            URI uri;
            try {
                uri = URI.create(base);
            } catch (IllegalArgumentException e) {
                throw props.error("mobile.publicBaseUrl", "is not a valid address: " + e.getMessage());
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null || uri.getQuery() != null
                    || uri.getFragment() != null || base.length() > 120) {
                throw props.error("mobile.publicBaseUrl", "must be an http(s) address without query, e.g. "
                        + "https://hcc.example.gov.vn (at most 120 characters), or empty to switch phones off");
            }
        }
        return new MobileSettings(normalize(base), props.integer("mobile.parkMinutes", 10, 1, 120),
                props.integer("mobile.maxBadTokens", 30, 5, 1000), props.integer("mobile.maxStreams", 2000, 0, 100_000),
                props.integer("mobile.maxStreamsPerAddress", 200, 1, 100_000));
    }

    private static String normalize(String base) {
        String b = base.strip();
        while (b.endsWith("/")) {
            b = b.substring(0, b.length() - 1);
        }
        return b;
    }
}
