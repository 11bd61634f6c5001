package vn.onestop.device.scanner.image;

import com.google.zxing.LuminanceSource;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;

/**
 * The grey levels ZXing reads, taken straight from the pixel array of the frame types cameras and
 * image files give (packed RGB, 8-bit grey) instead of row-by-row {@code getRGB}; same weights as
 * ZXing's own {@link BufferedImageLuminanceSource}, which stays the fallback for other types.
 */
final class FrameLuminance {

    private FrameLuminance() {
    }

    static LuminanceSource of(BufferedImage frame) {
        int w = frame.getWidth();
        int h = frame.getHeight();
        boolean packed = frame.getRaster().getDataBuffer() instanceof DataBufferInt
                && frame.getRaster().getNumDataElements() == 1
                && frame.getRaster().getDataBuffer().getSize() == w * h;
        if ((frame.getType() == BufferedImage.TYPE_INT_RGB || frame.getType() == BufferedImage.TYPE_INT_ARGB) && packed) {
            return fromPackedRgb(((DataBufferInt) frame.getRaster().getDataBuffer()).getData(), w, h,
                    frame.getType() == BufferedImage.TYPE_INT_ARGB);
        }
        if (frame.getType() == BufferedImage.TYPE_BYTE_GRAY
                && frame.getRaster().getDataBuffer().getSize() == w * h) {
            byte[] grey = ((DataBufferByte) frame.getRaster().getDataBuffer()).getData();
            return new PlanarYUVLuminanceSource(grey, w, h, 0, 0, w, h, false);
        }
        return new BufferedImageLuminanceSource(frame);
    }

    /** A camera's Y (luma) plane, as most capture APIs deliver it, used as it is. */
    static LuminanceSource ofLumaPlane(byte[] luma, int width, int height) {
        return new PlanarYUVLuminanceSource(luma, width, height, 0, 0, width, height, false);
    }

    private static LuminanceSource fromPackedRgb(int[] pixels, int w, int h, boolean alpha) {
        byte[] grey = new byte[w * h];
        for (int i = 0; i < grey.length; i++) {
            int c = pixels[i];
            if (alpha && (c >>> 24) == 0) {
                grey[i] = (byte) 0xFF; // transparent counts as white, as in ZXing
                continue;
            }
            grey[i] = (byte) ((306 * ((c >> 16) & 0xFF) + 601 * ((c >> 8) & 0xFF) + 117 * (c & 0xFF) + 0x200) >> 10);
        }
        return new PlanarYUVLuminanceSource(grey, w, h, 0, 0, w, h, false);
    }
}
