package vn.onestop.kiosk.ui;

import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import com.formdev.flatlaf.fonts.roboto.FlatRobotoFont;
import javax.swing.UIManager;
import javax.swing.UnsupportedLookAndFeelException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Installs FlatLaf with the bundled Roboto font and the kiosk's properties; falls back to Metal if that fails. */
public final class KioskTheme {
    private static final Logger LOG = LogManager.getLogger(KioskTheme.class);

    private KioskTheme() {}

    /** Must run on the event thread before the first window is created. */
    public static void install() {
        try {
            FlatRobotoFont.install();
            FlatLaf.setPreferredFontFamily(FlatRobotoFont.FAMILY);
            FlatLaf.registerCustomDefaultsSource("vn.onestop.kiosk.theme");
            FlatLightLaf.setup();
        } catch (RuntimeException e) {
            LOG.error("FlatLaf could not be installed, using the default look: {}", e.toString());
            try {
                UIManager.setLookAndFeel(UIManager.getCrossPlatformLookAndFeelClassName());
            } catch (ReflectiveOperationException | UnsupportedLookAndFeelException inner) {
                LOG.error("No look and feel could be set: {}", inner.toString());
            }
        }
    }
}
