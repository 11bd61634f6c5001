package vn.onestop.kiosk;

import java.nio.file.Files;
import javax.swing.SwingUtilities;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.core.config.SettingsException;
import vn.onestop.kiosk.config.KioskConfig;
import vn.onestop.kiosk.i18n.Messages;
import vn.onestop.kiosk.ui.AttractScreen;
import vn.onestop.kiosk.ui.KioskFrame;
import vn.onestop.kiosk.ui.KioskTheme;

/** Starts the kiosk: reads and validates the configuration, builds the parts, opens the window. */
public final class KioskMain {
    private static final Logger LOG = LogManager.getLogger(KioskMain.class);

    private KioskMain() {}

    public static void main(String[] argv) {
        KioskArgs args;
        KioskConfig config;
        try {
            args = KioskArgs.parse(argv);
            config = KioskConfig.load(args.configDir().resolve("kiosk.properties"));
            Files.createDirectories(args.dataDir());
        } catch (IllegalArgumentException | SettingsException | java.io.IOException e) {
            LOG.error("The kiosk cannot start: {}", e.getMessage());
            System.err.println("The kiosk cannot start: " + e.getMessage());
            System.exit(2);
            return;
        }
        LOG.info("Kiosk starting (demo={}, data={})", args.demo(), args.dataDir());
        SwingUtilities.invokeLater(() -> open(args, config));
    }

    private static void open(KioskArgs args, KioskConfig config) {
        KioskTheme.install();
        Messages messages = new Messages(config.language());
        boolean kioskMode = !args.windowed();
        KioskFrame frame = new KioskFrame(messages.get("app.title"), kioskMode);
        frame.addScreen("attract", new AttractScreen(messages, config, () -> LOG.info("Session started")));
        frame.showScreen("attract");
        frame.open(kioskMode);
        LOG.info("Attract screen shown");
    }
}
