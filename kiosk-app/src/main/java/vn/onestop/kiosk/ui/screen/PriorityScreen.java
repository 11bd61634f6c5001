package vn.onestop.kiosk.ui.screen;

import static vn.onestop.kiosk.ui.Styles.style;

import java.awt.BorderLayout;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import vn.onestop.kiosk.flow.FlowState;
import vn.onestop.kiosk.flow.KioskFlow;
import vn.onestop.kiosk.flow.Step;
import vn.onestop.kiosk.i18n.Messages;

/** Priority classes the centre serves first; one tap prints. */
public final class PriorityScreen extends FlowScreen {
    /** Codes as the server's queue configuration names them; texts come from the bundles. */
    public static final List<String> CLASSES = List.of("disability", "pregnant", "elderly", "child");
    private final JLabel title = style(new JLabel("", SwingConstants.CENTER), "kioskTitle");
    private final Tiles tiles = new Tiles(1);

    public PriorityScreen(Messages messages, KioskFlow flow) {
        super(Step.PRIORITY, messages, flow);
        JPanel body = new JPanel(new BorderLayout(0, 24));
        body.setOpaque(false);
        body.setBorder(BorderFactory.createEmptyBorder(8, 96, 24, 96));
        body.add(title, BorderLayout.NORTH);
        body.add(tiles, BorderLayout.CENTER);
        add(body, BorderLayout.CENTER);
    }

    @Override
    protected void render(FlowState state) {
        title.setText(wrap(messages.get("priority.title")));
        if (!changed("tiles")) {
            return;
        }
        tiles.removeAll();
        for (String c : CLASSES) {
            tiles.add("priority." + c, messages.get("priority." + c), pictograms.priority(c, Tiles.ICON), textWidth(),
                    () -> flow.choosePriority(c));
        }
        tiles.add("priority.normal", messages.get("priority.normal"), pictograms.priority("normal", Tiles.ICON),
                textWidth(), () -> flow.choosePriority(null));
    }
}
