package vn.onestop.kiosk.ui.screen;

import static vn.onestop.kiosk.ui.Styles.style;

import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import vn.onestop.core.catalogue.CitizenText;
import vn.onestop.core.catalogue.FilingChannel;
import vn.onestop.core.catalogue.GuideText;
import vn.onestop.core.catalogue.Procedure;
import vn.onestop.kiosk.flow.FlowState;
import vn.onestop.kiosk.flow.GuideFlow;
import vn.onestop.kiosk.flow.KioskFlow;
import vn.onestop.kiosk.flow.Step;
import vn.onestop.kiosk.i18n.Messages;

/**
 * How to file the chosen procedure online: what to have ready, the steps on the portal or in VNeID, and a large
 * QR that opens the procedure on the citizen's phone; "print this guide" and "help me file online" below.
 */
public final class GuideScreen extends FlowScreen {
    private final JLabel title = style(new JLabel("", SwingConstants.CENTER), "kioskTitle");
    private final JLabel channel = style(new JLabel("", SwingConstants.CENTER), "kioskBody");
    private final JPanel column = new JPanel();
    private final TextLines lines = new TextLines(column);
    private final QrPicture qr = new QrPicture("guide.qr", 320);
    private final JLabel qrCaption = style(new JLabel("", SwingConstants.CENTER), "kioskSmall");
    private final JLabel status = style(new JLabel(" ", SwingConstants.CENTER), "kioskWarning");
    private final JButton print = style(new JButton(), "kioskPrimary");
    private final JButton help = style(new JButton(), "kioskSecondary");
    /** The QR and its caption, right of the lines. */
    private final JPanel right = new JPanel(new BorderLayout(0, 8));

    public GuideScreen(Messages messages, KioskFlow flow) {
        super(Step.GUIDE, messages, flow);
        title.setName("guide.title");
        channel.setName("guide.channel");
        status.setName("guide.status");
        print.setName("guide.print");
        help.setName("guide.assisted");
        print.addActionListener(e -> flow.guide().print());
        help.addActionListener(e -> flow.guide().helpFileOnline());
        column.setLayout(new BoxLayout(column, BoxLayout.Y_AXIS));
        column.setOpaque(false);
        right.setOpaque(false);
        right.add(qr, BorderLayout.CENTER);
        right.add(qrCaption, BorderLayout.SOUTH);
        JPanel middle = new JPanel(new BorderLayout(24, 0));
        middle.setOpaque(false);
        middle.add(column, BorderLayout.CENTER);
        JPanel qrColumn = new JPanel(new BorderLayout());
        qrColumn.setOpaque(false);
        qrColumn.add(right, BorderLayout.NORTH); // the caption right under the QR, however tall the lines are
        middle.add(qrColumn, BorderLayout.EAST);
        JPanel heading = new JPanel(new GridLayout(0, 1, 0, 4));
        heading.setOpaque(false);
        heading.add(title);
        heading.add(channel);
        JPanel actions = new JPanel(new GridLayout(0, 1, 0, 8));
        actions.setOpaque(false);
        JPanel buttons = new JPanel(new GridLayout(1, 0, 12, 0));
        buttons.setOpaque(false);
        buttons.add(print);
        buttons.add(help);
        actions.add(status);
        actions.add(buttons);
        JPanel body = new JPanel(new BorderLayout(0, 12));
        body.setOpaque(false);
        body.setBorder(BorderFactory.createEmptyBorder(4, 48, 24, 48));
        body.add(heading, BorderLayout.NORTH);
        body.add(middle, BorderLayout.CENTER);
        body.add(actions, BorderLayout.SOUTH);
        add(body, BorderLayout.CENTER);
    }

    @Override
    protected void render(FlowState state) {
        Procedure p = state.procedure();
        if (p == null) {
            return;
        }
        title.setText(wrap(pick(p.nameVi(), p.nameEn())));
        channel.setText(wrap(messages.get(p.channel() == FilingChannel.ONLINE_ONLY ? "guide.channel.online_only"
                : "guide.channel.online_or_counter")));
        qr.setText(p.filing().portalUrl());
        qrCaption.setText(wrap(messages.get("guide.qr"), qr.getPreferredSize().width, "center"));
        // The lines get what the QR column leaves (the body's margins and the gap are 64 px over textWidth()).
        int width = Math.max(240, textWidth() - Math.max(qr.getPreferredSize().width, 240) - 64);
        if (changed("guide", p.code())) {
            lines.begin();
            lines.add(messages.get("guide.ready"), width, "kioskBody", null);
            int n = 0;
            for (GuideText t : p.filing().ready()) {
                lines.add("• " + pick(t.vi(), t.en()), width, "kioskSmall", "guide.ready." + n++);
            }
            for (String doc : CitizenText.documents(p)) {
                lines.add("• " + doc, width, "kioskSmall", "guide.ready." + n++);
            }
            lines.add(messages.get("guide.steps"), width, "kioskBody", null);
            List<GuideText> steps = p.onlineSteps();
            for (int i = 0; i < steps.size(); i++) {
                lines.add((i + 1) + ". " + pick(steps.get(i).vi(), steps.get(i).en()), width, "kioskSmall",
                        "guide.step." + i);
            }
            lines.end();
        }
        GuideFlow.State guide = flow.guide().state();
        int buttonText = Math.max(160, (textWidth() + 64 - 12) / 2 - 120);
        print.setText(wrap(messages.get("guide.print"), buttonText, "center"));
        print.setEnabled(state.printer().canPrint() && guide.print() != GuideFlow.Print.PRINTING);
        help.setText(wrap(messages.get("guide.help"), buttonText, "center"));
        help.setVisible(flow.guide().helpAvailable());
        help.setEnabled(state.printer().canPrint());
        status.setText(switch (guide.print()) {
            case NONE -> " ";
            case PRINTING -> messages.get("guide.printing");
            case PRINTED -> messages.get("guide.printed");
            case FAILED -> messages.get("guide.failed");
        });
    }
}
