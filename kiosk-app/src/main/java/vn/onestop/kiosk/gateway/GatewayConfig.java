package vn.onestop.kiosk.gateway;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import vn.onestop.device.printer.PrinterSettings;

/**
 * The gateway's settings from {@code config/gateway.properties}, validated at start with errors that name the key:
 * the server, the token file, the counters served, the display buses, which display shows which counter, and the
 * optional keypad receiver. Relative paths are under the gateway's data folder.
 */
public record GatewayConfig(URI server, Path tokenFile, List<String> counters, Map<String, Bus> buses,
        Map<String, DisplayAt> displays, Keypad keypad, Map<String, PrinterSettings> printers) {

    /** Without counter printers (older callers). */
    public GatewayConfig(URI server, Path tokenFile, List<String> counters, Map<String, Bus> buses,
            Map<String, DisplayAt> displays, Keypad keypad) {
        this(server, tokenFile, counters, buses, displays, keypad, Map.of());
    }

    /** One display bus: a serial port with a display profile, or a folder of virtual displays. */
    public record Bus(String name, String profile, String port, int baud, Path folder) {
        public boolean virtual() {
            return "virtual".equals(profile);
        }
    }

    /** Where a counter's display is: bus name and address on it. */
    public record DisplayAt(String bus, int address) {}

    /** The keypad receiver: port, profile, keypad address to counter. */
    public record Keypad(String port, String profile, Map<Integer, String> counters) {}

    public static GatewayConfig load(Path file, Path dataDir) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            return from(p, dataDir);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    public static GatewayConfig from(Properties p, Path dataDir) {
        URI server;
        try {
            server = URI.create(required(p, "server.url").replaceAll("/+$", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("server.url is not a URL: " + e.getMessage(), e);
        }
        List<String> counters = new ArrayList<>();
        for (String c : required(p, "counters").split(",")) {
            if (!c.isBlank()) {
                counters.add(c.trim());
            }
        }
        Map<String, Bus> buses = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("bus.") && key.endsWith(".profile")) {
                String name = key.substring(4, key.length() - ".profile".length());
                String profile = p.getProperty(key).trim();
                String port = p.getProperty("bus." + name + ".port", "").trim();
                if (!"virtual".equals(profile) && port.isEmpty()) {
                    throw new IllegalArgumentException("bus." + name + ".port is missing (e.g. /dev/serial/by-id/...)");
                }
                buses.put(name, new Bus(name, profile, port, integer(p, "bus." + name + ".baud", 0),
                        dataDir.resolve(p.getProperty("bus." + name + ".folder", "displays").trim())));
            }
        }
        Map<String, DisplayAt> displays = new LinkedHashMap<>();
        for (String counter : counters) {
            String at = p.getProperty("counter." + counter + ".display");
            if (at == null || at.isBlank()) {
                continue;
            }
            String[] parts = at.trim().split(":");
            if (parts.length != 2 || !buses.containsKey(parts[0])) {
                throw new IllegalArgumentException("counter." + counter + ".display must be <bus>:<address> with a "
                        + "bus of bus.<name>.profile, not '" + at.trim() + "'");
            }
            displays.put(counter, new DisplayAt(parts[0], integer(p, "counter." + counter + ".display", parts[1])));
        }
        Keypad keypad = null;
        String keypadPort = p.getProperty("keypad.port", "").trim();
        if (!keypadPort.isEmpty()) {
            Map<Integer, String> map = new LinkedHashMap<>();
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith("keypad.counter.")) {
                    String counter = p.getProperty(key).trim();
                    if (!counters.contains(counter)) {
                        throw new IllegalArgumentException(key + ": counter " + counter + " is not in counters");
                    }
                    map.put(integer(p, key, key.substring("keypad.counter.".length())), counter);
                }
            }
            keypad = new Keypad(keypadPort, required(p, "keypad.profile"), map);
        }
        Map<String, PrinterSettings> printers = new LinkedHashMap<>();
        for (String counter : counters) {
            PrinterSettings printer = printer(p, counter, dataDir);
            if (printer != null) {
                printers.put(counter, printer);
            }
        }
        return new GatewayConfig(server, dataDir.resolve(p.getProperty("token.file", "tokens.properties").trim()),
                List.copyOf(counters), buses, displays, keypad, printers);
    }

    /**
     * The counter's thermal printer for receipt slips: {@code counter.<id>.printer} is a serial port (with
     * {@code counter.<id>.printer.profile} of config/printers, {@code .baud}, {@code .flow}... as the kiosk's
     * {@code printer.*} keys) or {@code virtual} (PNG files in {@code counter.<id>.printer.folder}, default
     * {@code printer-<id>}); none when the key is absent.
     */
    private static PrinterSettings printer(Properties p, String counter, Path dataDir) {
        String key = "counter." + counter + ".printer";
        String value = p.getProperty(key, "").trim();
        if (value.isEmpty()) {
            return null;
        }
        Properties q = new Properties();
        for (String k : p.stringPropertyNames()) {
            if (k.startsWith(key + ".") && !k.equals(key + ".folder")) {
                q.setProperty("printer." + k.substring(key.length() + 1), p.getProperty(k).trim());
            }
        }
        if ("virtual".equals(value)) {
            q.setProperty("printer.type", "virtual");
            q.setProperty("printer.virtual.out", dataDir.resolve(p.getProperty(key + ".folder", "printer-" + counter)
                    .trim()).toString());
        } else {
            q.setProperty("printer.type", "escpos");
            q.setProperty("printer.port", value);
        }
        try {
            return PrinterSettings.fromProperties(q);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": " + e.getMessage().replace("printer.", key + "."), e);
        }
    }

    private static String required(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("missing " + key);
        }
        return v.trim();
    }

    private static int integer(Properties p, String key, int fallback) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() ? fallback : integer(p, key, v);
    }

    private static int integer(Properties p, String key, String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": '" + text.trim() + "' is not a whole number", e);
        }
    }
}
