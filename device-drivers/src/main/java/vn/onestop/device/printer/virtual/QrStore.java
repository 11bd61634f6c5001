package vn.onestop.device.printer.virtual;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.device.printer.escpos.MonoBitmap;
import vn.onestop.device.printer.escpos.QrCodes;

/**
 * The QR functions of {@code GS ( k} (cn = 49): model, module size, error level, store, print. The
 * stored bytes are encoded as they are (byte mode, no ECI), as printers do, so a scanner decoding the
 * printed symbol as UTF-8 reads back what the host sent.
 */
final class QrStore {
    private static final Logger LOG = LogManager.getLogger(QrStore.class);
    private int moduleDots = 3;
    private ErrorCorrectionLevel level = ErrorCorrectionLevel.L;
    private byte[] data = new byte[0];

    /** Applies function {@code params[0]}; false for a function number it does not know or one too short. */
    boolean apply(byte[] params, TextModes modes, Paper paper) {
        int fn = params[0] & 0xFF;
        boolean needsArgument = fn == 67 || fn == 69 || fn == 80;
        if (needsArgument && params.length < 2) {
            return false;
        }
        switch (fn) {
            case 65 -> { }
            case 67 -> moduleDots = Math.max(1, Math.min(16, params[1] & 0xFF));
            case 69 -> level = levelOf(params[1] & 0xFF);
            case 80 -> data = Arrays.copyOfRange(params, 2, params.length);
            case 81 -> print(modes, paper);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void print(TextModes modes, Paper paper) {
        modes.flush(paper);
        try {
            String raw = new String(data, StandardCharsets.ISO_8859_1);
            MonoBitmap symbol = QrCodes.raster(Encoder.encode(raw, level).getMatrix(), moduleDots);
            paper.qr(symbol, new String(data, StandardCharsets.UTF_8), modes.align());
        } catch (WriterException e) {
            // A real printer prints nothing for data it cannot encode; say so in the log.
            LOG.warn("Virtual printer: QR data of {} bytes cannot be encoded, nothing printed", data.length);
        }
    }

    private static ErrorCorrectionLevel levelOf(int n) {
        return switch (n) {
            case 49 -> ErrorCorrectionLevel.M;
            case 50 -> ErrorCorrectionLevel.Q;
            case 51 -> ErrorCorrectionLevel.H;
            default -> ErrorCorrectionLevel.L;
        };
    }
}
