package vn.onestop.kiosk.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.onestop.core.wire.RatingReasonInfo;
import vn.onestop.kiosk.flow.FilingOptions;

/**
 * The filing keys of {@code kiosk.properties}: {@code filing.postalFeeVnd} (the postal return fee shown before
 * submission; keep it equal to the server's {@code dossier.postalFeeVnd}) and {@code rating.reasons} (the reason
 * codes offered with a low rating, a subset of the server's {@code rating.reasons}) and {@code rating.criteria} with
 * {@code rating.criterion.<code>.vi/.en} (the optional per-criterion questions, the same keys as the server's).
 */
public final class FilingConfig {
    private FilingConfig() {}

    /**
     * The address converter from {@code configDir/address} (the official old-to-new unit tables); without that
     * folder (an older configuration) the card's address is used as it is.
     *
     * @throws vn.onestop.core.config.ConfigException naming the file and line when a table is malformed
     */
    public static java.util.function.Function<String, vn.onestop.core.address.AddressConversion> addresses(
            java.nio.file.Path configDir) {
        java.nio.file.Path dir = configDir.resolve("address");
        if (!java.nio.file.Files.isDirectory(dir)) {
            return FilingOptions.NO_CONVERSION;
        }
        return new vn.onestop.core.address.AddressConverter(vn.onestop.core.address.AdminUnits.load(dir))::convert;
    }

    /**
     * @throws IllegalArgumentException naming the key when a value is malformed
     */
    public static FilingOptions from(Map<String, String> all) {
        String fee = all.getOrDefault("filing.postalFeeVnd", String.valueOf(FilingOptions.DEFAULT.postalFeeVnd()))
                .strip();
        long feeVnd;
        try {
            feeVnd = Long.parseLong(fee);
        } catch (NumberFormatException e) {
            feeVnd = -1;
        }
        if (feeVnd < 0 || feeVnd > 10_000_000) {
            throw new IllegalArgumentException("kiosk.properties: filing.postalFeeVnd must be a whole number of VND "
                    + "from 0 to 10000000 (the server's dossier.postalFeeVnd), found '" + fee + "'");
        }
        String reasons = all.getOrDefault("rating.reasons", String.join(",", FilingOptions.DEFAULT.ratingReasons()));
        List<String> codes = Arrays.stream(reasons.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (String c : codes) {
            if (!c.matches("[a-z][a-z0-9-]{0,31}")) {
                throw new IllegalArgumentException("kiosk.properties: rating.reasons must be comma-separated codes "
                        + "of lower-case letters (e.g. wait,attitude), found '" + c + "'");
            }
        }
        return new FilingOptions(feeVnd, codes).withCriteria(criteria(all));
    }

    private static List<RatingReasonInfo> criteria(Map<String, String> all) {
        List<RatingReasonInfo> out = new ArrayList<>();
        for (String raw : all.getOrDefault("rating.criteria", "").split(",")) {
            String c = raw.strip();
            if (c.isEmpty()) {
                continue;
            }
            if (!c.matches("[A-Za-z0-9_-]{1,32}")) {
                throw new IllegalArgumentException("kiosk.properties: rating.criteria must be comma-separated codes "
                        + "of letters, digits, - or _ (the server's rating.criteria), found '" + c + "'");
            }
            String key = "rating.criterion." + c + ".";
            String vi = all.getOrDefault(key + "vi", "").strip();
            String en = all.getOrDefault(key + "en", "").strip();
            if (vi.isEmpty()) {
                throw new IllegalArgumentException("kiosk.properties: " + key + "vi is missing: the question of "
                        + "rating criterion '" + c + "' in Vietnamese");
            }
            out.add(new RatingReasonInfo(c, vi, en.isEmpty() ? vi : en));
        }
        return out;
    }
}
