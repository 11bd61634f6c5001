package vn.onestop.kiosk.ui.screen;

import static vn.onestop.kiosk.ui.Styles.style;

import java.awt.BorderLayout;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import vn.onestop.core.catalogue.ProcedureField;
import vn.onestop.kiosk.flow.FlowState;
import vn.onestop.kiosk.flow.KioskFlow;
import vn.onestop.kiosk.flow.Step;
import vn.onestop.kiosk.i18n.Messages;

/** Field (lĩnh vực): one large tile per field of the catalogue, and a way to search by name. */
public final class FieldScreen extends FlowScreen {
    private final List<ProcedureField> fields;
    private final JLabel title = style(new JLabel("", SwingConstants.CENTER), "kioskTitle");
    private final JLabel who = style(new JLabel("", SwingConstants.CENTER), "kioskSubtitle");
    private final Tiles tiles = new Tiles(2);
    private final JButton search = style(new JButton(), "kioskSecondary");

    public FieldScreen(Messages messages, KioskFlow flow, List<ProcedureField> fields) {
        super(Step.FIELD, messages, flow);
        this.fields = List.copyOf(fields);
        who.setName("field.who");
        search.setName("field.search");
        search.addActionListener(e -> flow.search(""));
        JPanel head = new JPanel(new BorderLayout());
        head.setOpaque(false);
        head.add(title, BorderLayout.NORTH);
        head.add(who, BorderLayout.SOUTH);
        JPanel body = new JPanel(new BorderLayout(0, 16));
        body.setOpaque(false);
        body.setBorder(BorderFactory.createEmptyBorder(8, 32, 24, 32));
        body.add(head, BorderLayout.NORTH);
        JPanel top = new JPanel(new BorderLayout());
        top.setOpaque(false);
        top.add(tiles, BorderLayout.NORTH);
        javax.swing.JScrollPane scroll = new javax.swing.JScrollPane(top);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.setOpaque(false);
        scroll.getViewport().setOpaque(false);
        scroll.getVerticalScrollBar().setUnitIncrement(48);
        body.add(scroll, BorderLayout.CENTER);
        body.add(search, BorderLayout.SOUTH);
        add(body, BorderLayout.CENTER);
    }

    @Override
    protected void render(FlowState state) {
        title.setText(wrap(messages.get("field.title")));
        if (state.identity() != null) {
            who.setText(messages.get("field.identified", state.identity().maskedIdNumber()));
        } else {
            who.setText(state.idChecked() ? messages.get("field.identified.number") : " ");
        }
        search.setText(messages.get("field.search"));
        if (!changed("tiles")) {
            return;
        }
        tiles.removeAll();
        tiles.fitTo(this);
        for (int i = 0; i < fields.size(); i++) {
            ProcedureField f = fields.get(i);
            tiles.add("field." + i, pick(f.nameVi(), f.nameEn()), pictograms.field(f.nameVi(), Tiles.ICON), textWidth(),
                    () -> flow.chooseField(f));
        }
    }
}
