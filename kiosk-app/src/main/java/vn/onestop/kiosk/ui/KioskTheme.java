package vn.onestop.kiosk.ui;

import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import com.formdev.flatlaf.fonts.roboto.FlatRobotoFont;
import com.formdev.flatlaf.util.FontUtils;
import javax.swing.UIManager;
import javax.swing.UnsupportedLookAndFeelException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Installs FlatLaf with the bundled Roboto font and the kiosk's properties; falls back to Metal if that fails. */
public final class KioskTheme {
    /** Log4j starts on first use: after the window opens (see the kiosk's LoggingSetup), not when this loads. */
    private static final class Log {
        static final Logger LOG = LogManager.getLogger(KioskTheme.class);
    }

    private KioskTheme() {}

    /** The normal theme. Must run on the event thread before the first window is created. */
    public static void install() {
        install(false, false);
    }

    /**
     * The theme with the large-text mode (every font about a third larger) and the high-contrast mode
     * (light text on black, 7:1 or better). Must run on the event thread before the first window.
     */
    public static void install(boolean largeText, boolean highContrast) {
        install(largeText, highContrast, null);
    }

    /**
     * As {@link #install(boolean, boolean)}, with the Roboto faces registered by {@code fonts} (started early on
     * a thread of their own; waited for when FlatLaf first asks for the Roboto family). With null, FlatLaf loads
     * the faces itself when it first needs them.
     */
    public static void install(boolean largeText, boolean highContrast, KioskFonts fonts) {
        try {
            if (fonts == null) {
                // Lazy: the four basic faces, loaded when the theme first asks for the family.
                FlatRobotoFont.installLazy();
            } else {
                // FlatLaf asks for the family once it has read its properties files (its default font comes
                // last): only there does this thread wait for the faces, not before the whole setup.
                FontUtils.registerFontFamilyLoader(FlatRobotoFont.FAMILY, () -> {
                    if (!fonts.await()) {
                        FlatRobotoFont.installBasic();
                    }
                });
            }
            FlatLaf.setPreferredFontFamily(FlatRobotoFont.FAMILY);
            FlatLaf.unregisterCustomDefaultsSource("vn.onestop.kiosk.theme.hc");
            FlatLaf.registerCustomDefaultsSource("vn.onestop.kiosk.theme");
            if (highContrast) {
                FlatLaf.registerCustomDefaultsSource("vn.onestop.kiosk.theme.hc");
            }
            FlatLaf.setGlobalExtraDefaults(largeText ? java.util.Map.of("defaultFont", "+16") : java.util.Map.of());
            FlatLightLaf.setup();
        } catch (RuntimeException e) {
            Log.LOG.error("FlatLaf could not be installed, using the default look: {}", e.toString());
            try {
                UIManager.setLookAndFeel(UIManager.getCrossPlatformLookAndFeelClassName());
            } catch (ReflectiveOperationException | UnsupportedLookAndFeelException inner) {
                Log.LOG.error("No look and feel could be set: {}", inner.toString());
            }
        }
    }
}
