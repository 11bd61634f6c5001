package vn.onestop.core.voice;

import java.util.ArrayList;
import java.util.List;

/**
 * How ticket numbers are read aloud. {@link Reading#DIGITS} (the default) reads the prefix letter then each digit,
 * zeros included ("A015": "A, không, một, năm"; "number A, zero, one, five"), as Vietnamese halls and banks
 * usually do: it matches the printed ticket digit for digit and is the same for any width. {@link Reading#WHOLE}
 * reads the number as a quantity ("A, mười lăm"; "A, fifteen"). Pure code.
 */
public final class SpokenNumbers {
    private static final String[] VI = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    private static final String[] EN = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"};
    private static final String[] EN_TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"};

    /** Digit by digit, or as a quantity. */
    public enum Reading { DIGITS, WHOLE }

    private SpokenNumbers() {}

    /**
     * The words for a displayed ticket number ({@code A015}, {@code K1-A001}): letters as letters, digits per
     * {@code reading}, separated by ", " so the engine pauses slightly between them.
     */
    public static String ticket(String number, Reading reading, String language) {
        List<String> words = new ArrayList<>();
        StringBuilder digits = new StringBuilder();
        for (char c : number.toCharArray()) {
            if (Character.isDigit(c)) {
                digits.append(c);
                continue;
            }
            flush(digits, reading, language, words);
            if (Character.isLetter(c)) {
                words.add(String.valueOf(c));
            }
        }
        flush(digits, reading, language, words);
        return String.join(", ", words);
    }

    private static void flush(StringBuilder digits, Reading reading, String language, List<String> words) {
        if (digits.length() == 0) {
            return;
        }
        if (reading == Reading.WHOLE && digits.length() <= 5) {
            int n = Integer.parseInt(digits.toString());
            words.add("vi".equals(language) ? vietnamese(n) : english(n));
        } else {
            for (char d : digits.toString().toCharArray()) {
                words.add("vi".equals(language) ? VI[d - '0'] : EN[d - '0']);
            }
        }
        digits.setLength(0);
    }

    /** 0 to 99,999 in Vietnamese words ("mười lăm", "một trăm linh năm", "hai mươi mốt"). */
    public static String vietnamese(int n) {
        if (n < 0 || n > 99_999) {
            throw new IllegalArgumentException("0 to 99999: " + n);
        }
        if (n == 0) {
            return VI[0];
        }
        List<String> w = new ArrayList<>();
        int thousands = n / 1000;
        int rest = n % 1000;
        if (thousands > 0) {
            w.add(belowThousand(thousands, false));
            w.add("nghìn");
        }
        if (rest > 0) {
            w.add(belowThousand(rest, thousands > 0));
        }
        return String.join(" ", w);
    }

    private static String belowThousand(int n, boolean afterHigher) {
        List<String> w = new ArrayList<>();
        int hundreds = n / 100;
        int tens = n / 10 % 10;
        int units = n % 10;
        if (hundreds > 0 || afterHigher) {
            w.add(VI[hundreds]);
            w.add("trăm");
        }
        if (tens == 0) {
            if (units > 0 && (hundreds > 0 || afterHigher)) {
                w.add("linh");
            }
        } else if (tens == 1) {
            w.add("mười");
        } else {
            w.add(VI[tens]);
            w.add("mươi");
        }
        if (units > 0) {
            if (units == 5 && tens > 0) {
                w.add("lăm");
            } else if (units == 1 && tens > 1) {
                w.add("mốt");
            } else if (units == 4 && tens > 1) {
                w.add("tư");
            } else {
                w.add(VI[units]);
            }
        }
        return String.join(" ", w);
    }

    /** 0 to 99,999 in English words ("fifteen", "one hundred five"). */
    public static String english(int n) {
        if (n < 20) {
            return EN[n];
        }
        if (n < 100) {
            return EN_TENS[n / 10] + (n % 10 == 0 ? "" : "-" + EN[n % 10]);
        }
        if (n < 1000) {
            return EN[n / 100] + " hundred" + (n % 100 == 0 ? "" : " " + english(n % 100));
        }
        return english(n / 1000) + " thousand" + (n % 1000 == 0 ? "" : " " + english(n % 1000));
    }
}
