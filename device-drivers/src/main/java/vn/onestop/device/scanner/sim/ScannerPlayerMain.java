package vn.onestop.device.scanner.sim;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.onestop.device.scanner.ScannerFactory;
import vn.onestop.device.scanner.serial.FrameFormat;
import vn.onestop.device.serial.JSerialCommLink;
import vn.onestop.device.serial.SerialLinkException;
import vn.onestop.device.serial.SerialSettings;

/**
 * Plays a serial scanner on a pty, for trying the kiosk without hardware:
 * <pre>
 *   socat -d -d pty,raw,echo=0,link=/tmp/ttyKiosk pty,raw,echo=0,link=/tmp/ttyScanner &amp;
 *   java ... ScannerPlayerMain --port /tmp/ttyScanner [--terminator CR|LF|CRLF|02/03]
 *        [--cards config/demo/sample-cards.txt] [--packet 16] [--gap-ms 1] [PAYLOAD ...]
 * </pre>
 * The kiosk reads {@code /tmp/ttyKiosk}. Payloads come from the arguments and from the cards file
 * ({@code label<TAB>payload} lines). Exit status 0 on success, 2 for bad arguments, 1 if the port fails.
 */
public final class ScannerPlayerMain {

    private ScannerPlayerMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        PlayerOptions options;
        try {
            options = PlayerOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("scanner-player: " + e.getMessage());
            err.println(PlayerOptions.USAGE);
            return 2;
        }
        List<String> payloads = new ArrayList<>(options.payloads());
        if (options.cardsFile() != null) {
            try {
                SampleCards cards = SampleCards.load(Path.of(options.cardsFile()));
                cards.problems().forEach(p -> err.println("scanner-player: " + options.cardsFile() + " " + p));
                cards.cards().forEach(c -> payloads.add(c.payload()));
            } catch (IOException e) {
                err.println("scanner-player: cannot read " + options.cardsFile() + ": " + e.getMessage());
                return 2;
            }
        }
        if (payloads.isEmpty()) {
            err.println("scanner-player: nothing to send: give payloads or --cards FILE");
            return 2;
        }
        try (JSerialCommLink link = new JSerialCommLink(SerialSettings.of(options.port(), options.baud()),
                Clock.systemUTC())) {
            link.open();
            ScannerPlayer player = new ScannerPlayer(link, options.frame(), new Random(), options.packet(),
                    Duration.ofMillis(options.gapMillis()));
            for (int i = 0; i < payloads.size(); i++) {
                int packets = player.play(payloads.get(i));
                out.println("sent scan " + (i + 1) + " of " + payloads.size() + " in " + packets + " packets");
            }
            return 0;
        } catch (SerialLinkException e) {
            err.println("scanner-player: " + e.getMessage());
            return 1;
        }
    }

    /** Command-line options. */
    record PlayerOptions(String port, int baud, FrameFormat frame, String cardsFile, int packet, int gapMillis,
                         List<String> payloads) {

        static final String USAGE = "usage: ScannerPlayerMain --port PATH [--baud 9600] [--terminator CR|LF|CRLF|02/03]"
                + " [--cards FILE] [--packet 16] [--gap-ms 1] [PAYLOAD ...]";

        static PlayerOptions parse(String[] args) {
            String port = null;
            String terminator = "CR";
            String cards = null;
            int baud = 9600;
            int packet = 16;
            int gap = 1;
            List<String> payloads = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--port" -> port = value(args, ++i, "--port");
                    case "--terminator" -> terminator = value(args, ++i, "--terminator");
                    case "--cards", "--file" -> cards = value(args, ++i, args[i - 1]);
                    case "--baud" -> baud = number(value(args, ++i, "--baud"), "--baud");
                    case "--packet" -> packet = number(value(args, ++i, "--packet"), "--packet");
                    case "--gap-ms" -> gap = number(value(args, ++i, "--gap-ms"), "--gap-ms");
                    default -> {
                        if (args[i].startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + args[i]);
                        }
                        payloads.add(args[i]);
                    }
                }
            }
            if (packet < 1) {
                throw new IllegalArgumentException("--packet must be at least 1 byte");
            }
            if (port == null) {
                throw new IllegalArgumentException("--port PATH is required (the device end of the pty pair)");
            }
            return new PlayerOptions(port, baud, FrameFormat.parse(terminator, FrameFormat.DEFAULT_MAX_CODE_BYTES),
                    cards, packet, gap, payloads);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        private static int number(String text, String option) {
            long n = ScannerFactory.wholeNumber(text, option);
            if (n > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(option + " is too large: '" + text + "'");
            }
            return (int) n;
        }
    }
}
