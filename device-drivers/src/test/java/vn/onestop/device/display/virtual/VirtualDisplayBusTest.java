package vn.onestop.device.display.virtual;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.device.display.CounterDisplay;

/**
 * The virtual display's PNG, read back from the file: each dot's centre pixel is sampled (lit = bright red), the
 * dots of each character cell are compared with dot patterns written out here by hand (what a person reading a
 * 5x7 LED module sees), and the frame colour says whether it blinks.
 */
class VirtualDisplayBusTest {
    private static final Map<Character, List<String>> SEEN = Map.of(
            'A', List.of(".###.", "#...#", "#...#", "#####", "#...#", "#...#", "#...#"),
            '0', List.of(".###.", "#...#", "#..##", "#.#.#", "##..#", "#...#", ".###."),
            '1', List.of("..#..", ".##..", "..#..", "..#..", "..#..", "..#..", ".###."),
            '2', List.of(".###.", "#...#", "....#", "...#.", "..#..", ".#...", "#####"),
            '8', List.of(".###.", "#...#", "#...#", ".###.", "#...#", "#...#", ".###."),
            ' ', List.of(".....", ".....", ".....", ".....", ".....", ".....", "....."));

    @TempDir
    Path dir;

    @Test
    void thePngShowsTheCalledNumber() throws Exception {
        VirtualDisplayBus bus = new VirtualDisplayBus(dir, 4);
        CounterDisplay display = bus.display(2);
        display.show("A012", false);
        BufferedImage img = ImageIO.read(bus.file(2).toFile());
        assertThat(read(img, 4)).isEqualTo("A012");
        assertThat(blinking(img)).isFalse();

        display.show("12", true);
        img = ImageIO.read(bus.file(2).toFile());
        assertThat(read(img, 4)).isEqualTo("  12");
        assertThat(blinking(img)).isTrue();

        display.testPattern();
        assertThat(read(ImageIO.read(bus.file(2).toFile()), 4)).isEqualTo("8888");
        display.clear();
        assertThat(read(ImageIO.read(bus.file(2).toFile()), 4)).isEqualTo("    ");
    }

    /** The characters whose hand-written dot patterns match the image's cells ('?' for none). */
    static String read(BufferedImage img, int width) {
        int cell = VirtualDisplayBus.CELL;
        int gap = VirtualDisplayBus.GAP;
        assertThat(img.getWidth()).isEqualTo((gap + width * (5 + gap)) * cell);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < width; i++) {
            int x0 = gap + i * (5 + gap);
            java.util.List<String> rows = new java.util.ArrayList<>();
            for (int r = 0; r < 7; r++) {
                StringBuilder row = new StringBuilder();
                for (int c = 0; c < 5; c++) {
                    int rgb = img.getRGB((x0 + c) * cell + cell / 2, (gap + r) * cell + cell / 2);
                    row.append(((rgb >> 16) & 0xFF) > 150 && ((rgb >> 8) & 0xFF) < 100 ? '#' : '.');
                }
                rows.add(row.toString());
            }
            out.append(SEEN.entrySet().stream().filter(e -> e.getValue().equals(rows)).map(Map.Entry::getKey)
                    .findFirst().orElse('?'));
        }
        return out.toString();
    }

    static boolean blinking(BufferedImage img) {
        int rgb = img.getRGB(2, 2);
        return ((rgb >> 8) & 0xFF) > 150;
    }
}
