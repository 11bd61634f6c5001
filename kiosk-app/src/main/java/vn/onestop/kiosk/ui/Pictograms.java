package vn.onestop.kiosk.ui;

import com.formdev.flatlaf.extras.FlatSVGIcon;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import javax.swing.Icon;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The kiosk's pictures (SVG, drawn crisply at any size by FlatLaf's {@link FlatSVGIcon}) for fields, procedures,
 * priority classes and actions, as {@code pictograms/pictograms.properties} of the configuration folder maps them;
 * anything unmapped gets the {@code default} picture. The SVG files are read when this is loaded (off the event
 * thread); icons are made from memory and painted in their component's text colour. Icons: event thread only.
 */
public final class Pictograms {
    private static final Logger LOG = LogManager.getLogger(Pictograms.class);
    public static final String FILE = "pictograms.properties";
    private final Map<String, String> mapping;
    private final Map<String, byte[]> svgs;
    private final Map<String, Icon> icons = new HashMap<>();

    private Pictograms(Map<String, String> mapping, Map<String, byte[]> svgs) {
        this.mapping = Map.copyOf(mapping);
        this.svgs = Map.copyOf(svgs);
    }

    /** No pictures at all (a kiosk whose configuration has no pictograms folder). */
    public static Pictograms none() {
        return new Pictograms(Map.of(), Map.of());
    }

    /**
     * Reads the mapping and every SVG it names from {@code folder} (the configuration's {@code pictograms/}); a
     * missing folder gives no pictures, a missing or unreadable picture is logged and replaced by the default.
     */
    public static Pictograms load(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            LOG.warn("No {} in {}: the kiosk shows no pictures", FILE, folder);
            return none();
        }
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> mapping = new HashMap<>();
        Map<String, byte[]> svgs = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            String name = p.getProperty(key).strip();
            Path svg = folder.resolve(name + ".svg");
            if (!name.matches("[A-Za-z0-9_-]{1,80}") || !Files.isRegularFile(svg)) {
                LOG.warn("{}: {}={} names no SVG file in {}; the default picture is used", file, key, name, folder);
                continue;
            }
            try {
                svgs.computeIfAbsent(name, n -> read(svg));
                mapping.put(key, name);
            } catch (UncheckedIOException e) {
                LOG.warn("{}: {} cannot be read ({}); the default picture is used", file, svg, e.getMessage());
            }
        }
        return new Pictograms(mapping, svgs);
    }

    private static byte[] read(Path svg) {
        try {
            return Files.readAllBytes(svg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The key of a field: its Vietnamese name folded to ASCII, lower case, other characters as single dashes. */
    public static String fieldKey(String nameVi) {
        String folded = Normalizer.normalize(nameVi.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return "field." + folded.replaceAll("^-|-$", "");
    }

    public Icon field(String nameVi, int size) {
        return icon(fieldKey(nameVi), size);
    }

    public Icon procedure(String code, int size) {
        return icon("procedure." + code, size);
    }

    public Icon priority(String code, int size) {
        return icon("priority." + code, size);
    }

    public Icon action(String name, int size) {
        return icon("action." + name, size);
    }

    /** Whether {@code key} has a picture of its own (not the default). */
    public boolean mapped(String key) {
        return mapping.containsKey(key);
    }

    /** The picture of {@code key} at {@code size} pixels square, the default one if unmapped, null if neither. */
    public Icon icon(String key, int size) {
        String name = mapping.getOrDefault(key, mapping.get("default"));
        if (name == null) {
            return null;
        }
        return icons.computeIfAbsent(name + "@" + size, k -> make(svgs.get(name), size));
    }

    private static Icon make(byte[] svg, int size) {
        try (InputStream in = new ByteArrayInputStream(svg)) {
            FlatSVGIcon icon = new FlatSVGIcon(in).derive(size, size);
            icon.setColorFilter(new FlatSVGIcon.ColorFilter((component, color) ->
                    component == null || color.getAlpha() == 0 ? color : withAlpha(component.getForeground(), color)));
            return icon;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Color withAlpha(Color fg, Color original) {
        return new Color(fg.getRed(), fg.getGreen(), fg.getBlue(), original.getAlpha());
    }
}
