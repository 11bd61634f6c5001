package vn.onestop.kiosk.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The kiosk's texts in the current language (Vietnamese first, English second), from the
 * {@code messages} resource bundles. Screens listen for language changes and re-render.
 */
public final class Messages {
    private static final String BUNDLE = "vn.onestop.kiosk.i18n.messages";
    private final List<Consumer<Locale>> listeners = new CopyOnWriteArrayList<>();
    private volatile Locale locale;
    private volatile ResourceBundle bundle;

    public Messages(Locale initial) {
        setLocale(initial);
    }

    public Locale locale() {
        return locale;
    }

    public boolean isVietnamese() {
        return locale.getLanguage().equals("vi");
    }

    public void setLocale(Locale newLocale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, newLocale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        this.locale = newLocale;
        listeners.forEach(l -> l.accept(newLocale));
    }

    /** Switches Vietnamese to English and back. */
    public void toggle() {
        setLocale(isVietnamese() ? Locale.ENGLISH : Locale.forLanguageTag("vi"));
    }

    public void onChange(Consumer<Locale> listener) {
        listeners.add(listener);
    }

    /** The text for {@code key}, formatted with {@code args} ({@link MessageFormat} syntax). */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
