package vn.onestop.kiosk.ui;

import com.formdev.flatlaf.FlatClientProperties;
import javax.swing.JComponent;

/** Applies the style classes defined in the kiosk's FlatLaf properties. */
public final class Styles {
    private Styles() {}

    public static <T extends JComponent> T style(T component, String styleClass) {
        component.putClientProperty(FlatClientProperties.STYLE_CLASS, styleClass);
        return component;
    }
}
