package vn.onestop.kiosk.ui;

import com.formdev.flatlaf.fonts.roboto.FlatRobotoFont;
import java.util.concurrent.CompletableFuture;

/**
 * The two Roboto faces the kiosk's theme uses (regular and bold), read and registered with Java 2D on a thread
 * of their own ("font-setup") from the start of the program. Registering the first font makes Java list every
 * font installed on the machine (some 50 ms on a small PC): done here, it overlaps the toolkit's start instead
 * of delaying the theme on the event thread, which waits for it ({@link KioskTheme#install(boolean, boolean,
 * KioskFonts)}) so the look is the same.
 */
public final class KioskFonts {
    private final CompletableFuture<Boolean> registered = new CompletableFuture<>();

    private KioskFonts() {}

    /** Starts reading and registering the faces. */
    public static KioskFonts start() {
        KioskFonts fonts = new KioskFonts();
        Thread t = new Thread(() -> {
            try {
                boolean regular = FlatRobotoFont.installStyle(FlatRobotoFont.STYLE_REGULAR);
                boolean bold = FlatRobotoFont.installStyle(FlatRobotoFont.STYLE_BOLD);
                fonts.registered.complete(regular && bold);
            } catch (RuntimeException | Error e) {
                fonts.registered.complete(false);
            }
        }, "font-setup");
        t.setDaemon(true);
        t.start();
        return fonts;
    }

    /** True once both faces are registered; false when they could not be (the theme then loads them itself). */
    boolean await() {
        return registered.join();
    }
}
