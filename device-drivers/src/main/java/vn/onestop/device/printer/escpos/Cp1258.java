package vn.onestop.device.printer.escpos;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;

/**
 * Windows-1258: base letters (with hat, breve or horn) plus one of five combining tone marks. The JDK
 * encoder only takes that decomposed form, so text is split into base letter and tone first.
 */
public final class Cp1258 {
    private static final Charset CHARSET = Charset.forName("windows-1258");
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    private Cp1258() {
    }

    /** The CP1258 bytes of {@code text}, or null when some character has no CP1258 form. */
    public static byte[] encode(String text) {
        CharsetEncoder encoder = CHARSET.newEncoder();
        try {
            ByteBuffer bytes = encoder.encode(CharBuffer.wrap(toneSplit(text)));
            byte[] out = new byte[bytes.remaining()];
            bytes.get(out);
            return out;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Text as a printer shows CP1258 bytes, recomposed to NFC. */
    public static String decode(byte[] bytes) {
        return Normalizer.normalize(new String(bytes, CHARSET), Normalizer.Form.NFC);
    }

    /** Each letter as its NFC base (keeping hat, breve, horn) followed by its tone mark, if any. */
    static String toneSplit(String text) {
        StringBuilder out = new StringBuilder();
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        for (int i = 0; i < nfc.length(); i++) {
            String nfd = Normalizer.normalize(String.valueOf(nfc.charAt(i)), Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder();
            String tone = "";
            for (char c : nfd.toCharArray()) {
                if (TONES.indexOf(c) >= 0) {
                    tone = String.valueOf(c);
                } else {
                    base.append(c);
                }
            }
            out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tone);
        }
        return out.toString();
    }
}
