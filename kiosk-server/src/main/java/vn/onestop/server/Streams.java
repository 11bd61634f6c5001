package vn.onestop.server;

import java.time.Duration;
import vn.onestop.server.events.SseSender;

/**
 * The server's live streams, each with its own limits per address and in all (429 past them), written off the
 * publishing thread and pinged every 10 s.
 *
 * @param display the public hall displays: a centre has a few TVs, so by default 20 per address and 500 in all
 *                ({@code events.display.*} in server.properties; security review, finding 4)
 * @param staff   staff pages (counter consoles, dashboards) hold one each; a centre's staff share a few addresses
 *                (by default 100 per address, 1000 in all; {@code events.staff.*})
 * @param gateway device gateways hold one per counter they serve (issue 27)
 * @param mobile  citizens' phones following their tickets (issue 24): many phones behind one address
 */
record Streams(SseSender display, SseSender staff, SseSender gateway, SseSender mobile) {
    private static final Duration PING = Duration.ofSeconds(10);

    static Streams open(ServerConfig config) {
        return new Streams(new SseSender(config.streams().displayPerAddress(), config.streams().displayTotal(), PING),
                new SseSender(config.streams().staffPerAddress(), config.streams().staffTotal(), PING),
                new SseSender(100, 500, PING),
                new SseSender(config.mobile().maxStreamsPerAddress(), config.mobile().maxStreams(), PING));
    }

    void close() {
        display.close();
        staff.close();
        gateway.close();
        mobile.close();
    }
}
