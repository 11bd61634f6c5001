package vn.onestop.device.scanner;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import vn.onestop.core.identity.CccdParser;
import vn.onestop.core.identity.ProvinceCodes;

/** The real CCCD parser on the shipped province list, with "today" fixed in Vietnam's zone. */
public final class TestIdentity {

    public static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-25T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    private TestIdentity() {
    }

    public static CccdParser parser() {
        String dir = System.getProperty("onestop.config.dir");
        if (dir == null) {
            throw new IllegalStateException("onestop.config.dir is not set: run the tests through Maven");
        }
        return new CccdParser(ProvinceCodes.load(Path.of(dir, "provinces.csv")), TODAY);
    }

    public static IdentityReader reader() {
        return new IdentityReader(parser());
    }
}
