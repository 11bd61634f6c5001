package vn.onestop.kiosk.tech;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes changed keys into a properties file the way a person would: the line of each key is replaced
 * in place (comments, order and other keys kept), new keys are appended; written to a temporary file
 * and moved over the old one so a power cut never leaves half a file.
 */
public final class PropertiesFileEditor {
    private PropertiesFileEditor() {}

    public static void update(Path file, Map<String, String> changes) throws IOException {
        List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        Map<String, String> left = new LinkedHashMap<>(changes);
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String key = keyOf(line);
            if (key != null && left.containsKey(key)) {
                out.add(key + "=" + escape(left.remove(key)));
            } else {
                out.add(line);
            }
        }
        left.forEach((k, v) -> out.add(k + "=" + escape(v)));
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, out, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String keyOf(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#") || t.startsWith("!")) {
            return null;
        }
        int end = 0;
        while (end < t.length() && "=: \t".indexOf(t.charAt(end)) < 0) {
            end++;
        }
        return t.substring(0, end);
    }

    /** Backslashes and leading spaces are the only things a value needs escaped (UTF-8 file). */
    private static String escape(String value) {
        String v = value.replace("\\", "\\\\").replace("\n", "\\n");
        return v.startsWith(" ") ? "\\" + v : v;
    }
}
