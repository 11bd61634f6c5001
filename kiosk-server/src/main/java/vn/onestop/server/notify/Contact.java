package vn.onestop.server.notify;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a citizen wants to be told: an e-mail address or a mobile phone number. Personal data: never logged; shown to
 * staff only {@link #masked()}. {@code toString()} is masked too, so a contact in a log line or exception leaks
 * nothing.
 */
public record Contact(Channel channel, String address) {
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>,;\"]{1,64}@[A-Za-z0-9.-]{1,253}\\.[A-Za-z]{2,63}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{8,15}");

    /** The ways a notification can go. */
    public enum Channel {
        EMAIL, SMS;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Channel> ofCode(String code) {
            for (Channel c : values()) {
                if (c.code().equals(code)) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }
    }

    public Contact {
        if (channel == null || address == null) {
            throw new IllegalArgumentException("a contact needs a channel and an address");
        }
    }

    /** An e-mail contact; throws {@link IllegalArgumentException} (naming no address) when it is not one. */
    public static Contact email(String address) {
        String a = address == null ? "" : address.strip();
        if (a.length() > 320 || !EMAIL.matcher(a).matches()) {
            throw new IllegalArgumentException("not a valid e-mail address (name@domain)");
        }
        return new Contact(Channel.EMAIL, a);
    }

    /**
     * An SMS contact: 8-15 digits, optionally with a leading +; spaces, dots, dashes and brackets are dropped.
     * Throws {@link IllegalArgumentException} (naming no number) when it is not a phone number.
     */
    public static Contact sms(String phone) {
        String p = phone == null ? "" : phone.replaceAll("[\\s.()-]", "");
        if (!PHONE.matcher(p).matches()) {
            throw new IllegalArgumentException("not a valid phone number (8-15 digits, optionally starting with +)");
        }
        return new Contact(Channel.SMS, p);
    }

    /** A contact of {@code channel} checked as {@link #email} or {@link #sms} do. */
    public static Contact of(Channel channel, String address) {
        return channel == Channel.EMAIL ? email(address) : sms(address);
    }

    /** The address with most of it hidden: "n***@example.vn", "*******567". */
    public String masked() {
        return mask(channel, address);
    }

    static String mask(Channel channel, String address) {
        if (address == null || address.isEmpty()) {
            return "(erased)";
        }
        if (channel == Channel.EMAIL) {
            int at = address.indexOf('@');
            return at <= 0 ? "***" : address.charAt(0) + "***" + address.substring(at);
        }
        int keep = Math.min(3, address.length() / 3);
        return "*".repeat(address.length() - keep) + address.substring(address.length() - keep);
    }

    @Override
    public String toString() {
        return "Contact[" + channel.code() + " " + masked() + "]";
    }
}
