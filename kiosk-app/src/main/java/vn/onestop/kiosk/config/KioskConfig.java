package vn.onestop.kiosk.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import vn.onestop.core.config.ConfigException;
import vn.onestop.core.config.Settings;

/**
 * The kiosk's settings from {@code kiosk.properties}, validated once at start. {@code devices} keeps the
 * {@code printer.*} and {@code scanner.*} keys for the device factories, which validate them.
 */
public record KioskConfig(
        String centreNameVi,
        String centreNameEn,
        String hotline,
        Locale language,
        int idleSeconds,
        int doneSeconds,
        boolean largeText,
        boolean highContrast,
        int screenDpi,
        String serverUrl,
        String kioskName,
        String enrolmentCode,
        String offlinePrefix,
        String technicianPinHash,
        int printerPollMillis,
        Map<String, String> all) {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    public KioskConfig {
        all = Map.copyOf(all);
    }

    public static KioskConfig load(Path file) {
        return from(Settings.load(file));
    }

    public static KioskConfig from(Settings s) {
        String lang = s.string("ui.language", "vi");
        if (!lang.equals("vi") && !lang.equals("en")) {
            throw s.error("ui.language", "must be vi or en, found '" + lang + "'");
        }
        String prefix = s.string("offline.prefix", "K1");
        if (!prefix.matches("[A-Z][A-Z0-9]{0,3}")) {
            throw s.error("offline.prefix", "must be 1-4 capital letters or digits starting with a letter, "
                    + "unique for each kiosk of the centre (e.g. K1)");
        }
        String pin = s.string("technician.pin.sha256", "");
        if (!pin.isEmpty() && !pin.matches("[0-9a-f]{64}:[A-Za-z0-9._-]+")
                && !pin.matches("pbkdf2:[1-9][0-9]{0,7}:[0-9a-f]+:[0-9a-f]{64}")) {
            throw s.error("technician.pin.sha256", "must be pbkdf2:<iterations>:<salt>:<hash> as the kiosk writes "
                    + "it, or the 64 hex digits of SHA-256(salt:PIN) followed by :salt (see README: technician mode)");
        }
        return new KioskConfig(
                s.string("centre.name.vi", "Trung tâm Phục vụ hành chính công"),
                s.string("centre.name.en", "Public Administration Service Centre"),
                s.string("centre.hotline", ""),
                lang.equals("vi") ? VIETNAMESE : Locale.ENGLISH,
                s.integer("ui.idle.seconds", 60, 10, 600),
                s.integer("ui.done.seconds", 20, 5, 120),
                s.bool("ui.large.text", false),
                s.bool("ui.high.contrast", false),
                s.integer("ui.screen.dpi", 102, 40, 400),
                s.string("server.url", "http://127.0.0.1:8080"),
                s.string("kiosk.name", "Kiosk 1"),
                s.string("server.enrolment.code", ""),
                prefix,
                pin,
                s.integer("printer.statusPollMs", 2000, 200, 3_600_000),
                s.asMap());
    }

    /** The same settings with the enrolment code given on the command line. */
    public KioskConfig withEnrolmentCode(String code) {
        return new KioskConfig(centreNameVi, centreNameEn, hotline, language, idleSeconds, doneSeconds, largeText,
                highContrast, screenDpi, serverUrl, kioskName, code, offlinePrefix, technicianPinHash, printerPollMillis, all);
    }

    /** The centre's name in the given language. */
    public String centreName(Locale locale) {
        return locale.getLanguage().equals("en") ? centreNameEn : centreNameVi;
    }

    /** Every key as {@link Properties}, for the device factories ({@code printer.*}, {@code scanner.*}). */
    public Properties properties() {
        Properties p = new Properties();
        p.putAll(all);
        return p;
    }

    /** Pixels for a length on the kiosk's screen (from {@code ui.screen.dpi}). */
    public int pixels(double millimetres) {
        return (int) Math.ceil(millimetres / 25.4 * screenDpi);
    }
}
