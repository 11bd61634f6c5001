package vn.onestop.kiosk.ui.screen;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.Arrays;
import java.util.List;
import javax.swing.BoxLayout;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import vn.onestop.testkit.RequiresDisplay;

/** The facts of one procedure never show lines left from the one before, in the right style, by name. */
@RequiresDisplay
class TextLinesTest {
    @Test
    void aShorterSetHidesAndEmptiesTheLinesOfTheLongerOneBefore() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            JPanel column = new JPanel();
            column.setLayout(new BoxLayout(column, BoxLayout.Y_AXIS));
            TextLines lines = new TextLines(column);
            lines.begin();
            lines.add("Giấy tờ", 800, "kioskBody", null);
            lines.add("• Tờ khai", 800, "kioskSmall", null);
            lines.add("• CCCD", 800, "kioskSmall", null);
            lines.add("Nộp ở quầy", 800, "kioskBody", "info.where");
            lines.end();
            assertThat(shown(column)).containsExactly("Giấy tờ", "• Tờ khai", "• CCCD", "Nộp ở quầy");

            lines.begin();
            lines.add("Documents", 800, "kioskBody", null);
            lines.add("Fee: free", 800, "kioskBody", null);
            lines.end();
            assertThat(shown(column)).containsExactly("Documents", "Fee: free");
            JLabel second = (JLabel) column.getComponent(1);
            assertThat(second.getClientProperty(FlatClientProperties.STYLE_CLASS)).isEqualTo("kioskBody");
            assertThat(Arrays.stream(column.getComponents()).filter(c -> !c.isVisible())
                    .map(c -> ((JLabel) c).getText())).containsOnly("");
            assertThat(Arrays.stream(column.getComponents()).map(c -> c.getName()))
                    .as("a hidden line keeps no name a test or reader could find").doesNotContain("info.where");
            assertThat(column.getComponentCount()).as("labels are kept, not made again").isEqualTo(4);
        });
    }

    @Test
    void onlyALineTooLongForTheWidthIsWrappedAsHtml() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            JPanel column = new JPanel();
            TextLines lines = new TextLines(column);
            lines.begin();
            lines.add("Lệ phí: 200.000 đ", 600, "kioskBody", null);
            lines.add("• Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp & bản chụp CCCD", 120, "kioskSmall", null);
            lines.end();
            assertThat(((JLabel) column.getComponent(0)).getText()).isEqualTo("Lệ phí: 200.000 đ");
            assertThat(((JLabel) column.getComponent(1)).getText()).startsWith("<html>")
                    .contains("text-align:left").contains("&amp; bản chụp");
        });
    }

    private static List<String> shown(JPanel column) {
        return Arrays.stream(column.getComponents()).filter(c -> c.isVisible()).map(c -> ((JLabel) c).getText())
                .toList();
    }
}
