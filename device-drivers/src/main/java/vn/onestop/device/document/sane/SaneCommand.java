package vn.onestop.device.document.sane;

import java.util.ArrayList;
import java.util.List;

/** The {@code scanimage} command line for one gray page as PNG on standard output. Pure. */
public final class SaneCommand {
    private SaneCommand() {}

    public static List<String> onePage(SaneSettings s) {
        List<String> argv = new ArrayList<>();
        argv.add(s.executable());
        if (!s.device().isEmpty()) {
            argv.add("--device-name=" + s.device());
        }
        argv.add("--format=png");
        argv.add("--mode=Gray");
        argv.add("--resolution=" + s.dpi());
        argv.add("-x");
        argv.add(Integer.toString(s.widthMm()));
        argv.add("-y");
        argv.add(Integer.toString(s.heightMm()));
        argv.addAll(s.extraOptions());
        return argv;
    }
}
