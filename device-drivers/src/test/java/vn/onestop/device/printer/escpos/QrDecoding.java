package vn.onestop.device.printer.escpos;


import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

/** Decodes the QR on a printed ticket with ZXing (zbarimg, the independent decoder, is the testkit's QrTools). */
public final class QrDecoding {
    private QrDecoding() {
    }

    public static String zxing(BufferedImage image) {
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                    Map.of(DecodeHintType.CHARACTER_SET, "UTF-8",
                            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE))).getText();
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new AssertionError("ZXing found no readable QR code on the ticket: " + e, e);
        }
    }
}
