package vn.onestop.server.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.onestop.core.dossier.DossierStatus;

/**
 * The console offers exactly the status changes the server allows (its buttons mirror DossierStatus.next()). A
 * prepared dossier is decided in the reception panel (receive, supplement, refuse), not with status buttons.
 */
class DossierConsoleScriptTest {
    @Test
    void statusButtonsMirrorTheServersAllowedChanges() throws IOException {
        String js;
        try (InputStream in = getClass().getResourceAsStream("/web/static/js/dossier.js")) {
            js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher table = Pattern.compile("var NEXT = \\{(.*?)\\};", Pattern.DOTALL).matcher(js);
        assertThat(table.find()).as("NEXT table in dossier.js").isTrue();
        Map<String, Set<String>> offered = new TreeMap<>();
        Matcher entry = Pattern.compile("(\\w+): \\[([^\\]]*)\\]").matcher(table.group(1));
        while (entry.find()) {
            offered.put(entry.group(1), new TreeSet<>(Arrays.stream(entry.group(2).split(","))
                    .map(s -> s.trim().replace("'", "")).filter(s -> !s.isEmpty()).toList()));
        }
        Map<String, Set<String>> allowed = new TreeMap<>();
        for (DossierStatus s : DossierStatus.values()) {
            if (s == DossierStatus.PREPARED) {
                continue;
            }
            allowed.put(s.code(), new TreeSet<>(s.next().stream().map(DossierStatus::code).toList()));
        }
        assertThat(offered).isEqualTo(allowed);
    }
}
