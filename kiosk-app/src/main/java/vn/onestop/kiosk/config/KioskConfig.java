package vn.onestop.kiosk.config;

import java.nio.file.Path;
import java.util.Locale;
import vn.onestop.core.config.Settings;
import vn.onestop.core.config.SettingsException;

/** The kiosk's settings from {@code kiosk.properties}, validated once at start. */
public record KioskConfig(
        String centreNameVi,
        String centreNameEn,
        String hotline,
        Locale language,
        int idleSeconds,
        boolean largeText,
        boolean highContrast,
        String serverUrl) {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    public static KioskConfig load(Path file) throws SettingsException {
        return from(Settings.load(file));
    }

    public static KioskConfig from(Settings s) throws SettingsException {
        String lang = s.string("ui.language", "vi");
        if (!lang.equals("vi") && !lang.equals("en")) {
            throw s.error("ui.language", "must be vi or en, found '" + lang + "'");
        }
        return new KioskConfig(
                s.string("centre.name.vi", "Trung tâm Phục vụ hành chính công"),
                s.string("centre.name.en", "Public Administration Service Centre"),
                s.string("centre.hotline", ""),
                lang.equals("vi") ? VIETNAMESE : Locale.ENGLISH,
                s.integer("ui.idle.seconds", 60, 10, 600),
                s.bool("ui.large.text", false),
                s.bool("ui.high.contrast", false),
                s.string("server.url", "http://127.0.0.1:8080"));
    }

    /** The centre's name in the given language. */
    public String centreName(Locale locale) {
        return locale.getLanguage().equals("en") ? centreNameEn : centreNameVi;
    }
}
