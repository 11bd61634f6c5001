package vn.onestop.kiosk.ui.screen;

import static vn.onestop.kiosk.ui.Styles.style;

import java.awt.BorderLayout;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import vn.onestop.core.catalogue.Procedure;
import vn.onestop.core.catalogue.ProcedureCatalogue;
import vn.onestop.kiosk.flow.FlowState;
import vn.onestop.kiosk.flow.KioskFlow;
import vn.onestop.kiosk.flow.Step;
import vn.onestop.kiosk.i18n.Messages;

/** Procedures of the chosen field as tiles, or a search across all of them with the Telex keyboard. */
public final class ProcedureScreen extends FlowScreen {
    private final ProcedureCatalogue catalogue;
    private final JLabel title = style(new JLabel("", SwingConstants.CENTER), "kioskTitle");
    private final JLabel query = style(new JLabel(" ", SwingConstants.CENTER), "kioskTitle");
    private final JLabel none = style(new JLabel("", SwingConstants.CENTER), "kioskBody");
    private final Tiles tiles = new Tiles(2);
    private final TelexKeyboard keyboard;
    /**
     * Tiles already made, by procedure code, for {@link #tileLayout}: a tile's wrapped HTML text costs a few
     * milliseconds to lay out, so a field of twenty procedures took 50-80 ms to show when made afresh each time.
     */
    private final Map<String, JButton> kept = new HashMap<>();
    private String tileLayout = "";

    public ProcedureScreen(Messages messages, KioskFlow flow, ProcedureCatalogue catalogue) {
        super(Step.PROCEDURE, messages, flow);
        this.catalogue = catalogue;
        this.keyboard = new TelexKeyboard(flow::search);
        query.setName("procedure.query");
        none.setName("procedure.none");
        JPanel head = new JPanel(new BorderLayout());
        head.setOpaque(false);
        head.add(title, BorderLayout.NORTH);
        head.add(query, BorderLayout.SOUTH);
        JPanel list = new JPanel(new BorderLayout());
        list.setOpaque(false);
        list.add(tiles, BorderLayout.NORTH);
        list.add(none, BorderLayout.CENTER);
        JScrollPane scroll = new JScrollPane(list);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.getViewport().setOpaque(false);
        scroll.setOpaque(false);
        scroll.getVerticalScrollBar().setUnitIncrement(48);
        JPanel body = new JPanel(new BorderLayout(0, 12));
        body.setOpaque(false);
        body.setBorder(BorderFactory.createEmptyBorder(4, 32, 12, 32));
        body.add(head, BorderLayout.NORTH);
        body.add(scroll, BorderLayout.CENTER);
        body.add(keyboard, BorderLayout.SOUTH);
        add(body, BorderLayout.CENTER);
    }

    @Override
    protected void render(FlowState state) {
        boolean searching = state.field() == null;
        keyboard.setVisible(searching);
        keyboard.relabel(messages);
        keyboard.fitTo(this);
        if (state.query().isEmpty()) {
            keyboard.reset(false);
        }
        title.setText(wrap(searching ? messages.get("procedure.search") + " "
                + (state.query().isEmpty() ? "…" : state.query())
                : pick(state.field().nameVi(), state.field().nameEn())));
        query.setVisible(false);
        List<Procedure> shown = searching
                ? (state.query().isBlank() ? catalogue.all() : catalogue.search(state.query()))
                : catalogue.byField(state.field());
        none.setText(shown.isEmpty() ? wrap(messages.get("procedure.none")) : "");
        if (!changed("tiles", state.field(), state.query())) {
            return;
        }
        tiles.removeAll();
        tiles.fitTo(this);
        for (Procedure p : shown) {
            tiles.add(tile(p));
        }
    }

    /** The tile of a procedure in the current language and layout, made once. */
    /** Room kept for the scroll bar a long list of tiles gets (the tiles are made before it is known). */
    private static final int SCROLL_BAR = 32;

    private JButton tile(Procedure p) {
        String layout = messages.locale() + "/" + textWidth() + "/" + tiles.columns();
        if (!layout.equals(tileLayout)) {
            kept.clear();
            tileLayout = layout;
        }
        return kept.computeIfAbsent(p.code(), code -> tiles.tile("procedure." + code, pick(p.nameVi(), p.nameEn()),
                pictograms.procedure(code, Tiles.ICON), textWidth() - SCROLL_BAR, () -> flow.chooseProcedure(p)));
    }

    /**
     * Makes the tiles of every procedure while the kiosk waits for a citizen, a few per event so a tap is never
     * held up: then choosing any field, or typing a search, shows tiles already made.
     */
    public void prepareTiles() {
        tiles.fitTo(this);
        List<Procedure> all = catalogue.all();
        for (int i = 0; i < all.size(); i += 4) {
            List<Procedure> some = all.subList(i, Math.min(all.size(), i + 4));
            SwingUtilities.invokeLater(() -> some.forEach(this::tile));
        }
    }
}
