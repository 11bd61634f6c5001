package vn.onestop.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.Icon;
import javax.swing.JLabel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.core.catalogue.ProcedureCatalogue;
import vn.onestop.core.catalogue.ProcedureField;
import vn.onestop.kiosk.flow.FlowFixtures;
import vn.onestop.kiosk.ui.screen.PriorityScreen;

/** The shipped pictures: every field and priority class has its own, each loads and draws at any size. */
class PictogramsTest {
    private final Pictograms shipped = Pictograms.load(FlowFixtures.configDir().resolve("pictograms"));

    @Test
    void everyCatalogueFieldAndPriorityClassHasAPictureThatDraws() {
        ProcedureCatalogue catalogue = FlowFixtures.catalogue();
        assertThat(catalogue.fields()).isNotEmpty();
        for (ProcedureField f : catalogue.fields()) {
            assertThat(shipped.mapped(Pictograms.fieldKey(f.nameVi()))).as("picture for field %s (%s)", f.nameVi(),
                    Pictograms.fieldKey(f.nameVi())).isTrue();
            drawsAtTwoSizes(key -> shipped.field(f.nameVi(), key), f.nameVi());
        }
        for (String c : PriorityScreen.CLASSES) {
            assertThat(shipped.mapped("priority." + c)).as("priority class %s", c).isTrue();
            drawsAtTwoSizes(size -> shipped.priority(c, size), c);
        }
        for (String action : new String[] {"ticket", "guide", "file", "lookup", "help", "scroll.up", "scroll.down"}) {
            assertThat(shipped.mapped("action." + action)).as("action %s", action).isTrue();
            drawsAtTwoSizes(size -> shipped.action(action, size), action);
        }
        catalogue.byField(catalogue.fields().get(0)).forEach(p ->
                drawsAtTwoSizes(size -> shipped.procedure(p.code(), size), p.code()));
    }

    @Test
    void fieldKeysFoldVietnameseNames() {
        assertThat(Pictograms.fieldKey("Lý lịch tư pháp")).isEqualTo("field.ly-lich-tu-phap");
        assertThat(Pictograms.fieldKey("Đường bộ - Giấy phép lái xe (Công an)"))
                .isEqualTo("field.duong-bo-giay-phep-lai-xe-cong-an");
    }

    @Test
    void anUnknownOrMissingPictureFallsBackToTheDefault(@TempDir Path dir) throws Exception {
        Files.copy(FlowFixtures.configDir().resolve("pictograms/description.svg"), dir.resolve("description.svg"));
        Files.writeString(dir.resolve(Pictograms.FILE), "default=description\nfield.dat-dai=no-such-file\n");
        Pictograms p = Pictograms.load(dir);
        assertThat(p.mapped("field.dat-dai")).as("a name without its SVG is not used").isFalse();
        assertThat(org.assertj.swing.edt.GuiActionRunner.execute(() -> p.field("Đất đai", 48))).isNotNull();
        drawsAtTwoSizes(size -> p.field("Đất đai", size), "default");
        Pictograms none = Pictograms.load(dir.resolve("missing"));
        assertThat(org.assertj.swing.edt.GuiActionRunner.execute(() -> none.field("Đất đai", 48))).isNull();
    }

    /** Draws on the event thread (icons are Swing objects), failing the test as an assertion would. */
    private static void drawsAtTwoSizes(java.util.function.IntFunction<Icon> icon, String what) {
        org.assertj.swing.edt.GuiActionRunner.execute(() -> {
            draws(icon, what);
            return null;
        });
    }

    private static void draws(java.util.function.IntFunction<Icon> icon, String what) {
        for (int asked : new int[] {24, 160}) {
            int size = asked;
            Icon i = icon.apply(asked);
            assertThat(i).as(what).isNotNull();
            // FlatLaf scales icons with its user interface scale: at least the size asked for.
            assertThat(i.getIconWidth()).as(what).isGreaterThanOrEqualTo(size).isEqualTo(i.getIconHeight());
            size = i.getIconWidth();
            BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = img.createGraphics();
            i.paintIcon(new JLabel(), g, 0, 0);
            g.dispose();
            int inked = 0;
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    inked += (img.getRGB(x, y) >>> 24) > 128 ? 1 : 0;
                }
            }
            assertThat(inked).as("%s drawn at %d px", what, size).isGreaterThan(size * size / 50);
        }
    }
}
