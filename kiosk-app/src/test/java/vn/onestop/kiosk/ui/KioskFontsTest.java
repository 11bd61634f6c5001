package vn.onestop.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.fonts.roboto.FlatRobotoFont;
import java.awt.Font;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.testkit.RequiresDisplay;

@RequiresDisplay
class KioskFontsTest {
    @TempDir
    Path tmp;

    private static byte[] jarFace(String face) throws Exception {
        try (InputStream in = FlatRobotoFont.class.getResourceAsStream(face)) {
            return in.readAllBytes();
        }
    }

    @Test
    void theFaceIsWrittenOnceFromTheJarThenReadInPlace() throws Exception {
        URL url = FlatRobotoFont.class.getResource(FlatRobotoFont.STYLE_BOLD);
        Path file = KioskFonts.faceFile(url, tmp.resolve("fonts").resolve(FlatRobotoFont.STYLE_BOLD));

        assertThat(file).hasBinaryContent(jarFace(FlatRobotoFont.STYLE_BOLD));
        var written = Files.getLastModifiedTime(file);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(written.toMillis() - 60_000));
        var aged = Files.getLastModifiedTime(file);
        assertThat(KioskFonts.faceFile(url, file)).isEqualTo(file);
        assertThat(Files.getLastModifiedTime(file)).as("kept, not written again").isEqualTo(aged);
        assertThat(tmp.resolve("fonts")).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void aCutShortCopyIsWrittenAgain() throws Exception {
        URL url = FlatRobotoFont.class.getResource(FlatRobotoFont.STYLE_REGULAR);
        Path file = tmp.resolve(FlatRobotoFont.STYLE_REGULAR);
        Files.write(file, new byte[] {0, 1, 0, 0, 0});

        KioskFonts.faceFile(url, file);

        assertThat(file).hasBinaryContent(jarFace(FlatRobotoFont.STYLE_REGULAR));
    }

    @Test
    void registeredFacesGiveSwingTheRealBoldRoboto() {
        KioskFonts fonts = KioskFonts.start(tmp.resolve("fonts"));

        assertThat(fonts.await()).isTrue();
        assertThat(new Font(FlatRobotoFont.FAMILY, Font.BOLD, 30).getFontName(java.util.Locale.ENGLISH))
                .isEqualTo("Roboto Bold");
        assertThat(tmp.resolve("fonts").resolve(FlatRobotoFont.STYLE_REGULAR)).isRegularFile();
    }

    @Test
    void aFolderThatCannotBeWrittenStillGivesTheFaces() throws Exception {
        Path notAFolder = Files.writeString(tmp.resolve("file"), "x");

        KioskFonts fonts = KioskFonts.start(notAFolder);

        assertThat(fonts.await()).isTrue();
        assertThat(new Font(FlatRobotoFont.FAMILY, Font.PLAIN, 30).getFontName(java.util.Locale.ENGLISH))
                .isEqualTo("Roboto");
    }
}
