package vn.onestop.kiosk.ui;

import com.formdev.flatlaf.fonts.roboto.FlatRobotoFont;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CompletableFuture;
import vn.onestop.kiosk.OwnThread;

/**
 * The two Roboto faces the kiosk's theme uses (regular and bold), read and registered with Java 2D on a thread
 * of their own ("font-setup") from the start of the program. Registering the first font makes Java list every
 * font installed on the machine (some 50 ms on a small PC): done here, it overlaps the toolkit's start instead
 * of delaying the theme, which waits for it only when FlatLaf first asks for the family
 * ({@link KioskTheme#install(boolean, boolean, KioskFonts)}) so the look is the same.
 *
 * <p>The faces are kept as files in a folder of the kiosk's own (written once, from the jar): Java reads a font
 * file in place, while a font read from a stream is first copied to a new temporary file on every start (a
 * secure random name, the copy: some 20-30 ms of this thread).
 */
public final class KioskFonts {
    private static final String[] FACES = {FlatRobotoFont.STYLE_REGULAR, FlatRobotoFont.STYLE_BOLD};
    private final CompletableFuture<Boolean> registered;

    private KioskFonts(CompletableFuture<Boolean> registered) {
        this.registered = registered;
    }

    /** Starts reading and registering the faces; {@code folder} keeps their files (made when missing). */
    public static KioskFonts start(Path folder) {
        return new KioskFonts(OwnThread.supply("font-setup", () -> {
            boolean all = true;
            for (String face : FACES) {
                all &= register(face, folder);
            }
            return all;
        }).exceptionally(e -> false));
    }

    /** Registers one face from its file in {@code folder}; from the jar's stream when the folder cannot be used. */
    private static boolean register(String face, Path folder) {
        URL url = FlatRobotoFont.class.getResource(face);
        if (url == null) {
            return false;
        }
        Path file = folder.resolve(face);
        try {
            Font font = Font.createFont(Font.TRUETYPE_FONT, faceFile(url, file).toFile());
            return GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
        } catch (FontFormatException e) {
            // A damaged file of the right size: written again on the next start.
            deleteQuietly(file);
        } catch (IOException | SecurityException e) {
            // A folder that cannot be written: the face is read as FlatLaf reads it.
        }
        return FlatRobotoFont.installStyle(face);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left as it is: the stream is used again next time.
        }
    }

    /**
     * The face's file, written from the jar when missing or not the jar's size (an older or damaged copy). It is
     * written beside and moved into place, so a start never reads a half-written file.
     */
    static Path faceFile(URL url, Path file) throws IOException {
        URLConnection c = url.openConnection();
        long size = c.getContentLengthLong();
        if (size > 0 && Files.isRegularFile(file) && Files.size(file) == size) {
            return file;
        }
        Files.createDirectories(file.getParent());
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try (InputStream in = c.getInputStream()) {
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
        }
        return Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** True once both faces are registered; false when they could not be (the theme then loads them itself). */
    boolean await() {
        return registered.join();
    }
}
